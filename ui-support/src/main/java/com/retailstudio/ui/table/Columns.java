package com.retailstudio.ui.table;

import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** Small helpers for the text columns sections build; figures go in a {@link NumberColumn}. */
public final class Columns {

    private Columns() {
    }

    /** A column of text taken from each row. */
    public static <S> TableColumn<S, String> text(String title, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /** Like {@link #text} with each cell's whole text in a tooltip, for values a narrow column may cut short. */
    public static <S> TableColumn<S, String> textWithTooltip(String title, Function<S, String> value) {
        return withCells(text(title, value), (cell, item) ->
                cell.setTooltip(item == null || item.isEmpty() ? null : new Tooltip(item)));
    }

    /** A column of figures already written as text (e.g. "12.5 % (±0.4)"), right-aligned like numbers. */
    public static <S> TableColumn<S, String> rightAligned(String title, Function<S, String> value) {
        return withCells(text(title, value), (cell, item) -> cell.setAlignment(Pos.CENTER_RIGHT));
    }

    /** Cells that show their text and are then {@code decorated} (its item is null in an empty cell). */
    private static <S> TableColumn<S, String> withCells(TableColumn<S, String> column,
                                                        BiConsumer<TableCell<S, String>, String> decorated) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                decorated.accept(this, empty ? null : item);
            }
        });
        return column;
    }

    /** Sets a column's preferred width, lowering its least width to it where that was larger. */
    public static <S, T> TableColumn<S, T> width(TableColumn<S, T> column, double width) {
        column.setMinWidth(Math.min(column.getMinWidth(), width));
        column.setPrefWidth(width);
        return column;
    }
}
