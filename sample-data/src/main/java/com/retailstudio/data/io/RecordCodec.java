package com.retailstudio.data.io;

/**
 * How one row type maps to its file's contract columns, both ways, plus the rules between columns of a row.
 * An instance serves one scan and may keep state between rows (e.g. the previous timestamp for order checks).
 * Implementations address columns by their index in {@link DataFile#columns()}; the writer-reader round-trip test
 * keeps the two in step.
 */
interface RecordCodec<T> {

    DataFile file();

    /** Builds the record from a row whose fields all passed their column specs. */
    T read(ParsedRow row);

    /** The record's fields as text, in contract column order; empty string for an empty optional value. */
    String[] write(T record);

    /** The record's unique key within the file, or null when the file has no key. */
    default String key(T record) {
        return null;
    }

    /** Checks rules between columns (and against referenced entities); reports through {@code check.fail}. */
    default void check(T record, RowCheck check) {
    }
}
