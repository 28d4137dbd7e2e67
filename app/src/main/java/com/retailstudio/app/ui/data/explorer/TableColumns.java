package com.retailstudio.app.ui.data.explorer;

import com.retailstudio.app.explore.PagedTable;
import java.util.AbstractList;
import java.util.Comparator;
import java.util.function.IntFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Shows a Tablesaw table in a JavaFX {@link TableView} whose items are row numbers: the view asks for the cells of
 * the rows on screen only, so it stays quick however many rows there are.
 */
final class TableColumns {

    private TableColumns() {
    }

    /** A whole table: every column sortable by its values (missing values first). */
    static void show(TableView<Integer> view, Table table) {
        view.getColumns().clear();
        for (Column<?> column : table.columns()) {
            TableColumn<Integer, Object> shown = column(column.name(), row ->
                    column.isMissing(row) ? null : column.get(row));
            shown.setComparator(Comparator.nullsFirst(TableColumns::compare));
            view.getColumns().add(shown);
        }
        view.setItems(rowNumbers(table.rowCount()));
    }

    /** A paged file: cells read page by page; its rows stay in file order. */
    static void show(TableView<Integer> view, PagedTable table) {
        view.getColumns().clear();
        for (int index = 0; index < table.columnNames().size(); index++) {
            int column = index;
            TableColumn<Integer, Object> shown = column(table.columnNames().get(index),
                    row -> table.value(row, column));
            shown.setSortable(false);
            view.getColumns().add(shown);
        }
        view.setItems(FXCollections.observableList(new RowNumbers((int) table.rows())));
    }

    private static TableColumn<Integer, Object> column(String name, IntFunction<Object> value) {
        TableColumn<Integer, Object> column = new TableColumn<>(name);
        column.setId("column-" + name);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(Math.max(90, name.length() * 9 + 30));
        return column;
    }

    /** Row numbers a sorted and filtered view can rearrange. */
    private static ObservableList<Integer> rowNumbers(int rows) {
        ObservableList<Integer> numbers = FXCollections.observableArrayList();
        numbers.setAll(new RowNumbers(rows));
        return numbers;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object left, Object right) {
        if (left instanceof Comparable comparable && left.getClass() == right.getClass()) {
            return comparable.compareTo(right);
        }
        return String.valueOf(left).compareTo(String.valueOf(right));
    }

    /** 0 to {@code size - 1} without storing them. */
    private static final class RowNumbers extends AbstractList<Integer> {
        private final int size;

        RowNumbers(int size) {
            this.size = size;
        }

        @Override
        public Integer get(int index) {
            return index;
        }

        @Override
        public int size() {
            return size;
        }
    }
}
