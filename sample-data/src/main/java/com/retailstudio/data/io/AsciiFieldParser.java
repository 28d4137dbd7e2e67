package com.retailstudio.data.io;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@link FileScan}'s fast path: a valid value in its usual spelling, parsed straight from an ASCII row's bytes without a
 * String. Anything it declines goes to the scan's text path, which gives the same value or words the error.
 */
final class AsciiFieldParser {

    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

    private final List<ColumnSpec> columns;
    private final ReferenceIndex references;
    private final ParsedRow parsed;
    /** Per column, what the fast path needs without going through Optionals: type, referenced entity, range, code spellings. */
    private final ColumnType[] types;
    private final Reference[] referenced;
    private final Range[] ranges;
    private final byte[][][] codeBytes;

    AsciiFieldParser(List<ColumnSpec> columns, ReferenceIndex references, ParsedRow parsed) {
        this.columns = columns;
        this.references = references;
        this.parsed = parsed;
        int count = columns.size();
        this.types = new ColumnType[count];
        this.referenced = new Reference[count];
        this.ranges = new Range[count];
        this.codeBytes = new byte[count][][];
        for (int column = 0; column < count; column++) {
            ColumnSpec spec = columns.get(column);
            types[column] = spec.type();
            referenced[column] = spec.references().orElse(null);
            ranges[column] = spec.range().orElse(null);
            codeBytes[column] = spec.allowedValues().stream().map(v -> v.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
        }
    }

    /**
     * Parses column {@code column}'s field, bytes {@code start} to {@code end} of an ASCII row, into the row; false
     * when the field needs the slow path, which parses the text and words any error.
     */
    boolean parse(int column, byte[] bytes, int start, int end) {
        switch (types[column]) {
            case TEXT -> {
                Reference entity = referenced[column];
                if (entity == null || !references.isLoaded(entity)) {
                    parsed.setText(column, new String(bytes, start, end - start, StandardCharsets.ISO_8859_1));
                    return true;
                }
                // One lookup without a String; the record gets the id String the index already holds.
                String id = references.find(entity, bytes, start, end);
                if (id == null) {
                    return false;
                }
                parsed.setText(column, id);
                return true;
            }
            case TIMESTAMP -> {
                long second = AsciiFields.epochSecond(bytes, start, end);
                if (second == AsciiFields.NOT_HANDLED) {
                    return false;
                }
                parsed.set(column, Instant.ofEpochSecond(second));
                return true;
            }
            case DATE -> {
                long day = AsciiFields.date(bytes, start, end);
                if (day == AsciiFields.NOT_HANDLED) {
                    return false;
                }
                parsed.set(column, LocalDate.ofEpochDay(day));
                return true;
            }
            case DECIMAL -> {
                return setNumber(column, AsciiFields.decimal(bytes, start, end));
            }
            case INTEGER -> {
                long value = AsciiFields.integer(bytes, start, end);
                return value != AsciiFields.NOT_HANDLED && setNumber(column, value);
            }
            case CODE -> {
                byte[][] spellings = codeBytes[column];
                for (int position = 0; position < spellings.length; position++) {
                    if (AsciiFields.equals(bytes, start, end, spellings[position])) {
                        parsed.setCode(column, columns.get(column).allowedValues().get(position), position);
                        return true;
                    }
                }
                return false;
            }
            case BOOLEAN -> {
                if (AsciiFields.equals(bytes, start, end, TRUE)) {
                    parsed.set(column, Boolean.TRUE);
                    return true;
                }
                if (AsciiFields.equals(bytes, start, end, FALSE)) {
                    parsed.set(column, Boolean.FALSE);
                    return true;
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    private boolean setNumber(int column, double value) {
        if (Double.isNaN(value) || ranges[column] != null && !ranges[column].contains(value)) {
            return false;
        }
        parsed.setNumber(column, value);
        return true;
    }
}
