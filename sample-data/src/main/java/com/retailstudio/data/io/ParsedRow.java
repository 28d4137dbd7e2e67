package com.retailstudio.data.io;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The parsed values of one valid row, indexed by contract column; an empty optional field has no value.
 * Numbers and code positions sit in a primitive array beside the objects, so a row of decimals boxes nothing.
 */
final class ParsedRow {

    /** Stands in {@link #values} for a value held in {@link #numbers}. */
    private static final Object NUMBER = new Object();

    private final Object[] values;
    /**
     * Text values again, typed: reading one back needs no cast, so a referenced id String the row only passes on is
     * never touched (that would be a cache miss per row on files with millions of ids).
     */
    private final String[] texts;
    private final double[] numbers;

    ParsedRow(int columnCount) {
        this.values = new Object[columnCount];
        this.texts = new String[columnCount];
        this.numbers = new double[columnCount];
    }

    /** Sets a value as {@link ColumnSpec#parse} returns it. */
    void set(int column, Object value) {
        if (value instanceof Double d) {
            setNumber(column, d);
        } else if (value instanceof Integer i) {
            setNumber(column, i);
        } else {
            values[column] = value;
            if (value instanceof String text) {
                texts[column] = text;
            }
        }
    }

    /** Sets a text column. */
    void setText(int column, String text) {
        values[column] = text;
        texts[column] = text;
    }

    /** Sets a decimal or integer column. */
    void setNumber(int column, double value) {
        values[column] = NUMBER;
        numbers[column] = value;
    }

    /** Sets a code column: its spelling and its position among the allowed values (which is the constant's ordinal). */
    void setCode(int column, String spelling, int position) {
        setText(column, spelling);
        numbers[column] = position;
    }

    void clear() {
        Arrays.fill(values, null);
        Arrays.fill(texts, null);
    }

    String text(int column) {
        return texts[column];
    }

    Optional<String> optionalText(int column) {
        return Optional.ofNullable(texts[column]);
    }

    /** Position of a code column's value among its allowed values, or -1 when the field is empty. */
    int code(int column) {
        return values[column] == null ? -1 : (int) numbers[column];
    }

    LocalDate date(int column) {
        return (LocalDate) values[column];
    }

    Instant instant(int column) {
        return (Instant) values[column];
    }

    double decimal(int column) {
        return numbers[column];
    }

    OptionalDouble optionalDecimal(int column) {
        return values[column] == null ? OptionalDouble.empty() : OptionalDouble.of(numbers[column]);
    }

    int integer(int column) {
        return (int) numbers[column];
    }

    boolean bool(int column) {
        return (Boolean) values[column];
    }

    ZoneId zone(int column) {
        return (ZoneId) values[column];
    }
}
