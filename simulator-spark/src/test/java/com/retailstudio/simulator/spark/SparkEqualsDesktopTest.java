package com.retailstudio.simulator.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.generate.DataGenerator;
import com.retailstudio.data.generate.GenerationProgress;
import com.retailstudio.data.generate.GeneratorConfig;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.simulator.engine.BenchmarkJourney;
import com.retailstudio.simulator.engine.SimulationRun;
import com.retailstudio.simulator.io.SimulationReportJson;
import com.retailstudio.simulator.model.SimulationSettings;
import java.nio.file.Path;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spark in local[2] mode, in this JVM, gives the desktop engine's report byte for byte (apart from the run block:
 * engine, partitions, timings) on a generated data set, however many Spark partitions.
 */
@Tag("slow")
class SparkEqualsDesktopTest {
    private static final Journey JOURNEY = BenchmarkJourney.cartRecovery();
    /** Traces and examples too: they are the part of the merge that keeps the first customers by id. */
    private static final SimulationSettings SETTINGS = SimulationSettings.defaults(42)
            .withTrace(Set.of("C00000041"), 3).withReasonTraces(2);

    @TempDir
    static Path data;
    @TempDir
    static Path columnarParent;
    private static Path columnar;
    private static SparkSession spark;
    private static String desktop;
    private static SimulationRun desktopRun;

    @BeforeAll
    static void generateRunOnTheDesktopAndStartSpark() throws Exception {
        DataGenerator.generate(GeneratorConfig.defaults().withCustomers(4_000).withDays(45), data,
                GenerationProgress.NONE);
        desktopRun = SimulationRun.execute(JOURNEY, data, SETTINGS, 2, 2);
        desktop = SimulationReportJson.toJson(JOURNEY, SETTINGS, desktopRun);
        spark = SparkLocal.session("local[2]");
        columnar = ImportedCopy.of(data, columnarParent);
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @ParameterizedTest(name = "{0} Spark partitions")
    @ValueSource(ints = {1, 2, 3, 7})
    void sparkGivesTheDesktopReportByteForByte(int partitions) {
        SimulationRun run = SparkSimulation.run(spark, JOURNEY, new DriverLoadedCustomers(data), SETTINGS,
                partitions);
        String report = SimulationReportJson.toJson(JOURNEY, SETTINGS, run);

        assertEquals(SimulationReportJson.findings(desktop), SimulationReportJson.findings(report));
        assertEquals(partitions, run.partitions());
        // the run block's figures that are not about how it ran
        assertEquals(desktopRun.customers(), run.customers());
        assertEquals(desktopRun.events(), run.events());
        assertTrue(run.results().treatedConversions() > 0 && run.results().traces().size() == 4
                        && run.results().traces().containsKey("C00000041"),
                "the comparison covers conversions and traces: " + run.results().traces().keySet());
    }

    @ParameterizedTest(name = "{0} Spark partitions")
    @ValueSource(ints = {1, 2, 3, 7})
    void sparkReadingTheColumnarCopyGivesTheDesktopReportByteForByte(int partitions) {
        ParquetCustomers source = new ParquetCustomers(spark, columnar.toUri().toString());
        SimulationRun run = SparkSimulation.run(spark, JOURNEY, source, SETTINGS, partitions);
        assertEquals(0, source.sharedMessageIds(), "the model was fitted from the tasks' counts");
        assertFalse(source.loadedOnDriver(), "the driver never collected the rows");
        assertEquals(desktopRun.customers(), run.customers());
        assertEquals(desktopRun.events(), run.events());
        assertEquals(SimulationReportJson.findings(desktop),
                SimulationReportJson.findings(SimulationReportJson.toJson(JOURNEY, SETTINGS, run)));
    }
}
