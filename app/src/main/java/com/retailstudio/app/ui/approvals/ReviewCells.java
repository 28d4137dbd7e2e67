package com.retailstudio.app.ui.approvals;

import atlantafx.base.theme.Styles;
import com.retailstudio.app.plans.PlanPriceDifference;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;

/** The review's cells that colour what changed: a change line of the diff, a plan's price change. */
final class ReviewCells {

    private ReviewCells() {
    }

    /** One change line, coloured by whether something was added, removed or changed. */
    static final class ChangeLine extends ListCell<String> {
        ChangeLine() {
            // long lines wrap within the list rather than run past its edge (approvals.css sizes the cell to them)
            setWrapText(true);
            getStyleClass().add("change-line");
            listViewProperty().addListener((observable, before, list) -> {
                prefWidthProperty().unbind();
                if (list != null) {
                    prefWidthProperty().bind(list.widthProperty().subtract(24));
                }
            });
        }

        @Override
        protected void updateItem(String line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.WARNING);
            setText(empty || line == null ? null : line);
            if (!empty && line != null) {
                if (line.startsWith("+")) {
                    getStyleClass().add(Styles.SUCCESS);
                } else if (line.startsWith("-") || line.startsWith("!")) {
                    getStyleClass().add(Styles.DANGER);
                } else if (line.startsWith("~")) {
                    getStyleClass().add(Styles.WARNING);
                }
            }
        }
    }

    /** A price cut reads as a markdown (green), a rise as a warning. */
    static final class PriceChange extends TableCell<PlanPriceDifference, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(null);
            if (empty || text == null) {
                setGraphic(null);
                return;
            }
            // the theme colours a label's text by its style class; a table cell's own text it does not
            Label label = new Label(text);
            label.getStyleClass().add(text.startsWith("+") ? Styles.DANGER
                    : text.startsWith("\u2212") ? Styles.SUCCESS : Styles.TEXT_MUTED);
            setGraphic(label);
        }
    }
}
