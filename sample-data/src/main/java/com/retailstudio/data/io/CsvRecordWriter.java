package com.retailstudio.data.io;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes records of one data file as contract CSV: header first, columns in contract order, LF line ends,
 * RFC 4180 quoting exactly where a field needs it, empty fields for empty optional values.
 *
 * <p>The encoding is written here rather than by Jackson's CSV generator: its strict quoting check misses a lone
 * carriage return (the row then splits in two when read back), and its default check quotes most text, including
 * every name with a space. The rule itself is two lines; the round-trip property test holds it to the reader.
 */
public final class CsvRecordWriter<T> implements Closeable, Flushable {

    private final RecordCodec<T> codec;
    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);

    CsvRecordWriter(RecordCodec<T> codec, Writer out) {
        this.codec = codec;
        this.out = out;
        writeRow(codec.file().columnNames().toArray(String[]::new));
    }

    public CsvRecordWriter<T> write(T record) {
        writeRow(codec.write(record));
        return this;
    }

    public CsvRecordWriter<T> writeAll(Iterable<? extends T> records) {
        records.forEach(this::write);
        return this;
    }

    private void writeRow(String[] fields) {
        line.setLength(0);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            appendField(fields[i]);
        }
        line.append('\n');
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void appendField(String field) {
        if (!needsQuotes(field)) {
            line.append(field);
            return;
        }
        line.append('"');
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }

    /** RFC 4180: a field holding a separator, a quote or a line break (CR or LF) must be quoted. */
    static boolean needsQuotes(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
