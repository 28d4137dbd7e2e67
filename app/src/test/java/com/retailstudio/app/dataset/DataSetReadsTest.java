package com.retailstudio.app.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.columnar.ColumnarDataSet;
import com.retailstudio.data.columnar.ImportListener;
import com.retailstudio.data.generate.DataGenerator;
import com.retailstudio.data.generate.GenerationProgress;
import com.retailstudio.data.generate.GeneratorConfig;
import com.retailstudio.data.io.DataFormatException;
import com.retailstudio.data.io.DataSet;
import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.AudienceBreakdown;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.layout.engine.LayoutData;
import com.retailstudio.layout.engine.StoreBaskets;
import com.retailstudio.layout.engine.StoreTraffic;
import com.retailstudio.layout.engine.TillBasket;
import com.retailstudio.layout.io.LayoutDataReader;
import com.retailstudio.layout.ui.StoreLayoutViewModel;
import com.retailstudio.markdown.ui.MarkdownViewModel;
import com.retailstudio.markdown.ui.RuleBookStore;
import com.retailstudio.markdown.ui.ScenarioStore;
import com.retailstudio.simulator.engine.AudienceCounter;
import com.retailstudio.simulator.engine.AudienceData;
import com.retailstudio.simulator.engine.SimulationRun;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.simulator.ui.SimulationData;
import com.retailstudio.simulator.ui.SimulationSummary;
import com.retailstudio.simulator.ui.SimulationViewModel;
import com.retailstudio.ui.task.CurrentThreadTaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sections read a data set's imported copy exactly as its CSV files, only what they show, and not the CSV files:
 * proved on the imported folder with CSV rows broken after the import without changing their sizes or times, so only
 * the copy can still be read.
 */
class DataSetReadsTest {

    @TempDir
    static Path temp;
    static Path csv;
    static Path brokenCsv;
    static DataSetReads reads;
    static ColumnarDataSet copy;

    @BeforeAll
    static void generateAndImport() throws IOException {
        csv = temp.resolve("csv");
        DataGenerator.generate(GeneratorConfig.defaults().withCustomers(600).withDays(28).withProducts(40)
                .withStores(3), csv, GenerationProgress.NONE);
        // the imported folder: a copy of the CSV files with whole-second times, so that setting a time back is exact
        brokenCsv = temp.resolve("broken");
        Files.createDirectories(brokenCsv);
        FileTime aSecond = FileTime.from(Instant.parse("2026-12-01T10:00:00Z"));
        try (Stream<Path> files = Files.list(csv)) {
            for (Path file : files.toList()) {
                Path copied = Files.copy(file, brokenCsv.resolve(file.getFileName()));
                Files.setLastModifiedTime(copied, aSecond);
            }
        }
        Path datasets = temp.resolve("datasets");
        copy = ColumnarCopies.importFolder(brokenCsv, datasets, ImportListener.NONE, Clock.systemUTC());
        reads = new DataSetReads(datasets);
        for (String file : List.of("sales_weekly.csv", "baskets.csv", "foot_traffic.csv", "events.csv")) {
            BrokenRows.breakSecondRowKeepingSizeAndTime(brokenCsv.resolve(file));
        }
    }

    @Test
    void theBrokenFolderIsStillRecognisedAsTheImportedOne() {
        assertTrue(reads.copyOf(brokenCsv).isPresent(), "same names, sizes and times as the imported files");
        assertThrows(DataFormatException.class, () -> DataSetLoader.load(brokenCsv));
    }

    @Test
    void salesHistoryFromTheCopyEqualsTheCsvFiles() {
        DataSet fromCsv = DataSetLoader.load(csv);
        DataSet fromCopy = reads.salesHistory(brokenCsv);
        assertEquals(fromCsv.stores(), fromCopy.stores());
        assertEquals(fromCsv.products(), fromCopy.products());
        assertEquals(fromCsv.weeklySales(), fromCopy.weeklySales());
        assertTrue(fromCopy.events().size() == 0 && fromCopy.customers().isEmpty(), "planning reads no customers");
    }

    @Test
    void layoutsFromTheCopyEqualTheCsvFilesForEveryStore() {
        LayoutData fromCsv = LayoutDataReader.read(csv);
        LayoutData fromCopy = reads.layouts(brokenCsv);
        assertEquals(fromCsv.categories(), fromCopy.categories());
        assertEquals(fromCsv.plans(), fromCopy.plans());
        assertEquals(3, fromCopy.storeIds().size());
        for (String store : fromCsv.storeIds()) {
            assertSameTraffic(fromCsv.traffic().get(store), fromCopy.traffic().get(store));
            assertSameBaskets(fromCsv.baskets().get(store), fromCopy.baskets().get(store));
        }
    }

    @Test
    void aStoreIsReadWhenFirstShownAndOnlyOnce() {
        List<String> basketReads = new ArrayList<>();
        List<String> trafficReads = new ArrayList<>();
        LayoutData data = LayoutDataReader.perStore(copy.stores(), copy.zones(), copy.products(),
                (store, sink) -> {
                    basketReads.add(store);
                    copy.forEachBasketLine(store, sink);
                },
                (store, sink) -> {
                    trafficReads.add(store);
                    copy.forEachTrafficReading(store, sink);
                });
        assertEquals(List.of(), basketReads, "nothing read before a store is shown");
        String second = data.storeIds().get(1);
        assertTrue(data.baskets().get(second).all().size() > 0);
        assertTrue(data.traffic().get(second).readingCount() > 0);
        data.baskets().get(second);
        data.traffic().get(second);
        assertEquals(List.of(second), basketReads);
        assertEquals(List.of(second), trafficReads);
        assertEquals(null, data.baskets().get("S999"), "a store the data set does not have");
    }

