package com.retailstudio.simulator.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.data.io.DataSetCurrency;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.io.PortfolioRulesWriter;
import com.retailstudio.designer.io.PortfolioTemplates;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.simulator.engine.SimulationRun;
import com.retailstudio.simulator.io.SimulationReportJson;
import com.retailstudio.simulator.model.SimulationSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    void aPortfolioOnTheBundledSampleWritesTheDesktopReport(@TempDir Path folder) throws Exception {
        Path data = Files.createDirectory(folder.resolve("data"));
        BundledSample.extractTo(data);
        Path rules = Files.writeString(folder.resolve("rules.portfolio.json"),
                PortfolioRulesWriter.write(SparkPortfolioAndPassesTest.rules()));
        Path report = folder.resolve("report.json");
        StringWriter out = new StringWriter();
        List<String> args = new ArrayList<>(List.of("simulate", "--master", "local[2]", "--data", data.toString(),
                "--portfolio", rules.toString(), "--seed", "42", "--trace-first", "5", "--examples", "2", "--partitions", "3", "--report",
                report.toString()));
        for (Journey journey : PortfolioTemplates.journeys(PortfolioTemplates.SHARED_CAPS)) {
            args.addAll(List.of("--journey", "template:" + journey.id()));
        }
        int exit = SparkSimulateCommand.run(new PrintWriter(out, true), new PrintWriter(out, true),
                args.toArray(String[]::new));

        assertEquals(0, exit, out.toString());
        assertEquals(SimulationReportJson.findings(SparkPortfolioAndPassesTest.desktopPortfolio(data,
                DataSetCurrency.of(data))), SimulationReportJson.findings(Files.readString(report)));
        assertTrue(out.toString().contains("Simulated 3 journeys together under"), out.toString());
    }

    @Test
    void aPortfolioCannotWriteARunFile() {
        StringWriter err = new StringWriter();
        int exit = SparkSimulateCommand.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "simulate", "--journey", "template:winback", "--journey", "template:welcome-series", "--data",
                "sample", "--report", "r.json", "--run-file", "run.bin");
        assertEquals(2, exit);
        assertTrue(err.toString().contains("--run-file goes with one journey"), err.toString());
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
