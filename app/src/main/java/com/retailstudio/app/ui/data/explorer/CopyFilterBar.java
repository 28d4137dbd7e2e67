package com.retailstudio.app.ui.data.explorer;

import atlantafx.base.theme.Styles;
import com.retailstudio.data.columnar.RowFilter;
import com.retailstudio.data.columnar.RowQuery;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The filters of a file browsed from the copy: a column, a comparison and a value make a filter; the filters in
 * force show as buttons that remove them; a filter or sort running shows its progress and a Cancel button. (ControlsFX's
 * TableFilter lists every distinct value of a column from rows held in memory, which a 21-million-row file is not.)
 */
final class CopyFilterBar extends VBox {

    private final ComboBox<String> column = new ComboBox<>();
    private final FlowPane inForce = new FlowPane(6, 6);

    CopyFilterBar(BrowseViewModel model) {
        column.setId("explorer-filter-column");
        column.setPromptText("Column");
        ComboBox<RowFilter.Operator> operator = new ComboBox<>();
        operator.setId("explorer-filter-operator");
        operator.getItems().setAll(RowFilter.Operator.values());
        operator.setConverter(FileChoice.converter(RowFilter.Operator::symbol, text -> null));
        operator.setValue(RowFilter.Operator.EQUALS);
        TextField value = new TextField();
        value.setId("explorer-filter-value");
        value.setPromptText("Value, e.g. purchase or 2026-03-01");
        value.setPrefColumnCount(18);
        Button add = new Button("Filter");
        add.setId("explorer-filter-add");
        add.setDefaultButton(false);
        Runnable addFilter = () -> {
            if (column.getValue() != null && operator.getValue() != null) {
                model.addFilter(new RowFilter(column.getValue(), operator.getValue(), value.getText()));
            }
        };
        add.setOnAction(event -> addFilter.run());
        value.setOnAction(event -> addFilter.run());
        add.disableProperty().bind(model.busyProperty().or(column.valueProperty().isNull()));

        ProgressBar progress = new ProgressBar();
        progress.setId("explorer-browse-progress");
        progress.setPrefWidth(140);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("explorer-browse-cancel");
        cancel.getStyleClass().add(Styles.DANGER);
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(event -> model.cancel());

        inForce.setId("explorer-filters");
        HBox row = FileChoice.bar(new Label("Filter"), column, operator, value, add, progress, cancel);
        getChildren().addAll(row, inForce);
        inForce.setPadding(row.getPadding());
        showInForce(model, model.queryProperty().get());
        model.queryProperty().addListener((observable, before, now) -> showInForce(model, now));
    }

    /** Offers the columns of the file now shown. */
    void columns(List<String> names) {
        String chosen = column.getValue();
        column.getItems().setAll(names);
        column.setValue(names.contains(chosen) ? chosen : null);
    }

    private void showInForce(BrowseViewModel model, RowQuery query) {
        inForce.getChildren().clear();
        for (RowFilter filter : query.filters()) {
            Button remove = new Button(filter.describe() + "  ✕");
            // column names hold underscores, which a button would take for a mnemonic
            remove.setMnemonicParsing(false);
            remove.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_OUTLINED);
            remove.setOnAction(event -> model.removeFilter(filter));
            inForce.getChildren().add(remove);
        }
        inForce.setVisible(!query.filters().isEmpty());
        inForce.setManaged(inForce.isVisible());
    }
}
