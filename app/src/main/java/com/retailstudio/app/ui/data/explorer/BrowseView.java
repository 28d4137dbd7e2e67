package com.retailstudio.app.ui.data.explorer;

import com.retailstudio.data.columnar.RowQuery;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.table.TableFilter;

/**
 * A file of the data set as a table: rows are virtualised (only those on screen are drawn). A file read whole sorts
 * by any column and filters each column from its header's menu (ControlsFX {@link TableFilter}); a large file of the
 * imported copy is read a window at a time, and its sort (a header click) and filters run over the copy in the
 * background ({@link CopyFilterBar}).
 */
final class BrowseView extends BorderPane {

    private final TableView<Integer> table = new TableView<>();
    /** Set while a filtered or sorted result replaces the rows: the table's own re-sort then is not the user's. */
    private boolean replacingRows;

    BrowseView(BrowseViewModel model) {
        table.setId("explorer-browse-table");
        table.setPlaceholder(new Label("Choose a file of the data set."));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        CopyFilterBar filters = new CopyFilterBar(model);
        filters.setVisible(false);
        filters.managedProperty().bind(filters.visibleProperty());
        table.setSortPolicy(shown -> {
            if (model.windowedProperty().get() == null) {
                return TableView.DEFAULT_SORT_POLICY.call(shown);
            }
            if (replacingRows) {
                return true;
            }
            // the copy sorts in the background; the header keeps its arrow meanwhile
            model.sortBy(shown.getSortOrder().stream().findFirst().map(column -> new RowQuery.SortKey(
                    column.getText(), column.getSortType() == TableColumn.SortType.ASCENDING)));
            return true;
        });
        model.wholeProperty().addListener((observable, before, whole) -> {
            if (whole != null) {
                filters.setVisible(false);
                TableColumns.show(table, whole);
                // kept with the table, so a test can filter the way the column menu does
                table.getProperties().put(TableFilter.class, TableFilter.forTableView(table).lazy(true).apply());
            }
        });
        model.pagedProperty().addListener((observable, before, paged) -> {
            if (paged != null) {
                filters.setVisible(false);
                TableColumns.show(table, paged);
            }
        });
        model.windowedProperty().addListener((observable, before, window) -> {
            if (window == null) {
                return;
            }
            filters.setVisible(true);
            filters.columns(window.columnNames());
            if (before != null && before.columnNames().equals(window.columnNames())) {
                // the same file filtered or sorted again: keep the columns (and the header's sort arrow)
                List<TableColumn<Integer, ?>> sortedBy = List.copyOf(table.getSortOrder());
                replacingRows = true;
                try {
                    // new items clear the table's sort order; the rows come sorted, so put its arrow back
                    TableColumns.showRows(table, window);
                    table.getSortOrder().setAll(sortedBy);
                } finally {
                    replacingRows = false;
                }
                // the same number of rows would otherwise keep the cells drawn from the rows before
                table.refresh();
                table.scrollTo(0);
            } else {
                table.getProperties().remove(TableFilter.class);
                TableColumns.show(table, window, model.windowedProperty()::get);
            }
        });
        HBox bar = FileChoice.bar(new Label("File"), FileChoice.combo("explorer-browse-file", model.fileProperty()),
                FileChoice.status("explorer-browse-status", model.messageProperty()));
        setTop(new VBox(bar, filters));
        setCenter(table);
    }
}
