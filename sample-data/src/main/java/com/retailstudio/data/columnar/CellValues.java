package com.retailstudio.data.columnar;

import com.retailstudio.data.io.ColumnSpec;

/** A copy's value as the contract types it, for rows read by position: the CSV's text, date, time or number. */
final class CellValues {

    private CellValues() {
    }

    /** The current value of {@code column} (null when empty); moves the column on. */
    static Object value(ParquetTableReader.Column column, ColumnSpec spec) {
        if (column.isNull()) {
            column.skip();
            return null;
        }
        return switch (spec.type()) {
            case TEXT, CODE, COUNTRY, TIMEZONE -> column.string();
            case DATE -> column.date();
            case TIMESTAMP -> column.timestamp();
            case DECIMAL -> column.float64();
            case INTEGER -> column.int32();
            case BOOLEAN -> column.bool();
        };
    }
}