    @Test
    void theMarkdownsSectionPlansFromTheCopy() {
        MarkdownViewModel model = new MarkdownViewModel(new SimpleObjectProperty<>(brokenCsv),
                new CurrentThreadTaskExecutor(), RuleBookStore.inMemory(), null, ScenarioStore.inMemory(),
                reads::salesHistory);
        model.start();
        assertNotNull(model.resultProperty().get(), "a plan from the copy although the CSV rows are broken");
        assertTrue(model.resultProperty().get().summary().productStores() > 0);
    }

    @Test
    void theStoreLayoutsSectionShowsAStoreFromTheCopy() {
        StoreLayoutViewModel model = new StoreLayoutViewModel(new CurrentThreadTaskExecutor());
        model.follow(new SimpleObjectProperty<>(brokenCsv), folder -> folder, reads::layouts);
        assertEquals(brokenCsv, model.folderProperty().get());
        assertEquals(Optional.of("S001"), Optional.ofNullable(model.storeProperty().get()).map(s -> s.storeId()));
        assertNotNull(model.snapshotProperty().get(), "the first store analysed from the copy");
        assertTrue(model.snapshotProperty().get().visits() > 0);
    }

    @Test
    void theSimulationSectionRunsFromTheCopyWithTheFiguresOfTheCsvFiles() {
        SimulationViewModel model = new SimulationViewModel(new CurrentThreadTaskExecutor());
        model.readWith(SimulationData.of(reads::customers, reads::sparkSource));
        model.follow(new SimpleObjectProperty<>(brokenCsv), folder -> folder);
        Journey journey = JourneyTemplates.load("cart-abandonment").orElseThrow();
        model.journeyProperty().set(model.journeys().stream().filter(c -> journey.equals(c.journey())).findFirst()
                .orElseThrow());
        model.seedProperty().set("11");
        model.run();

        SimulationSummary summary = model.summaryProperty().get();
        assertNotNull(summary, model.feedbackProperty().get().text());
        SimulationResults fromCsv = SimulationRun.execute(journey, csv, SimulationSettings.defaults(11)
                .withTrace(Set.of(), 0), 1, 1).results();
        assertEquals(600, summary.customers());
        assertEquals(fromCsv.treatedCustomers(), summary.treated());
        assertEquals(fromCsv.treatedConversions(), summary.treatedConversions());
        assertEquals(fromCsv.uplift(), summary.uplift());
        assertEquals(copy.folder(), reads.sparkSource(brokenCsv), "Spark is given the copy");
        // the generated files elsewhere, other times, same bytes: the copy made from that fingerprint
        assertEquals(copy.folder(), reads.sparkSource(csv));
        Path none = temp.resolve("not-imported");
        assertEquals(none, reads.sparkSource(none), "a folder without a copy is given as it is");
    }

    @Test
    void segmentsCountTheCopyAsTheCsvFiles() {
        AudienceData fromCopy = reads.audience(brokenCsv);
        AudienceData fromCsv = AudienceData.of(DataSetLoader.load(csv));
        Condition.Group emailGold = Condition.Group.all(
                new Condition.Comparison("consent.email_marketing", Operator.EQUALS,
                        new ConditionValue.BooleanValue(true)),
                new Condition.Comparison("loyalty_tier", Operator.EQUALS, new ConditionValue.TextValue("GOLD")));
        for (Condition.Group conditions : List.of(Condition.Group.always(), emailGold)) {
            AudienceBreakdown expected = AudienceCounter.count(fromCsv, conditions);
            assertEquals(expected, AudienceCounter.count(fromCopy, conditions));
            assertTrue(expected.size() > 0, "a segment with customers in it");
        }
    }

    private static void assertSameTraffic(StoreTraffic expected, StoreTraffic actual) {
        assertEquals(expected.visitCount(), actual.visitCount());
        assertEquals(expected.readingCount(), actual.readingCount());
        for (int v = 0; v < expected.visitCount(); v++) {
            assertEquals(expected.visitId(v), actual.visitId(v));
            assertEquals(expected.firstReading(v), actual.firstReading(v));
            assertEquals(expected.endReading(v), actual.endReading(v));
        }
        for (int r = 0; r < expected.readingCount(); r++) {
            assertEquals(expected.epochSecond(r), actual.epochSecond(r));
            assertEquals(expected.x(r), actual.x(r));
            assertEquals(expected.y(r), actual.y(r));
            assertEquals(expected.zone(r), actual.zone(r));
        }
    }

    private static void assertSameBaskets(StoreBaskets expected, StoreBaskets actual) {
        assertEquals(expected.categories(), actual.categories());
        assertEquals(expected.all().size(), actual.all().size());
        for (int i = 0; i < expected.all().size(); i++) {
            TillBasket a = expected.all().get(i);
            TillBasket b = actual.all().get(i);
            assertEquals(a.transactionId(), b.transactionId());
            assertEquals(a.epochSecond(), b.epochSecond());
            assertEquals(a.localEpochDay(), b.localEpochDay());
            assertEquals(a.weekHour(), b.weekHour());
            assertArrayEquals(a.categories(), b.categories());
            assertArrayEquals(a.revenue(), b.revenue());
        }
    }
}
