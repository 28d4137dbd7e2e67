package com.retailstudio.data.columnar;

import com.retailstudio.data.model.CsvCode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.List;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.filter2.columnindex.RowRanges;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Reads the named columns of one flat Parquet file, row group by row group, value by value: only the requested
 * columns' pages are read from disk. Each {@link Column} call returns the current value and moves to the next row.
 */
final class ParquetTableReader implements Closeable {

    private final ParquetFileReader file;
    private final MessageType projection;
    private final String createdBy;
    private final Column[] columns;
    private final String name;
    private long groupRows;

    ParquetTableReader(Path path, List<String> columnNames) throws IOException {
        this.name = path.getFileName().toString();
        this.file = new ParquetFileReader(new LocalInputFile(path), PlainParquet.readOptions());
        try {
            MessageType schema = file.getFooter().getFileMetaData().getSchema();
            Type[] fields = new Type[columnNames.size()];
            for (int i = 0; i < fields.length; i++) {
                if (!schema.containsField(columnNames.get(i))) {
                    throw new IOException(name + " has no column " + columnNames.get(i)
                            + "; it was not written by this version's import");
                }
                fields[i] = schema.getType(columnNames.get(i));
            }
            this.projection = new MessageType(schema.getName(), fields);
            this.createdBy = file.getFooter().getFileMetaData().getCreatedBy();
            file.setRequestedSchema(projection);
            this.columns = new Column[fields.length];
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    long rowCount() {
        return file.getRecordCount();
    }

    /** The number of rows of each row group, in file order. */
    long[] rowGroupRows() {
        return file.getRowGroups().stream().mapToLong(BlockMetaData::getRowCount).toArray();
    }

    /** Moves to the next row group; false after the last. */
    boolean nextGroup() throws IOException {
        PageReadStore pages = file.readNextRowGroup();
        if (pages == null) {
            return false;
        }
        start(pages);
        return true;
    }

    /**
     * Reads only the pages of row group {@code group} that hold the selected rows (the file's offset index says
     * which); the columns then give exactly those rows, in order, and {@link #groupRows} is their number.
     */
    void readRows(int group, RowRanges selected) throws IOException {
        start(file.readFilteredRowGroup(group, selected));
    }

    private void start(PageReadStore pages) {
        groupRows = pages.getRowCount();
        ColumnReadStoreImpl store = new ColumnReadStoreImpl(pages,
                new GroupRecordConverter(projection).getRootConverter(), projection, createdBy);
        List<ColumnDescriptor> descriptors = projection.getColumns();
        for (int i = 0; i < columns.length; i++) {
            columns[i] = new Column(store.getColumnReader(descriptors.get(i)), descriptors.get(i).getMaxDefinitionLevel());
        }
    }

    long groupRows() {
        return groupRows;
    }

    int columnCount() {
        return columns.length;
    }

    /** The i-th requested column of the current row group. */
    Column column(int i) {
        return columns[i];
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    /** One column of the current row group; each read returns the current row's value and moves on. */
    static final class Column {
        private final ColumnReader reader;
        private final int maxLevel;

        Column(ColumnReader reader, int maxLevel) {
            this.reader = reader;
            this.maxLevel = maxLevel;
        }

        /** Whether the current value is null; does not move on. */
        boolean isNull() {
            return reader.getCurrentDefinitionLevel() < maxLevel;
        }

        /** Moves past a null (or an unwanted) value. */
        void skip() {
            // consume() alone moves the levels but not the value decoder: a value not read must be skipped, or
            // every later value of the page is the one before it (a null has no value to skip)
            if (!isNull()) {
                reader.skip();
            }
            reader.consume();
        }

        /** Whether the current value is {@code bytes} (compared as bytes: no String is made); moves on. */
        boolean is(Binary bytes) {
            // getBinary() reads the value (so consume() moves the decoder past it); a null has none to read
            boolean same = !isNull() && reader.getBinary().equals(bytes);
            reader.consume();
            return same;
        }

        String string() {
            if (isNull()) {
                reader.consume();
                return null;
            }
            String value = reader.getBinary().toStringUsingUTF8();
            reader.consume();
            return value;
        }

        int int32() {
            int value = reader.getInteger();
            reader.consume();
            return value;
        }

        /** An optional INT32, or {@code ifNull}. */
        int int32(int ifNull) {
            if (isNull()) {
                reader.consume();
                return ifNull;
            }
            return int32();
        }

        long int64() {
            long value = reader.getLong();
            reader.consume();
            return value;
        }

        double float64() {
            double value = reader.getDouble();
            reader.consume();
            return value;
        }

        /** An optional DOUBLE, or NaN when null. */
        double float64OrNaN() {
            if (isNull()) {
                reader.consume();
                return Double.NaN;
            }
            return float64();
        }

        /** The number of a text value's bytes ({@link MessageIdNumbers}), -1 when the value is null. */
        int number(MessageIdNumbers numbers) {
            if (isNull()) {
                reader.consume();
                return -1;
            }
            int value = numbers.number(reader.getBinary());
            reader.consume();
            return value;
        }

        boolean bool() {
            boolean value = reader.getBoolean();
            reader.consume();
            return value;
        }

        LocalDate date() {
            return LocalDate.ofEpochDay(int32());
        }

        /** An optional DATE, empty when null. */
        Optional<LocalDate> optionalDate() {
            if (isNull()) {
                reader.consume();
                return Optional.empty();
            }
            return Optional.of(date());
        }

        Instant timestamp() {
            long micros = int64();
            return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
        }

        /** A code column's constant, or null when the value is null; compares bytes, builds no String. */
        <E extends Enum<E> & CsvCode> E code(Codes<E> codes) {
            if (isNull()) {
                reader.consume();
                return null;
            }
            E value = codes.of(reader.getBinary());
            reader.consume();
            return value;
        }
    }

    /** A code type's spellings as Parquet binaries, to find a constant from a value's bytes. */
    static final class Codes<E extends Enum<E> & CsvCode> {
        private final E[] constants;
        private final Binary[] spellings;
        private final String column;

        Codes(Class<E> type, String column) {
            this.constants = type.getEnumConstants();
            this.spellings = new Binary[constants.length];
            this.column = column;
            for (int i = 0; i < constants.length; i++) {
                spellings[i] = Binary.fromString(constants[i].csv());
            }
        }

        E of(Binary value) {
            for (int i = 0; i < spellings.length; i++) {
                if (spellings[i].equals(value)) {
                    return constants[i];
                }
            }
            throw new IllegalStateException("column " + column + " holds \"" + value.toStringUsingUTF8()
                    + "\", which is not a contract spelling");
        }
    }
}
