package com.retailstudio.app.ui.data.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.explore.ContractTables;
import com.retailstudio.app.explore.CopyCustomerLookup;
import com.retailstudio.app.explore.CustomerLookup;
import com.retailstudio.app.explore.CustomerRecord;
import com.retailstudio.data.columnar.ColumnarDataSet;
import com.retailstudio.data.columnar.ColumnarImport;
import com.retailstudio.data.columnar.ColumnarRows;
import com.retailstudio.data.columnar.ImportListener;
import com.retailstudio.data.columnar.RowBlock;
import com.retailstudio.data.columnar.RowFilter;
import com.retailstudio.data.columnar.RowOrder;
import com.retailstudio.data.columnar.RowQuery;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.data.io.DataFile;
import com.retailstudio.ui.task.CurrentThreadTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The windowed reader of the imported copy gives, at any position, exactly a row of the CSV file (the one its
 * {@code file_row} names), reads only the blocks shown, and its filters, sorts and customer look-up keep what the CSV
 * keeps. The sample is imported with 1,000 customers a partition, so positions cross five part files.
 */
@Tag("slow") // imports the sample in five parts and walks every file; fast: DataSetReadsTest
class CopyWindowTest {

    @TempDir
    static Path temp;
    static Path csv;
    static ColumnarDataSet copy;
    static final Map<DataFile, Table> FROM_CSV = new EnumMap<>(DataFile.class);

    @BeforeAll
    static void importTheSampleInFiveParts() throws Exception {
        csv = Files.createDirectories(temp.resolve("sample"));
        BundledSample.extractTo(csv);
        copy = ColumnarImport.importFolder(csv, temp.resolve("datasets"), () -> "cd".repeat(32),
                ImportListener.NONE, Clock.systemUTC(), 1_000, 1);
        for (DataFile file : DataFile.values()) {
            FROM_CSV.put(file, ContractTables.read(csv, file));
        }
    }

    @Test
    void rowsAtRandomPositionsAreTheCsvRowsTheyCameFrom() {
        Random random = new Random(19);
        for (DataFile file : DataFile.values()) {
            Table table = FROM_CSV.get(file);
            try (ColumnarRows rows = ColumnarRows.of(copy, file)) {
                assertEquals(table.rowCount(), rows.rows(), file.fileName());
                List<Long> positions = new ArrayList<>(List.of(0L, rows.rows() - 1));
                for (int part = 1; part < rows.parts(); part++) {
                    positions.add(rows.partStart(part) - 1);
                    positions.add(rows.partStart(part));
                }
                for (int i = 0; i < 300; i++) {
                    positions.add((long) random.nextInt(table.rowCount()));
                }
                RowBlock block = rows.read(positions.stream().mapToLong(Long::longValue).toArray());
                for (int i = 0; i < block.size(); i++) {
                    int csvRow = Math.toIntExact(block.fileRow(i));
                    for (int column = 0; column < table.columnCount(); column++) {
                        assertEquals(cell(table.column(column), csvRow), block.value(i, column),
                                file.fileName() + " position " + positions.get(i) + " (CSV row " + csvRow + "), "
                                        + table.column(column).name());
                    }
                }
            }
        }
    }

    @Test
    void rowsReadAtAnyPositionsAreTheRowsAScanFindsThere() {
        try (ColumnarRows events = ColumnarRows.of(copy, DataFile.EVENTS)) {
            List<String> scanned = new ArrayList<>();
            events.scan(List.of("event_id"), (position, values) -> scanned.add((String) values[0]), done -> { },
                    () -> false);
            Random random = new Random(7);
            // scattered, clustered and out of order: page boundaries (every 20,000 rows) fall between wanted rows
            for (int count : new int[] {2, 50, 256, 2_000}) {
                long[] positions = random.longs(count, 0, events.rows()).toArray();
                RowBlock block = events.read(positions);
                for (int i = 0; i < count; i++) {
                    assertEquals(scanned.get((int) positions[i]), block.value(i, 0), "position " + positions[i]);
                }
            }
        }
    }

    @Test
    void aRunOfRowsIsTheCopysOrderAcrossPartFiles() {
        try (ColumnarRows events = ColumnarRows.of(copy, DataFile.EVENTS)) {
            long boundary = events.partStart(2);
            RowBlock run = events.read(boundary - 100, 200);
            assertEquals(200, run.size());
            RowBlock one = events.read(new long[] {boundary + 7});
            assertEquals(Arrays.asList(one.cells()[0]), Arrays.asList(run.cells()[107]));
            // events are grouped by customer in the copy: customer rows never decrease within a part
            String first = (String) run.value(100, 2);
            assertTrue(first.compareTo((String) run.value(99, 2)) > 0, "partition 2 starts with a later customer");
        }
    }

    @Test
    void aWindowReadsOnlyTheBlocksOnScreenAndKeepsAFew() {
        try (ColumnarRows events = ColumnarRows.of(copy, DataFile.EVENTS)) {
            List<Long> read = new ArrayList<>();
            CopyWindow window = new CopyWindow(events, RowOrder.all(events.rows()), read::add);
            long middle = events.rows() / 2;
            window.value(middle, 0);
            window.value(middle + 1, 3);
            assertEquals(List.of(middle / CopyWindow.BLOCK_ROWS), read, "one block for rows next to each other");
            for (long row = 0; row < events.rows(); row += CopyWindow.BLOCK_ROWS) {
                window.value(row, 0);
            }
            assertEquals(CopyWindow.BLOCKS_KEPT, window.blocksHeld());
            Table table = FROM_CSV.get(DataFile.EVENTS);
            long last = events.rows() - 1;
            assertEquals(cell(table.column("event_id"), Math.toIntExact(window.fileRow(last))), window.value(last, 0));
        }
    }

