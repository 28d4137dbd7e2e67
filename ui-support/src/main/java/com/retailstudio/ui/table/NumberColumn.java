package com.retailstudio.ui.table;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/**
 * A table column of figures: right-aligned, shown through a format ("1,204", "12.5 %"), and sorted by the number,
 * not by its text (so 9 comes before 10).
 */
public final class NumberColumn<S> extends TableColumn<S, Number> {

    /** A column of whole numbers, shown with thousands separators. */
    public static <S> NumberColumn<S> integers(String title, ToLongFunction<S> value) {
        return new NumberColumn<>(title, row -> value.applyAsLong(row), NumberColumn::grouped);
    }

    /** A column of decimals shown with {@code pattern}, e.g. {@code "%,.2f"} (in the root locale). */
    public static <S> NumberColumn<S> decimals(String title, ToDoubleFunction<S> value, String pattern) {
        return new NumberColumn<>(title, row -> value.applyAsDouble(row),
                number -> String.format(Locale.ROOT, pattern, number.doubleValue()));
    }

    /**
     * @param value  the row's figure; null leaves the cell empty
     * @param format how a figure is written
     */
    public NumberColumn(String title, Function<S, Number> value, Function<Number, String> format) {
        super(title);
        setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                showFigure(this, empty ? null : item, format);
            }
        });
        setComparator(NumberColumn.byValue());
    }

    /** Shows a figure right-aligned through {@code format}; null leaves the cell empty. */
    static void showFigure(Labeled cell, Number item, Function<Number, String> format) {
        cell.setText(item == null ? null : format.apply(item));
        cell.setAlignment(Pos.CENTER_RIGHT);
    }

    /** Orders figures by their value, empty cells first. */
    static Comparator<Number> byValue() {
        return Comparator.nullsFirst(Comparator.comparingDouble(Number::doubleValue));
    }

    private static String grouped(Number number) {
        return String.format(Locale.ROOT, "%,d", number.longValue());
    }
}
