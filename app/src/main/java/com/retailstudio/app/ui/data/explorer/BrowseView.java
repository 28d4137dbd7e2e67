package com.retailstudio.app.ui.data.explorer;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.controlsfx.control.table.TableFilter;

/**
 * A file of the data set as a table: rows are virtualised (only those on screen are drawn); a file read whole
 * sorts by any column and filters each column from its header's menu (ControlsFX {@link TableFilter}).
 */
final class BrowseView extends BorderPane {

    private final TableView<Integer> table = new TableView<>();

    BrowseView(BrowseViewModel model) {
        table.setId("explorer-browse-table");
        table.setPlaceholder(new Label("Choose a file of the data set."));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        model.wholeProperty().addListener((observable, before, whole) -> {
            if (whole != null) {
                TableColumns.show(table, whole);
                // kept with the table, so a test can filter the way the column menu does
                table.getProperties().put(TableFilter.class, TableFilter.forTableView(table).lazy(true).apply());
            }
        });
        model.pagedProperty().addListener((observable, before, paged) -> {
            if (paged != null) {
                TableColumns.show(table, paged);
            }
        });
        HBox bar = FileChoice.bar(new Label("File"), FileChoice.combo("explorer-browse-file", model.fileProperty()),
                FileChoice.status("explorer-browse-status", model.messageProperty()));
        setTop(bar);
        setCenter(table);
    }
}
