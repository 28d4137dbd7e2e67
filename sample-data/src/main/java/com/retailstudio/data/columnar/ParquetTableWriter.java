package com.retailstudio.data.columnar;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;

/**
 * Writes one flat Parquet file row by row, column by column: {@code set…} each column of a row (a column left unset
 * is null, which only an optional column may be), then {@link #endRow()}. Row groups hold at most
 * {@link #ROWS_PER_GROUP} rows. Writing straight to the column writers skips parquet-java's record layer.
 */
final class ParquetTableWriter implements Closeable {

    static final int ROWS_PER_GROUP = 1 << 20;
    private static final List<String> UNIQUE_TEXT = List.of("event_id", "message_id", "customer_id", "transaction_id",
            "visit_id");

    private final ParquetFileWriter file;
    private final MessageType schema;
    private final ParquetProperties properties;
    private final List<ColumnDescriptor> descriptors;
    private final boolean[] optional;
    private final boolean[] written;
    private final String name;
    private ColumnChunkPageWriteStore pages;
    private ColumnWriteStore store;
    private ColumnWriter[] writers;
    private int rowsInGroup;
    private long rows;

    ParquetTableWriter(Path path, MessageType schema) throws IOException {
        this.schema = schema;
        this.name = path.getFileName().toString();
        ParquetProperties.Builder settings = ParquetProperties.builder().withDictionaryPageSize(1 << 20);
        for (String column : UNIQUE_TEXT) {
            if (schema.containsField(column)) {
                // a dictionary of (nearly) unique values only fills up and is thrown away, row group after row group
                settings.withDictionaryEncoding(column, false);
            }
        }
        this.properties = settings.build();
        this.file = new ParquetFileWriter(new LocalOutputFile(path), schema, ParquetFileWriter.Mode.CREATE,
                128L << 20, 0);
        this.descriptors = schema.getColumns();
        this.optional = new boolean[descriptors.size()];
        this.written = new boolean[descriptors.size()];
        for (int c = 0; c < optional.length; c++) {
            optional[c] = descriptors.get(c).getMaxDefinitionLevel() > 0;
        }
        file.start();
        startGroup();
    }

    /** The position of a column in the schema, for the {@code set…} methods. */
    int column(String columnName) {
        return schema.getFieldIndex(columnName);
    }

    void setString(int column, String value) {
        if (value != null) {
            setBinary(column, Binary.fromString(value));
        }
    }

    /** Text as its UTF-8 bytes; null leaves the column unset. */
    void setBinary(int column, Binary value) {
        if (value != null) {
            writer(column).write(value, 0, level(column));
        }
    }

    void setInt(int column, int value) {
        writer(column).write(value, 0, level(column));
    }

    void setLong(int column, long value) {
        writer(column).write(value, 0, level(column));
    }

    void setDouble(int column, double value) {
        writer(column).write(value, 0, level(column));
    }

    void setBoolean(int column, boolean value) {
        writer(column).write(value, 0, level(column));
    }

    void setDate(int column, LocalDate value) {
        setInt(column, Math.toIntExact(value.toEpochDay()));
    }

    /**
     * @param csvFile the CSV file and data row (0-based) the value came from, for the refusal
     * @throws IllegalArgumentException when the instant has digits below the microsecond
     */
    void setTimestamp(int column, long epochSecond, int nano, String csvFile, long dataRow) {
        if (nano % 1000 != 0) {
            throw new IllegalArgumentException(csvFile + " data row " + (dataRow + 1) + ", column "
                    + schema.getFields().get(column).getName() + ": " + Instant.ofEpochSecond(epochSecond, nano)
                    + " has digits below the microsecond, which the columnar data set cannot hold");
        }
        setLong(column, Math.addExact(Math.multiplyExact(epochSecond, 1_000_000L), nano / 1000));
    }

    void endRow() throws IOException {
        for (int c = 0; c < written.length; c++) {
            if (!written[c]) {
                if (!optional[c]) {
                    throw new IllegalStateException(name + ": required column " + descriptors.get(c).getPath()[0]
                            + " has no value in row " + rows);
                }
                writers[c].writeNull(0, 0);
            }
            written[c] = false;
        }
        store.endRecord();
        rows++;
        if (++rowsInGroup == ROWS_PER_GROUP) {
            flushGroup();
            startGroup();
        }
    }

    long rows() {
        return rows;
    }

    private ColumnWriter writer(int column) {
        written[column] = true;
        return writers[column];
    }

    private int level(int column) {
        return optional[column] ? 1 : 0;
    }

    private void startGroup() {
        pages = new ColumnChunkPageWriteStore(PlainParquet.UNCOMPRESSED.getCompressor(CompressionCodecName.UNCOMPRESSED),
                schema, HeapByteBufferAllocator.getInstance(), 64);
        store = properties.newColumnWriteStore(schema, pages);
        writers = new ColumnWriter[descriptors.size()];
        for (int c = 0; c < writers.length; c++) {
            writers[c] = store.getColumnWriter(descriptors.get(c));
        }
        rowsInGroup = 0;
    }

    private void flushGroup() throws IOException {
        file.startBlock(rowsInGroup);
        store.flush();
        pages.flushToFileWriter(file);
        file.endBlock();
        store.close();
        pages.close();
    }

    /** Writes the last row group (an empty file gets none) and the footer. */
    @Override
    public void close() throws IOException {
        if (rowsInGroup > 0) {
            flushGroup();
        } else {
            store.close();
            pages.close();
        }
        file.end(Map.of("retail-studio.columnar", "1"));
    }
}
