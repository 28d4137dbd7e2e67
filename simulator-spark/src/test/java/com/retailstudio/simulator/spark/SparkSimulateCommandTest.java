package com.retailstudio.simulator.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.simulator.engine.SimulationRun;
import com.retailstudio.simulator.io.SimulationReportJson;
import com.retailstudio.simulator.model.SimulationSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line writes the desktop's report, and refuses what it cannot do before starting Spark. */
@Tag("slow")
class SparkSimulateCommandTest {

    @Test
    void simulateOnLocalSparkWritesTheDesktopReport(@TempDir Path folder) throws Exception {
        Path data = Files.createDirectory(folder.resolve("data"));
        BundledSample.extractTo(data);
        Path report = folder.resolve("report.json");
        StringWriter out = new StringWriter();
        int exit = SparkSimulateCommand.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "simulate", "--engine", "spark", "--master", "local[2]", "--journey", "template:winback", "--data",
                data.toString(), "--seed", "9", "--partitions", "3", "--trace-first", "2", "--quiet-hours", "drop",
                "--report", report.toString());

        assertEquals(0, exit, out.toString());
        Journey journey = JourneyTemplates.load("winback").orElseThrow();
        SimulationSettings settings = SimulationSettings.defaults(9)
                .withQuietHours(SimulationSettings.QuietHoursMode.DROP).withTrace(Set.of(), 2);
        String desktop = SimulationReportJson.toJson(journey, settings,
                SimulationRun.execute(journey, data, settings, 2, 2));
        assertEquals(SimulationReportJson.findings(desktop), SimulationReportJson.findings(Files.readString(report)));
        assertTrue(out.toString().contains("on Spark (local[2], 3 partitions)"), out.toString());
    }

    @Test
    void anotherEngineIsBadUsage() {
        StringWriter err = new StringWriter();
        int exit = SparkSimulateCommand.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "simulate", "--engine", "desktop", "--journey", "template:winback", "--data", "sample", "--report",
                "r.json");
        assertEquals(2, exit);
        assertTrue(err.toString().contains("--engine: only 'spark' runs here"), err.toString());
    }

    @Test
    void aUriOrAFolderWithAColumnarManifestIsReadAsParquetAndACsvFolderOnTheDriver(@TempDir Path folder)
            throws Exception {
        assertTrue(SparkSimulateCommand.Simulate.isColumnar("hdfs://namenode:8020/retail/parquet-ab12"));
        assertTrue(SparkSimulateCommand.Simulate.isColumnar("file:///data/parquet-ab12"));
        BundledSample.extractTo(folder);
        assertFalse(SparkSimulateCommand.Simulate.isColumnar(folder.toString()), "the CSV folder");
        Path copy = Files.createDirectories(folder.resolve("parquet-ab12/events"));
        Files.writeString(copy.resolveSibling("manifest.json"), "{\"format\": \"retail-studio-columnar\"}");
        assertTrue(SparkSimulateCommand.Simulate.isColumnar(copy.getParent().toString()));
    }
}
