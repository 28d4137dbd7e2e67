package com.retailstudio.data.io;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalDouble;

/** The parsed values of one valid row, indexed by contract column; null marks an empty optional field. */
final class ParsedRow {

    private final Object[] values;

    ParsedRow(int columnCount) {
        this.values = new Object[columnCount];
    }

    void set(int column, Object value) {
        values[column] = value;
    }

    void clear() {
        java.util.Arrays.fill(values, null);
    }

    String text(int column) {
        return (String) values[column];
    }

    Optional<String> optionalText(int column) {
        return Optional.ofNullable((String) values[column]);
    }

    LocalDate date(int column) {
        return (LocalDate) values[column];
    }

    Instant instant(int column) {
        return (Instant) values[column];
    }

    double decimal(int column) {
        return (Double) values[column];
    }

    OptionalDouble optionalDecimal(int column) {
        Double value = (Double) values[column];
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    int integer(int column) {
        return (Integer) values[column];
    }

    boolean bool(int column) {
        return (Boolean) values[column];
    }

    ZoneId zone(int column) {
        return (ZoneId) values[column];
    }
}
