package com.retailstudio.data.columnar;

import com.retailstudio.data.io.ColumnSpec;
import com.retailstudio.data.io.DataFile;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;

/**
 * One column's condition for browsing a file: {@code value} is read as the column's contract type (a date, a time,
 * a number, text), so {@code timestamp >= 2026-03-01} compares times, not text.
 *
 * @param column   a contract column of the file
 * @param operator how the column's value is compared
 * @param value    what it is compared with, as typed (ignored by {@link Operator#EMPTY} and {@link Operator#NOT_EMPTY})
 */
public record RowFilter(String column, Operator operator, String value) {

    /** How a cell is compared with the filter's value. */
    public enum Operator {
        EQUALS("="), NOT_EQUALS("≠"), CONTAINS("contains"), LESS("<"), AT_MOST("≤"), GREATER(">"), AT_LEAST("≥"),
        EMPTY("is empty"), NOT_EMPTY("is not empty");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean takesValue() {
            return this != EMPTY && this != NOT_EMPTY;
        }
    }

    public RowFilter {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(operator, "operator");
        value = value == null ? "" : value.strip();
    }

    /** How it reads, e.g. {@code timestamp ≥ 2026-03-01}. */
    public String describe() {
        return operator.takesValue() ? column + " " + operator.symbol() + " " + value : column + " " + operator.symbol();
    }

    /**
     * The test this filter makes on the column's values in {@code file}.
     *
     * @throws IllegalArgumentException naming the file and column when the column is not the file's or the value is
     *                                  not of the column's type
     */
    public CellTest test(DataFile file) {
        int index = file.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(file.fileName() + " has no column " + column + ".");
        }
        ColumnSpec spec = file.columns().get(index);
        return switch (operator) {
            case EMPTY -> Objects::isNull;
            case NOT_EMPTY -> Objects::nonNull;
            case CONTAINS -> {
                String part = value.toLowerCase(Locale.ROOT);
                yield cell -> cell != null && cell.toString().toLowerCase(Locale.ROOT).contains(part);
            }
            default -> compare(typed(file, spec));
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private CellTest compare(Comparable wanted) {
        return cell -> {
            if (cell == null) {
                return operator == Operator.NOT_EQUALS;
            }
            int order = ((Comparable) cell).compareTo(wanted);
            return switch (operator) {
                case EQUALS -> order == 0;
                case NOT_EQUALS -> order != 0;
                case LESS -> order < 0;
                case AT_MOST -> order <= 0;
                case GREATER -> order > 0;
                case AT_LEAST -> order >= 0;
                default -> throw new IllegalStateException(operator + " does not compare");
            };
        };
    }

    private Comparable<?> typed(DataFile file, ColumnSpec spec) {
        try {
            return switch (spec.type()) {
                case TEXT, CODE, COUNTRY, TIMEZONE -> value;
                case DATE -> LocalDate.parse(value);
                case TIMESTAMP -> value.length() == 10
                        ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
                case DECIMAL -> Double.parseDouble(value);
                case INTEGER -> Integer.parseInt(value);
                case BOOLEAN -> parseBoolean(value);
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(file.fileName() + ", column " + column + ": \"" + value
                    + "\" is not " + example(spec) + ".");
        }
    }

    private static Boolean parseBoolean(String text) {
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new NumberFormatException(text);
    }

    private static String example(ColumnSpec spec) {
        return switch (spec.type()) {
            case DATE -> "a date (e.g. 2026-03-01)";
            case TIMESTAMP -> "a date or a time (e.g. 2026-03-01 or 2026-03-01T09:30:00Z)";
            case DECIMAL -> "a number (e.g. 12.5)";
            case INTEGER -> "a whole number (e.g. 3)";
            case BOOLEAN -> "true or false";
            case TEXT, CODE, COUNTRY, TIMEZONE -> "text";
        };
    }

    /** Whether a cell (null when empty) passes. */
    @FunctionalInterface
    public interface CellTest {
        boolean passes(Object cell);
    }
}