    @Test
    void filtersAndSortKeepWhatTheCsvKeeps() {
        Table table = FROM_CSV.get(DataFile.EVENTS);
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        long expected = table.stream().filter(row -> row.getString("event_type").equals("purchase")
                && !row.getInstant("timestamp").isBefore(from)).count();
        RowQuery query = new RowQuery(List.of(new RowFilter("event_type", RowFilter.Operator.EQUALS, "purchase"),
                new RowFilter("timestamp", RowFilter.Operator.AT_LEAST, "2026-01-01")),
                Optional.of(new RowQuery.SortKey("value", false)));
        try (ColumnarRows events = ColumnarRows.of(copy, DataFile.EVENTS)) {
            List<Double> progress = new ArrayList<>();
            RowQuery.Result result = query.run(events, progress::add, () -> false);
            assertTrue(expected > 100, "a filter that keeps some rows: " + expected);
            assertEquals(expected, result.matched());
            assertEquals(expected, result.order().size());
            assertFalse(result.truncated());
            assertEquals(1.0, progress.get(progress.size() - 1));
            assertEquals(expected, result.rows().orElseThrow().size(), "a sort's rows come read");
            List<Long> blocks = new ArrayList<>();
            CopyWindow window = new CopyWindow(events, result, blocks::add);
            double previous = Double.MAX_VALUE;
            for (long row = 0; row < window.size(); row++) {
                assertEquals("purchase", window.value(row, 3));
                assertFalse(((Instant) window.value(row, 1)).isBefore(from));
                double value = (Double) window.value(row, 8);
                assertTrue(value <= previous, "highest value first");
                previous = value;
            }
            assertEquals(List.of(), blocks, "nothing more to read");
        }
    }

    @Test
    void aSortCancelledWhileItReadsItsRowsStopsAtOnce() {
        RowQuery byValue = new RowQuery(List.of(), Optional.of(new RowQuery.SortKey("value", false)));
        try (ColumnarRows events = ColumnarRows.of(copy, DataFile.EVENTS)) {
            // 0: scanning; 1: every row scanned, the scan's last question to come; 2: reading the rows the sort kept
            int[] phase = {0};
            int[] askedWhileReadingRows = {0};
            BooleanSupplier cancelOnceScanned = () -> {
                if (phase[0] == 1) {
                    phase[0] = 2;
                    return false;
                }
                if (phase[0] == 2) {
                    askedWhileReadingRows[0]++;
                    return true;
                }
                return false;
            };

            assertThrows(CancellationException.class, () -> byValue.run(events, share -> {
                if (share == 1.0) {
                    phase[0] = 1;
                }
            }, cancelOnceScanned));

            assertEquals(2, phase[0], "cancelled after the scan, while the sorted rows were read");
            assertEquals(1, askedWhileReadingRows[0], "stopped at the first question after the flag was set");
        }
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingFileAndColumn() {
        BrowseViewModel browse = new BrowseViewModel(() -> csv, folder -> Optional.of(copy), Long.MAX_VALUE, 10_000,
                new ExplorerWork(new CurrentThreadTaskExecutor()));
        browse.fileProperty().set(DataFile.EVENTS);
        assertTrue(browse.windowedProperty().get() != null, browse.messageProperty().get());
        browse.addFilter(new RowFilter("timestamp", RowFilter.Operator.AT_LEAST, "last week"));
        assertEquals("events.csv, column timestamp: \"last week\" is not a date or a time (e.g. 2026-03-01 or "
                + "2026-03-01T09:30:00Z).", browse.messageProperty().get());
        assertTrue(browse.queryProperty().get().isNone());

        browse.addFilter(new RowFilter("channel", RowFilter.Operator.EQUALS, "email"));
        long emails = FROM_CSV.get(DataFile.EVENTS).stringColumn("channel").isEqualTo("email").size();
        assertEquals(emails, browse.windowedProperty().get().size());
        assertTrue(browse.messageProperty().get().startsWith(String.format("events.csv · %,d of %,d rows", emails,
                FROM_CSV.get(DataFile.EVENTS).rowCount())), browse.messageProperty().get());
    }

    @Test
    void aCustomerFoundInTheCopyIsTheCustomerFoundInTheCsv() throws Exception {
        for (String id : List.of("C00000001", "C00000468", "C00001000", "C00001001", "C00003000")) {
            CustomerRecord fromCopy = CopyCustomerLookup.find(copy, id, () -> false);
            CustomerRecord fromCsv = CustomerLookup.find(csv, id, () -> false);
            assertTrue(fromCopy.found(), id);
            assertTrue(fromCopy.events().rowCount() > 0, id);
            for (int part = 0; part < 4; part++) {
                Table expected = List.of(fromCsv.profile(), fromCsv.consents(), fromCsv.events(), fromCsv.baskets())
                        .get(part);
                Table actual = List.of(fromCopy.profile(), fromCopy.consents(), fromCopy.events(), fromCopy.baskets())
                        .get(part);
                assertEquals(expected.print(Integer.MAX_VALUE), actual.print(Integer.MAX_VALUE), id + " part " + part);
            }
        }
        assertFalse(CopyCustomerLookup.find(copy, "C99999999", () -> false).found());
    }

    private static Object cell(Column<?> column, int row) {
        return column.isMissing(row) ? null : column.get(row);
    }
}
