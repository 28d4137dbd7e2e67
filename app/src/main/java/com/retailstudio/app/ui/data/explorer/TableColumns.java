package com.retailstudio.app.ui.data.explorer;

import com.retailstudio.app.explore.PagedTable;
import java.util.AbstractList;
import java.util.Comparator;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TableCell;
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
            TableColumn<Integer, Object> shown = column(column.name(), table.rowCount() > 0, row ->
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
            TableColumn<Integer, Object> shown = column(table.columnNames().get(index), table.rows() > 0,
                    row -> table.value(row, column));
            shown.setSortable(false);
            view.getColumns().add(shown);
        }
        view.setItems(FXCollections.observableList(new RowNumbers((int) table.rows())));
    }

    /**
     * A file of the imported copy read a window at a time; its cells come from the window {@code current} gives when
     * drawn, so a filter or sort of the same file replaces only the rows ({@link #showRows}). Sorting is asked of the
     * model (see BrowseView).
     */
    static void show(TableView<Integer> view, CopyWindow window, Supplier<CopyWindow> current) {
        view.getColumns().clear();
        for (int index = 0; index < window.columnNames().size(); index++) {
            int column = index;
            view.getColumns().add(column(window.columnNames().get(index), window.size() > 0,
                    row -> current.get().value(row, column)));
        }
        showRows(view, window);
    }

    /** The window's rows, as numbers the table asks cells for. */
    static void showRows(TableView<Integer> view, CopyWindow window) {
        view.setItems(FXCollections.observableList(new RowNumbers(Math.toIntExact(window.size()))));
    }

    /** @param hasRows whether there is a first row to size the column by */
    private static TableColumn<Integer, Object> column(String name, boolean hasRows, IntFunction<Object> value) {
        TableColumn<Integer, Object> column = new TableColumn<>(name);
        column.setId("column-" + name);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(ignored -> new TableCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text(item));
            }
        });
        Object first = hasRows ? value.apply(0) : null;
        int characters = Math.max(name.length(), first == null ? 0 : text(first).length());
        column.setPrefWidth(Math.min(260, characters * 8 + 30));
        return column;
    }

    /** A whole number without a trailing ".0" (a pivot's sums), anything else as it prints. */
    private static String text(Object value) {
        if (value instanceof Double number && number == Math.rint(number) && Math.abs(number) < 1e15) {
            return Long.toString(number.longValue());
        }
        return value.toString();
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
