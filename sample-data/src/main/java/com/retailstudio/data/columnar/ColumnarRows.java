package com.retailstudio.data.columnar;

import com.retailstudio.data.io.ColumnSpec;
import com.retailstudio.data.io.DataFile;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.apache.parquet.filter2.columnindex.RowRanges;
import org.apache.parquet.io.api.Binary;

/**
 * One file of an imported copy as rows by position, read on demand: asking for some rows reads, per row group, only
 * the pages that hold them (the offset index every part file carries), so showing a window of a 21-million-row events
 * file reads a few hundred kilobytes. Positions run over the part files in order: a partitioned file (customers,
 * consents, events) holds partition 0's rows first, each partition in the copy's order (docs/data-format.md); a flat
 * file is in CSV order. Values are typed as the contract types them (text, {@code LocalDate}, {@code Instant},
 * {@code Double}, {@code Integer}, {@code Boolean}); an empty field is null.
 *
 * <p>Not thread-safe: the window reads keep their part files open; each background scan opens its own.
 */
public final class ColumnarRows implements Closeable {

    /** Rows between two wanted ones that are read and skipped rather than read apart: about a page's worth. */
    private static final long READ_THROUGH_ROWS = 4_096;

    private final DataFile file;
    private final Path[] parts;
    private final boolean hasFileRow;
    private final List<String> readColumns;
    /** Per row group over all parts: its part, its index in the part and its first position. */
    private final int[] groupPart;
    private final int[] groupInPart;
    private final long[] groupStart;
    private final long[] partStart;
    private final long rows;
    private final ParquetTableReader[] open;

    private ColumnarRows(DataFile file, Path[] parts) throws IOException {
        this.file = file;
        this.parts = parts;
        this.hasFileRow = file == DataFile.CONSENTS || file == DataFile.EVENTS;
        this.readColumns = new ArrayList<>(file.columnNames());
        if (hasFileRow) {
            readColumns.add(ParquetSchemas.FILE_ROW);
        }
        this.open = new ParquetTableReader[parts.length];
        this.partStart = new long[parts.length + 1];
        List<long[]> groups = new ArrayList<>();
        for (int p = 0; p < parts.length; p++) {
            long[] sizes = reader(open, p).rowGroupRows();
            groups.add(sizes);
            partStart[p + 1] = partStart[p] + Arrays.stream(sizes).sum();
        }
        int count = groups.stream().mapToInt(sizes -> sizes.length).sum();
        this.groupPart = new int[count];
        this.groupInPart = new int[count];
        this.groupStart = new long[count + 1];
        int g = 0;
        for (int p = 0; p < parts.length; p++) {
            long start = partStart[p];
            for (int i = 0; i < groups.get(p).length; i++, g++) {
                groupPart[g] = p;
                groupInPart[g] = i;
                groupStart[g] = start;
                start += groups.get(p)[i];
            }
        }
        groupStart[count] = partStart[parts.length];
        this.rows = partStart[parts.length];
    }

