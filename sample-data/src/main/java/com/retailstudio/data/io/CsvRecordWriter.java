package com.retailstudio.data.io;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes records of one data file as contract CSV: header first, columns in contract order, LF line ends,
 * RFC 4180 quoting where a field needs it, empty fields for empty optional values.
 */
public final class CsvRecordWriter<T> implements Closeable, Flushable {

    private static final CsvMapper MAPPER = new CsvMapper();

    private final RecordCodec<T> codec;
    private final SequenceWriter rows;

    CsvRecordWriter(RecordCodec<T> codec, Writer out) {
        this.codec = codec;
        try {
            // Strict checking quotes only fields that need it (separator, quote, line break), so "65+" stays bare.
            this.rows = MAPPER.writerFor(String[].class)
                    .with(CsvSchema.emptySchema().withLineSeparator("\n"))
                    .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                    .writeValues(out);
            rows.write(codec.file().columnNames().toArray(String[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CsvRecordWriter<T> write(T record) {
        try {
            rows.write(codec.write(record));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public CsvRecordWriter<T> writeAll(Iterable<? extends T> records) {
        records.forEach(this::write);
        return this;
    }

    @Override
    public void flush() {
        try {
            rows.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            rows.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
