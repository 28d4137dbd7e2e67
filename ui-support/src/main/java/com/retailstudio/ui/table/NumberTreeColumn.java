package com.retailstudio.ui.table;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;

/** {@link NumberColumn} for a tree table: right-aligned figures, formatted, sorted by the number. */
public final class NumberTreeColumn<S> extends TreeTableColumn<S, Number> {

    /**
     * @param value  the row's figure; null (and the hidden root) leave the cell empty
     * @param format how a figure is written
     */
    public NumberTreeColumn(String title, Function<S, Number> value, Function<Number, String> format) {
        super(title);
        setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().getValue() == null ? null
                : value.apply(cell.getValue().getValue())));
        setCellFactory(column -> new TreeTableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                NumberColumn.showFigure(this, empty ? null : item, format);
            }
        });
        setComparator(NumberColumn.byValue());
    }
}