    /** The rows of {@code file} in {@code copy}; close it to close the part files it keeps open. */
    public static ColumnarRows of(ColumnarDataSet copy, DataFile file) {
        Path[] parts;
        if (file == DataFile.CUSTOMERS || file == DataFile.CONSENTS || file == DataFile.EVENTS) {
            parts = new Path[copy.manifest().partitions()];
            for (int p = 0; p < parts.length; p++) {
                parts[p] = ColumnarWriter.part(copy.folder(), ParquetSchemas.messageName(file), p);
            }
        } else {
            parts = new Path[] {copy.folder().resolve(ParquetSchemas.messageName(file) + ".parquet")};
        }
        try {
            return new ColumnarRows(file, parts);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open " + file.fileName() + " of the imported copy: "
                    + e.getMessage(), e);
        }
    }

    public DataFile file() {
        return file;
    }

    public long rows() {
        return rows;
    }

    public List<ColumnSpec> columns() {
        return file.columns();
    }

    public int parts() {
        return parts.length;
    }

    /** The position of part {@code part}'s first row. */
    public long partStart(int part) {
        return partStart[part];
    }

    /** Rows {@code from} to {@code from + count - 1} (fewer at the end of the file). */
    public RowBlock read(long from, int count) {
        long end = Math.min(rows, from + count);
        long[] positions = new long[(int) Math.max(0, end - from)];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = from + i;
        }
        return read(positions);
    }

    /** The rows at {@code positions}, in that order (a position may repeat). */
    public RowBlock read(long[] positions) {
        return read(positions, open, () -> false);
    }

    /**
     * As {@link #read(long[])}, on part files opened for this call alone and closed after it, so a background task
     * may call it while the window reads go on; {@code cancelled} is asked before each run of nearby rows is read (a
     * sort's 100,000 rows are thousands of runs all over the file), and a yes stops the read with a
     * {@link CancellationException}.
     */
    public RowBlock readApart(long[] positions, BooleanSupplier cancelled) {
        ParquetTableReader[] own = new ParquetTableReader[parts.length];
        try {
            return read(positions, own, cancelled);
        } finally {
            close(own);
        }
    }

    private RowBlock read(long[] positions, ParquetTableReader[] readers, BooleanSupplier cancelled) {
        long[] sorted = Arrays.stream(positions).sorted().distinct().toArray();
        for (long position : sorted) {
            if (position < 0 || position >= rows) {
                throw new IndexOutOfBoundsException("row " + position + " of " + rows + " in " + file.fileName());
            }
        }
        Object[][] bySorted = new Object[sorted.length][];
        long[] fileRowBySorted = new long[sorted.length];
        int next = 0;
        try {
            while (next < sorted.length) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("Reading " + file.fileName() + " was cancelled.");
                }
                int group = group(sorted[next]);
                int first = next++;
                // one contiguous range per read: parquet-java 1.18 misplaces rows when several ranges of one read
                // fall in different pages, so rows close together are read through and the ones between skipped
                while (next < sorted.length && sorted[next] < groupStart[group + 1]
                        && sorted[next] - sorted[next - 1] <= READ_THROUGH_ROWS) {
                    next++;
                }
                ParquetTableReader reader = reader(readers, groupPart[group]);
                reader.readRows(groupInPart[group], RowRanges.builder().addSelectedRange(
                        sorted[first] - groupStart[group], sorted[next - 1] - groupStart[group]).build());
                ParquetTableReader.Column[] c = columns(reader);
                long at = sorted[first];
                for (int r = first; r < next; r++, at++) {
                    for (; at < sorted[r]; at++) {
                        for (ParquetTableReader.Column column : c) {
                            column.skip();
                        }
                    }
                    bySorted[r] = new Object[file.columns().size()];
                    for (int i = 0; i < bySorted[r].length; i++) {
                        bySorted[r][i] = CellValues.value(c[i], file.columns().get(i));
                    }
                    fileRowBySorted[r] = hasFileRow ? c[c.length - 1].int64() : sorted[r];
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file.fileName() + " of the imported copy: "
                    + e.getMessage(), e);
        }
        Object[][] cells = new Object[positions.length][];
        long[] fileRows = new long[positions.length];
        for (int i = 0; i < positions.length; i++) {
            int at = Arrays.binarySearch(sorted, positions[i]);
            cells[i] = bySorted[at];
            fileRows[i] = fileRowBySorted[at];
        }
        return new RowBlock(cells, fileRows);
    }

    /**
     * Reads the named columns of every row in order, row group by row group, on files of its own (so it may run
     * beside window reads).
     *
     * @param done      told the number of rows read so far, after each row group
     * @param cancelled asked after each row group; a yes stops the scan with a {@link CancellationException}
     */
    public void scan(List<String> columnNames, RowVisitor visitor, LongConsumer done, BooleanSupplier cancelled) {
        List<ColumnSpec> specs = columnNames.stream().map(name -> file.columns().get(indexOf(name))).toList();
        Object[] values = new Object[specs.size()];
        long position = 0;
        for (Path part : parts) {
            try (ParquetTableReader reader = new ParquetTableReader(part, columnNames)) {
                while (reader.nextGroup()) {
                    ParquetTableReader.Column[] c = columns(reader);
                    for (long r = 0; r < reader.groupRows(); r++, position++) {
                        for (int i = 0; i < values.length; i++) {
                            values[i] = CellValues.value(c[i], specs.get(i));
                        }
                        visitor.row(position, values);
                    }
                    done.accept(position);
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("Reading " + file.fileName() + " was cancelled.");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + part + ": " + e.getMessage(), e);
            }
        }
    }

    /** The positions in part {@code part} whose text column {@code column} is {@code text} (compared as bytes). */
    public long[] positionsOf(int part, String column, String text) {
        Binary wanted = Binary.fromString(text);
        return positionsWhere(part, column, c -> c.is(wanted));
    }

    /** The positions in part {@code part} whose integer column {@code column} is {@code value}. */
    public long[] positionsOf(int part, String column, int value) {
        return positionsWhere(part, column, c -> c.int32() == value);
    }

    private long[] positionsWhere(int part, String column, ValueTest test) {
        indexOf(column);
        long[] found = new long[16];
        int count = 0;
        long position = partStart[part];
        try (ParquetTableReader reader = new ParquetTableReader(parts[part], List.of(column))) {
            while (reader.nextGroup()) {
                ParquetTableReader.Column c = reader.column(0);
                for (long r = 0; r < reader.groupRows(); r++, position++) {
                    if (test.matches(c)) {
                        if (count == found.length) {
                            found = Arrays.copyOf(found, count * 2);
                        }
                        found[count++] = position;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + parts[part] + ": " + e.getMessage(), e);
        }
        return Arrays.copyOf(found, count);
    }

    /** Refuses a column the file has not: a contract column, or {@code customer_row} of a partitioned file. */
    private int indexOf(String column) {
        boolean partitioned = file == DataFile.CUSTOMERS || file == DataFile.CONSENTS || file == DataFile.EVENTS;
        return partitioned && column.equals(ParquetSchemas.CUSTOMER_ROW) ? -1 : file.indexOf(column);
    }

    /** The last row group starting at or before {@code position}: an empty one shares its start with the next. */
    private int group(long position) {
        int low = 0;
        int high = groupPart.length - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (groupStart[middle] <= position) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    private static ParquetTableReader.Column[] columns(ParquetTableReader reader) {
        ParquetTableReader.Column[] c = new ParquetTableReader.Column[reader.columnCount()];
        for (int i = 0; i < c.length; i++) {
            c[i] = reader.column(i);
        }
        return c;
    }

    private ParquetTableReader reader(ParquetTableReader[] readers, int part) throws IOException {
        if (readers[part] == null) {
            readers[part] = new ParquetTableReader(parts[part], readColumns);
        }
        return readers[part];
    }

    @Override
    public void close() {
        close(open);
    }

    private static void close(ParquetTableReader[] readers) {
        for (int p = 0; p < readers.length; p++) {
            if (readers[p] != null) {
                try {
                    readers[p].close();
                } catch (IOException e) {
                    // a read-only file that will not close has lost nothing
                }
                readers[p] = null;
            }
        }
    }

    /** Told each row of a scan: its position and the scanned columns' values (the array is reused). */
    @FunctionalInterface
    public interface RowVisitor {
        void row(long position, Object[] values);
    }

    @FunctionalInterface
    private interface ValueTest {
        boolean matches(ParquetTableReader.Column column);
    }
}
