package com.retailstudio.data.columnar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.generate.DataGenerator;
import com.retailstudio.data.generate.GenerationProgress;
import com.retailstudio.data.generate.GeneratorConfig;
import com.retailstudio.data.io.CustomerEvents;
import com.retailstudio.data.io.DataFile;
import com.retailstudio.data.io.DataSet;
import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.data.io.EventTable;
import com.retailstudio.data.model.Product;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV → Parquet → records gives every field of every file exactly as the CSV loader gives it. */
class ColumnarRoundTripTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path temp;
    static Path source;
    static DataSet fromCsv;
    static ColumnarDataSet imported;

    @BeforeAll
    static void importGeneratedDataSet() throws IOException {
        source = temp.resolve("csv");
        DataGenerator.generate(GeneratorConfig.defaults().withCustomers(2_500).withDays(21).withStores(2),
                source, GenerationProgress.NONE);
        fromCsv = DataSetLoader.load(source);
        // 700 customers a partition: four partitions, the last one smaller
        imported = ColumnarImport.importFolder(source, temp.resolve("datasets"), () -> "ab".repeat(32),
                ImportListener.NONE, CLOCK, 700);
    }

    @Test
    void everyRecordOfEveryFileSurvives() {
        DataSet fromParquet = imported.load();
        assertEquals(fromCsv.customers(), fromParquet.customers());
        assertEquals(fromCsv.consents(), fromParquet.consents());
        assertEquals(fromCsv.products(), fromParquet.products());
        assertEquals(fromCsv.stores(), fromParquet.stores());
        assertEquals(fromCsv.zones(), fromParquet.zones());
        assertEquals(fromCsv.weeklySales(), fromParquet.weeklySales());
        assertEquals(fromCsv.basketLines(), fromParquet.basketLines());
        assertEquals(fromCsv.footTraffic().stream().toList(), fromParquet.footTraffic().stream().toList());
        assertEventsEqual(fromCsv.events(), fromParquet.events(), true);
        assertTrue(fromCsv.events().size() > 10_000, "a data set with events to compare");
        assertTrue(fromCsv.consents().stream().anyMatch(c -> !c.granted()), "both consent values occur");
    }

    @Test
    void aJobReadsOnlyItsFilesAndEventsWithoutIds() {
        DataSet simulation = imported.load(EnumSet.of(DataFile.CUSTOMERS, DataFile.CONSENTS, DataFile.EVENTS), false);
        assertEquals(fromCsv.customers(), simulation.customers());
        assertEquals(fromCsv.consents(), simulation.consents());
        assertEventsEqual(fromCsv.events(), simulation.events(), false);
        assertNull(simulation.events().eventId(0));
        assertTrue(simulation.weeklySales().isEmpty() && simulation.basketLines().isEmpty()
                && simulation.zones().isEmpty() && simulation.footTraffic().size() == 0);
        DataSet planning = imported.load(EnumSet.of(DataFile.STORES, DataFile.PRODUCTS, DataFile.SALES_WEEKLY), false);
        assertEquals(fromCsv.weeklySales(), planning.weeklySales());
        assertEquals(fromCsv.stores(), planning.stores());
        assertTrue(planning.customers().isEmpty() && planning.events().size() == 0);
    }

    @Test
    void eventsReadGroupedByCustomerAreTheCsvEventsGrouped() {
        CustomerEvents expected = CustomerEvents.group(fromCsv.events(), fromCsv.customers().size());
        CustomerEvents actual = imported.customerEvents(
                fromCsv.products().stream().map(Product::productId).toList());
        assertEquals(expected.size(), actual.size());
        assertEquals(expected.customers(), actual.customers());
        assertEquals(expected.horizonStart(), actual.horizonStart());
        assertEquals(expected.horizonEnd(), actual.horizonEnd());
        for (int c = 0; c < expected.customers(); c++) {
            assertEquals(expected.firstEvent(c), actual.firstEvent(c), "customer " + c);
        }
        // message numbers may differ between the two; equal ids must have equal numbers in both
        Map<Integer, Integer> numbers = new HashMap<>();
        Map<Integer, Integer> back = new HashMap<>();
        for (int p = 0; p < expected.size(); p++) {
            String at = "position " + p;
            assertEquals(expected.fileRow(p), actual.fileRow(p), at);
            assertEquals(expected.secondsFromStart(p), actual.secondsFromStart(p), at);
            assertEquals(expected.type(p), actual.type(p), at);
            assertEquals(expected.channel(p), actual.channel(p), at);
            assertEquals(expected.kind(p), actual.kind(p), at);
            assertEquals(expected.productId(p), actual.productId(p), at);
            assertEquals(Double.doubleToLongBits(expected.value(p)), Double.doubleToLongBits(actual.value(p)), at);
            assertEquals(expected.message(p) < 0, actual.message(p) < 0, at);
            int mine = expected.message(p);
            int theirs = actual.message(p);
            if (mine >= 0) {
                assertEquals(numbers.computeIfAbsent(mine, k -> theirs), theirs, at);
                assertEquals(back.computeIfAbsent(theirs, k -> mine), mine, at);
                assertTrue(theirs < actual.messageIds(), at);
            }
        }
        assertTrue(numbers.size() > 1_000, "a data set with message ids to compare");
    }

    @Test
    void grantedConsentsAsBitsAreTheGrantedRowsOfConsentsCsv() {
        Map<String, Integer> row = new HashMap<>();
        for (int i = 0; i < fromCsv.customers().size(); i++) {
            row.put(fromCsv.customers().get(i).customerId(), i);
        }
        int[] expected = new int[fromCsv.customers().size()];
        fromCsv.consents().stream().filter(c -> c.granted())
                .forEach(c -> expected[row.get(c.customerId())] |= 1 << c.purpose().ordinal());
        Assertions.assertArrayEquals(expected, imported.grantedConsentBits());
        assertTrue(Arrays.stream(expected).anyMatch(bits -> bits != 0));
    }

    @Test
    void layoutIsAsDocumented() throws IOException {
        Path folder = imported.folder();
        assertEquals("parquet-" + "ab".repeat(32), folder.getFileName().toString());
        ColumnarManifest manifest = imported.manifest();
        assertEquals(4, manifest.partitions());
        assertEquals(fromCsv.events().size(), manifest.rows("events"));
        assertEquals(fromCsv.customers().size(), manifest.rows("customers"));
        for (String table : List.of("customers", "consents", "events")) {
            for (int p = 0; p < 4; p++) {
                assertTrue(Files.isRegularFile(folder.resolve(table).resolve("part-0000" + p + ".parquet")),
                        table + " partition " + p);
            }
        }
        for (DataFile file : List.of(DataFile.STORES, DataFile.PRODUCTS, DataFile.ZONES, DataFile.SALES_WEEKLY,
                DataFile.BASKETS, DataFile.FOOT_TRAFFIC)) {
            assertTrue(Files.isRegularFile(folder.resolve(ParquetSchemas.messageName(file) + ".parquet")));
        }
        // events of a partition are ordered by customer, then time; and only that partition's customers
        try (ParquetTableReader reader = new ParquetTableReader(folder.resolve("events/part-00001.parquet"),
                List.of("customer_row", "timestamp"))) {
            int previousCustomer = -1;
            long previousTime = Long.MIN_VALUE;
            while (reader.nextGroup()) {
                for (long r = 0; r < reader.groupRows(); r++) {
                    int customer = reader.column(0).int32();
                    long time = reader.column(1).int64();
                    assertTrue(customer >= 700 && customer < 1400, "partition 1 holds customers 700-1399");
                    assertTrue(customer > previousCustomer || (customer == previousCustomer && time >= previousTime));
                    previousCustomer = customer;
                    previousTime = time;
                }
            }
        }
        try (Stream<Path> left = Files.list(folder.getParent())) {
            assertFalse(left.anyMatch(p -> p.getFileName().toString().startsWith(".importing-")),
                    "no staging folder is left");
        }
    }

    @Test
    void theCopyIsFoundByItsFilesOrByFingerprintAndNotForAChangedFolder() throws IOException {
        Path datasets = temp.resolve("datasets");
        assertEquals(imported.folder(), ImportedCopies.find(datasets, source, () -> {
            throw new AssertionError("a folder whose files are unchanged is found without hashing it");
        }).orElseThrow().folder());
        Path copy = temp.resolve("copied");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        Files.setLastModifiedTime(copy.resolve("events.csv"), FileTime.from(
                Instant.parse("2020-01-01T00:00:00Z")));
        assertEquals(imported.folder(), ImportedCopies.find(datasets, copy, () -> "ab".repeat(32)).orElseThrow()
                .folder(), "same bytes elsewhere: found by fingerprint");
        assertTrue(ImportedCopies.find(datasets, copy, () -> "cd".repeat(32)).isEmpty(),
                "a different fingerprint has no copy");
        Files.writeString(copy.resolve("notes.txt"), "another file");
        assertTrue(ImportedCopies.find(datasets, copy, () -> {
            throw new AssertionError("a folder whose files differ in name or size is not hashed");
        }).isEmpty(), "a changed folder falls back to its CSV files");
    }

    static void assertEventsEqual(EventTable expected, EventTable actual, boolean ids) {
        assertEquals(expected.size(), actual.size());
        for (int r = 0; r < expected.size(); r++) {
            if (ids) {
                assertEquals(expected.get(r), actual.get(r), "event row " + r);
            } else {
                assertEquals(expected.timestamp(r), actual.timestamp(r));
                assertEquals(expected.customerIndex(r), actual.customerIndex(r));
                assertEquals(expected.eventType(r), actual.eventType(r));
                assertEquals(expected.channel(r), actual.channel(r));
                assertEquals(expected.messageKind(r), actual.messageKind(r));
                assertEquals(expected.messageId(r), actual.messageId(r));
                assertEquals(expected.productIndex(r), actual.productIndex(r));
                assertEquals(expected.value(r), actual.value(r));
            }
            assertEquals(expected.customerIndex(r), actual.customerIndex(r));
            assertEquals(expected.productIndex(r), actual.productIndex(r));
        }
    }
}
