package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.retailstudio.data.generate.DataGenerator;
import com.retailstudio.data.generate.GenerationProgress;
import com.retailstudio.data.generate.GeneratorConfig;
import com.retailstudio.testsupport.CommandLineHarness;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code data import} and the jobs that read its copy: the same reports as from the CSV files, the CSV files again
 * once the folder changed, and the strict reader's errors on the import path.
 */
class DataImportCommandTest {

    @TempDir
    static Path temp;
    static Path csv;
    static Path workspace;
    static Path noCopies;
    private final CommandLineHarness cli = RetailStudioCli.harness();

    @BeforeAll
    static void generateAndImport() throws IOException {
        csv = temp.resolve("csv");
        workspace = temp.resolve("ws");
        noCopies = temp.resolve("ws-without-copies");
        DataGenerator.generate(GeneratorConfig.defaults().withCustomers(1_500).withDays(28).withProducts(60)
                .withStores(2), csv, GenerationProgress.NONE);
        DataImportCommandTest first = new DataImportCommandTest();
        assertEquals(0, first.run("data", "import", "--workspace", workspace.toString(), "--data", csv.toString()),
                first.cli.err());
        assertTrue(first.cli.out().contains("Imported " + csv.toAbsolutePath()), first.cli.out());
        assertTrue(first.cli.out().contains("Active data set: csv"), first.cli.out());
        assertTrue(first.cli.out().contains("Quality figures of 9 files kept"), first.cli.out());
    }

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void dataHistoryListsTheImportsFiguresPerFileAndSaysWhenNothingDrifted() throws IOException {
        long events;
        try (Stream<String> lines = Files.lines(csv.resolve("events.csv"))) {
            events = lines.count() - 1;
        }

        assertEquals(0, run("data", "history", "--workspace", workspace.toString()), cli.err());

        String printed = cli.out();
        assertTrue(printed.startsWith("csv, imported "), printed);
        assertTrue(printed.lines().anyMatch(line -> line.strip().startsWith("events.csv")
                && line.contains(String.format(Locale.ROOT, "%,d", events))), printed);
        assertTrue(printed.lines().anyMatch(line -> line.strip().startsWith("baskets.csv")
                && line.contains("customer_id ")), "the anonymous shoppers are the baskets' most missing: " + printed);
        assertTrue(printed.contains("No drift between imports."), printed);
    }

    @Test
    void theCopyIsStoredUnderTheFingerprintWithNothingElseLeft() throws IOException {
        try (Stream<Path> children = Files.list(workspace.resolve("datasets"))) {
            List<String> names = children.map(p -> p.getFileName().toString()).toList();
            assertEquals(1, names.size(), names.toString());
            assertTrue(names.get(0).matches("parquet-[0-9a-f]{64}"), names.toString());
        }
    }

    @Test
    void simulateGivesTheSameResultsFromTheCopyAsFromTheCsvFiles() throws IOException {
        Path fromCsv = temp.resolve("sim-csv.json");
        Path fromCopy = temp.resolve("sim-copy.json");
        assertEquals(0, run("simulate", "--journey", "template:cart-abandonment", "--workspace", noCopies.toString(),
                "--data", csv.toString(), "--report", fromCsv.toString()), cli.err());
        assertFalse(cli.err().contains("imported copy"), cli.err());
        assertEquals(0, run("simulate", "--journey", "template:cart-abandonment", "--workspace", workspace.toString(),
                "--data", csv.toString(), "--report", fromCopy.toString()), cli.err());
        assertTrue(cli.err().contains("Reading the imported copy of " + csv), cli.err());
        JsonNode a = new ObjectMapper().readTree(fromCsv.toFile());
        JsonNode b = new ObjectMapper().readTree(fromCopy.toFile());
        assertTrue(a.path("results").path("uplift").path("treated_customers").asLong() > 0, "customers entered");
        // the whole report, byte for byte, apart from what the run measured of itself
        for (JsonNode report : List.of(a, b)) {
            ObjectNode run = (ObjectNode) report.path("run");
            run.remove(List.of("timings", "peak_heap_bytes", "events_per_second"));
        }
        assertEquals(a.toString(), b.toString());
    }

    @Test
    void planMarkdownsGivesTheSamePlanFromTheCopy() throws IOException {
        Path fromCsv = temp.resolve("plan-csv.csv");
        Path fromCopy = temp.resolve("plan-copy.csv");
        assertEquals(0, run("plan-markdowns", "--workspace", noCopies.toString(), "--data", csv.toString(), "--out",
                fromCsv.toString()), cli.err());
        assertEquals(0, run("plan-markdowns", "--workspace", workspace.toString(), "--data", csv.toString(), "--out",
                fromCopy.toString()), cli.err());
        assertTrue(cli.err().contains("imported copy"), cli.err());
        assertTrue(Files.readAllLines(fromCsv).size() > 1, "a plan with price changes");
        assertEquals(Files.readString(fromCsv), Files.readString(fromCopy));
    }

