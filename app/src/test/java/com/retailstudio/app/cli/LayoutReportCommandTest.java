package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.testsupport.CommandLineHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutReportCommandTest {

    private final CommandLineHarness cli = RetailStudioCli.harness();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void writesTheFourReportFilesForTheSampleAndExitsZero(@TempDir Path folder) throws Exception {
        Path report = folder.resolve("report");
        assertEquals(0, run("layout-report", "--data", "sample", "--store", "S003", "--out", report.toString(),
                "--daypart", "weekday-evening", "--from", "2026-06-01", "--to", "2026-07-31"), cli.err());
        assertTrue(ImageIO.read(report.resolve("heatmap.png").toFile()).getWidth() > 400);
        JsonNode zones = new ObjectMapper().readTree(report.resolve("zones.json").toFile());
        assertEquals("S003", zones.get("storeId").asText());
        assertEquals("weekday-evening", zones.get("filter").get("daypart").asText());
        assertEquals("2026-07-31", zones.get("filter").get("to").asText());
        assertTrue(Files.size(report.resolve("affinity.json")) > 100);
        assertTrue(Files.exists(report.resolve("recommendations.json")));
        assertTrue(cli.out().contains("wrote " + report.resolve("heatmap.png").toAbsolutePath()), cli.out());
    }

    @Tag("slow") // two reports of the sample; fast: layout-viewer's StoreLayoutViewModelTest (bandwidth)
    @Test
    void bandwidthSetsTheHeatmapKernelInsteadOfScottsRule(@TempDir Path folder) throws Exception {
        Path auto = folder.resolve("auto");
        Path fixed = folder.resolve("fixed");
        assertEquals(0, run("layout-report", "--data", "sample", "--store", "S001", "--out", auto.toString()),
                cli.err());
        assertEquals(0, run("layout-report", "--data", "sample", "--store", "S001", "--out", fixed.toString(),
                "--bandwidth", "0.75"), cli.err());
        JsonNode scott = new ObjectMapper().readTree(auto.resolve("zones.json").toFile()).get("heatmap");
        JsonNode chosen = new ObjectMapper().readTree(fixed.resolve("zones.json").toFile()).get("heatmap");
        assertTrue(scott.get("bandwidthRule").asText().startsWith("Scott"), scott.toString());
        assertTrue(scott.get("bandwidthXM").asDouble() > 1, "Scott's rule oversmooths the small sample");
        assertEquals("fixed", chosen.get("bandwidthRule").asText());
        assertEquals(0.75, chosen.get("bandwidthXM").asDouble(), 1e-9);
        assertEquals(0.75, chosen.get("bandwidthYM").asDouble(), 1e-9);

        assertEquals(2, run("layout-report", "--data", "sample", "--store", "S001", "--out", fixed.toString(),
                "--bandwidth", "0"));
        assertTrue(cli.err().contains("--bandwidth must be a number of metres above 0"), cli.err());
        assertEquals(2, run("layout-report", "--data", "sample", "--store", "S001", "--out", fixed.toString(),
                "--bandwidth", "2", "--bandwidth-scale", "0.5"));
        assertTrue(cli.err().contains("give it or --bandwidth-scale, not both"), cli.err());
    }

    @Test
    void whatIfWritesTheExpectedEffectOfAMove(@TempDir Path folder) throws Exception {
        assertEquals(0, run("layout-report", "--data", "sample", "--store", "S001", "--out", folder.toString(),
                "--what-if", "cheese@Z12"), cli.err());
        JsonNode whatIf = new ObjectMapper().readTree(folder.resolve("what-if.json").toFile());
        assertEquals("cheese", whatIf.get("move").get("category").asText());
        assertEquals("Z10", whatIf.get("move").get("fromZoneId").asText());
        assertEquals("biscuits", whatIf.get("move").get("swappedCategory").asText());
        assertEquals(whatIf.get("coPurchasesAfter").asDouble() - whatIf.get("coPurchasesBefore").asDouble(),
                whatIf.get("coPurchaseDelta").asDouble(), 1e-3);
        assertTrue(cli.out().contains("What if cheese moves from Z10 to Z12 (swapping with biscuits)"),
                cli.out());
    }

    @Tag("slow") // analyses the whole sample before it fails; fast: whatIfWritesTheExpectedEffectOfAMove
    @Test
    void whatIfOnAZoneThatIsNotACategoryZoneFailsNamingIt(@TempDir Path folder) {
        assertEquals(1, run("layout-report", "--data", "sample", "--store", "S001", "--out", folder.toString(),
                "--what-if", "cheese@Z01"));
        assertEquals("retail-studio: Zone Z01 is not a category zone of store S001.", cli.err().strip());
        assertEquals(2, run("layout-report", "--data", "sample", "--store", "S001", "--out", folder.toString(),
                "--what-if", "cheese"));
    }

    @Test
    void anUnknownStoreFailsWithOneSentenceNamingTheValidIds(@TempDir Path folder) {
        assertEquals(1, run("layout-report", "--data", "sample", "--store", "S404", "--out", folder.toString()));
        assertEquals("retail-studio: Store S404 is not in the data set; valid store ids are S001, S002, S003.",
                cli.err().strip());
    }

    @Test
    void anUnknownDaypartIsBadUsage(@TempDir Path folder) {
        assertEquals(2, run("layout-report", "--data", "sample", "--store", "S001", "--out", folder.toString(),
                "--daypart", "brunch"));
        assertTrue(cli.err().contains("weekday-morning"), cli.err());
    }

    @Test
    void aDateRangeThatEndsBeforeItStartsIsBadUsage(@TempDir Path folder) {
        assertEquals(2, run("layout-report", "--data", "sample", "--store", "S001", "--out", folder.toString(),
                "--from", "2026-07-01", "--to", "2026-06-01"));
        assertTrue(cli.err().contains("ends (2026-06-01) before it starts"), cli.err());
    }
}
