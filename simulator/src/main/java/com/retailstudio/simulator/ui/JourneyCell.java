package com.retailstudio.simulator.ui;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** A template or saved version in a list of journeys: its name and where it comes from; an unreadable one says why. */
final class JourneyCell extends ListCell<JourneyChoice> {
    @Override
    protected void updateItem(JourneyChoice choice, boolean empty) {
        super.updateItem(choice, empty);
        setText(null);
        setTooltip(null);
        if (empty || choice == null) {
            setGraphic(null);
            return;
        }
        // Cells take the list's width and cut long names with an ellipsis rather than scroll sideways.
        setPrefWidth(0);
        Label title = new Label(choice.label());
        title.getStyleClass().add("simulation-journey-title");
        Label meta = new Label(choice.journey() == null ? "cannot be read: " + choice.problem()
                : choice.detail());
        meta.getStyleClass().add("simulation-journey-meta");
        if (choice.journey() == null) {
            meta.getStyleClass().add(Styles.DANGER);
            setTooltip(new Tooltip(choice.problem()));
        }
        setGraphic(new VBox(1, title, meta));
    }
}