    @Tag("slow") // a layout report of every store twice; fast: simulateGivesTheSameResultsFromTheCopyAsFromTheCsvFiles
    @Test
    void layoutReportGivesTheSameZonesFromTheCopyForEveryStore() throws IOException {
        // S002's rows follow S001's: reading it skips S001's values, which must move every column on
        for (String store : List.of("S001", "S002")) {
            Path fromCsv = temp.resolve("layout-csv-" + store);
            Path fromCopy = temp.resolve("layout-copy-" + store);
            assertEquals(0, run("layout-report", "--workspace", noCopies.toString(), "--data", csv.toString(),
                    "--store", store, "--out", fromCsv.toString()), cli.err());
            assertEquals(0, run("layout-report", "--workspace", workspace.toString(), "--data", csv.toString(),
                    "--store", store, "--out", fromCopy.toString()), cli.err());
            assertTrue(cli.err().contains("imported copy"), cli.err());
            for (String file : List.of("zones.json", "affinity.json", "recommendations.json")) {
                assertEquals(Files.readString(fromCsv.resolve(file)), Files.readString(fromCopy.resolve(file)),
                        store + " " + file);
            }
        }
    }

    @Tag("slow") // opens every section on the copy; fast: simulateGivesTheSameResultsFromTheCopyAsFromTheCsvFiles
    @Test
    void benchmarkSectionsOpensEachSectionFromTheCopy() {
        assertEquals(0, run("benchmark-sections", "--workspace", workspace.toString(), "--data", csv.toString(),
                "--section", "markdowns,layouts,data"), cli.err());
        String printed = cli.out();
        assertTrue(printed.contains("from its imported copy"), printed);
        assertTrue(printed.matches("(?s).*markdowns open 1: +[0-9,]+ ms +\\(a plan for [0-9,]+ product-stores\\).*"),
                printed);
        assertTrue(printed.matches("(?s).*layouts +open 1: +[0-9,]+ ms +\\(store S001: [0-9,]+ visits.*"), printed);
        assertTrue(printed.contains("(the report kept by the import, 9 files)"), printed);

        assertEquals(0, run("benchmark-sections", "--workspace", noCopies.toString(), "--data", csv.toString()));
        assertTrue(cli.out().contains("from its CSV files (no imported copy in this workspace)"), cli.out());
    }

    @Test
    void aChangedFolderIsReadFromItsCsvFiles(@TempDir Path changed) throws IOException {
        copyCsvInto(changed);
        // still valid, one digit different: another fingerprint, the same size
        Path customers = changed.resolve("customers.csv");
        List<String> lines = Files.readAllLines(customers, StandardCharsets.UTF_8);
        String line = lines.get(1);
        int lastDigit = line.length() - 1;
        char digit = line.charAt(lastDigit);
        lines.set(1, line.substring(0, lastDigit) + (digit == '1' ? '2' : '1'));
        Files.write(customers, lines, StandardCharsets.UTF_8);

        assertEquals(0, run("simulate", "--journey", "template:cart-abandonment", "--workspace", workspace.toString(),
                "--data", changed.toString(), "--report", changed.resolve("r.json").toString()), cli.err());
        assertFalse(cli.err().contains("imported copy"), cli.err());
    }

    @Test
    void aBadRowIsRefusedWithFileLineAndColumnAndLeavesNoCopy(@TempDir Path broken) throws IOException {
        copyCsvInto(broken);
        Path consents = broken.resolve("consents.csv");
        List<String> lines = Files.readAllLines(consents, StandardCharsets.UTF_8);
        lines.set(3, lines.get(3).replace(",true,", ",yes,").replace(",false,", ",yes,"));
        Files.write(consents, lines, StandardCharsets.UTF_8);
        Path otherWorkspace = broken.resolve("ws");

        assertEquals(1, run("data", "import", "--workspace", otherWorkspace.toString(), "--data", broken.toString()));
        assertTrue(cli.err().contains("consents.csv line 4, column granted: \"yes\""), cli.err());
        try (Stream<Path> left = Files.list(otherWorkspace.resolve("datasets"))) {
            assertEquals(List.of(), left.toList());
        }
    }

    private static void copyCsvInto(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(csv)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
    }
}
