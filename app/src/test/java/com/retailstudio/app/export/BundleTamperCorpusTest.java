package com.retailstudio.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.approval.MarkdownPlans;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.plans.MarkdownPlanDocument;
import com.retailstudio.app.plans.SamplePlan;
import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.SettingsStore;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.io.JourneyTemplates;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A real export, tampered with in every way this class of checks must catch — zip tricks, links and special files,
 * oversize files, DMN logic that no longer matches its journey, personal data, spreadsheet formula cells — each with
 * the manifest's checksum fixed where the trick edits a file, so only the check under test can catch it. Every variant
 * must fail {@code validate} with a message naming its problem; the untouched bundle passes.
 */
@Tag("slow")
class BundleTamperCorpusTest {

    @TempDir
    static Path shared;
    @TempDir
    Path work;

    private static Path good;
    private static Path goodZip;
    private static Map<String, byte[]> goodFiles;
    private static final BundleValidator VALIDATOR = new BundleValidator(DocumentChecks.forBundles());
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void export() throws IOException {
        try (Workspace workspace = Workspace.open(shared.resolve("workspace"))) {
            ReviewWorkflow workflow = new ReviewWorkflow(workspace, DocumentChecks.forReview());
            workspace.settings().put(SettingsStore.DISPLAY_NAME, "ana");
            for (String[] journey : new String[][] {{"welcome", "welcome-series"}, {"cart", "cart-abandonment"},
                {"winback", "winback"}}) {
                workspace.documents().saveDocument(new DocumentDraft("journey", journey[0], "draft",
                        JourneyTemplates.json(journey[1]).orElseThrow()));
                workflow.submit("journey", journey[0], "ana");
                workflow.approve("journey", journey[0], "ben", Optional.empty());
            }
            MarkdownPlans.save(workspace, SamplePlan.document("autumn"), "mia");
            workflow.submit(MarkdownPlanDocument.KIND, "autumn", "mia");
            workflow.approve(MarkdownPlanDocument.KIND, "autumn", "noah", Optional.of("ok"));
            BundleExporter exporter = new BundleExporter(workspace, workflow, Clock.systemUTC(), "1.2.3",
                    JourneyForecast.NONE);
            good = shared.resolve("good");
            exporter.export(good, false, "ben");
            goodZip = shared.resolve("good.zip");
            exporter.export(goodZip, true, "ben");
        }
        goodFiles = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(good)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                goodFiles.put(good.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        }
    }

    @Test
    void theRealExportAsFolderAndZipAndHonestHandWrittenZipsPass() throws IOException {
        assertEquals(List.of(), VALIDATOR.validate(good));
        assertEquals(List.of(), VALIDATOR.validate(goodZip));
        assertEquals(List.of(), VALIDATOR.validate(zip(TestZip.entries(goodFiles))));
        List<TestZip.Entry> deflated = TestZip.entries(goodFiles);
        deflated.forEach(entry -> entry.deflate = true);
        assertEquals(List.of(), VALIDATOR.validate(zip(deflated)));
    }

    @Test
    void aDmnReformattedWithNewIdsButTheSameLogicPasses() throws IOException {
        Path bundle = copy();
        edit(bundle, "decisions/cart-v1.dmn", dmn -> dmn.replace("\n  ", "\n\t\t").replace("id=\"ie_", "id=\"entry_")
                .replace("<description>", "<description>Reviewed. "));
        assertEquals(List.of(), VALIDATOR.validate(bundle));
    }

    /** A tampered bundle and the words its refusal must contain. */
    record Variant(String name, Tamper tamper, String... expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Tamper {
        Path apply(BundleTamperCorpusTest test) throws Exception;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyTamperedBundleFailsNamingItsProblem(Variant variant) throws Exception {
        Path bundle = variant.tamper().apply(this);

        List<String> problems = VALIDATOR.validate(bundle);

        assertFalse(problems.isEmpty(), variant.name() + " passed validate");
        for (String expected : variant.expected()) {
            assertTrue(problems.stream().anyMatch(problem -> problem.contains(expected)),
                    variant.name() + ": no problem says '" + expected + "': " + problems);
        }
    }

    static Stream<Variant> variants() {
        List<Variant> v = new ArrayList<>();
        // ---- zip tricks ----
        v.add(new Variant("a tampered copy appended after the good zip (cat good.zip tampered.zip)", t -> t.glued(
                Files.readAllBytes(goodZip), TestZip.write(TestZip.entries(t.holdoutZeroed()))),
                "bytes before its first entry"));
        v.add(new Variant("a tampered copy glued in front of the good zip", t -> t.glued(
                TestZip.write(TestZip.entries(t.holdoutZeroed())), Files.readAllBytes(goodZip)),
                "bytes before its first entry"));
        v.add(new Variant("bytes appended after the end record", t -> t.glued(Files.readAllBytes(goodZip),
                "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8)), "bytes after the end of its central"));
        v.add(new Variant("an archive comment", t -> t.zip(TestZip.write(TestZip.entries(goodFiles),
                "approved by the board".getBytes(StandardCharsets.UTF_8))), "bytes after the end of its central"));
        v.add(new Variant("the same entry twice", t -> {
            List<TestZip.Entry> entries = TestZip.entries(goodFiles);
            entries.add(new TestZip.Entry("journeys/welcome-v1.json", t.holdoutZeroed()
                    .get("journeys/welcome-v1.json")));
            return t.zip(entries);
        }, "journeys/welcome-v1.json is in the zip twice"));
        v.add(new Variant("two entries differing only in case", t -> {
            List<TestZip.Entry> entries = TestZip.entries(goodFiles);
            entries.add(new TestZip.Entry("README.MD", "x".getBytes(StandardCharsets.UTF_8)));
            return t.zip(entries);
        }, "differ only in case"));
        v.add(new Variant("a local header naming another file", t -> t.zipWith("README.md",
                e -> e.localName = "READMF.md"), "README.md: its local header disagrees", "name 'READMF.md'"));
        v.add(new Variant("a local header with another size", t -> t.zipWith("README.md",
                e -> e.localSize = 3L), "README.md: its local header disagrees", "size 3"));
        v.add(new Variant("a local header with another CRC", t -> t.zipWith("README.md",
                e -> e.localCrc = 0xCAFEL), "README.md: its local header disagrees", "CRC-32"));
        v.add(new Variant("a local header with another method", t -> t.zipWith("README.md",
                e -> e.localMethod = 8), "README.md: its local header disagrees", "method 8"));
        v.add(new Variant("data that does not match the CRC in both headers", t -> t.zipWith("README.md",
                e -> e.crc = 0x1234L), "README.md has CRC-32"));
        v.add(new Variant("bytes hidden between two entries", t -> t.zipWith("README.md",
                e -> e.gapAfter = "hidden".getBytes(StandardCharsets.UTF_8)), "6 bytes that belong to no entry"));
        v.add(new Variant("an extra entry the manifest does not list", t -> {
            List<TestZip.Entry> entries = TestZip.entries(goodFiles);
            entries.add(new TestZip.Entry("decisions/extra-v1.dmn", "<x/>".getBytes(StandardCharsets.UTF_8)));
            return t.zip(entries);
        }, "decisions/extra-v1.dmn is in the bundle but not listed in manifest.json"));
        v.add(new Variant("a symbolic link entry", t -> {
            List<TestZip.Entry> entries = TestZip.entries(goodFiles);
            TestZip.Entry link = new TestZip.Entry("decisions/link.dmn", "/etc/passwd".getBytes(StandardCharsets.UTF_8));
            link.mode = 0120777;
            entries.add(link);
            return t.zip(entries);
        }, "decisions/link.dmn is a symbolic link inside the zip"));
        v.add(new Variant("a named-pipe entry", t -> t.zipWith("README.md", e -> e.mode = 010644),
                "README.md is not a regular file (Unix file type 10000)"));
        v.add(new Variant("an entry escaping the folder", t -> {
            List<TestZip.Entry> entries = TestZip.entries(goodFiles);
            entries.add(new TestZip.Entry("../../.bashrc", "x".getBytes(StandardCharsets.UTF_8)));
            return t.zip(entries);
        }, "'../../.bashrc' is not a plain relative path"));
        v.add(new Variant("an encrypted entry", t -> t.zipWith("README.md", e -> e.flags = 1),
                "README.md is encrypted"));
        v.add(new Variant("an entry declaring 1.5 GB", t -> t.zipWith("README.md",
                e -> e.declaredSize = 3L << 29), "README.md declares 1,610,612,736 bytes (1.5 GB)"));
        v.add(new Variant("a deflated entry that inflates to more than it declares (a zip bomb)", t -> {
            List<TestZip.Entry> entries = TestZip.entries(goodFiles);
            TestZip.Entry bomb = new TestZip.Entry("decisions/bomb.dmn", new byte[8 << 20]);
            bomb.deflate = true;
            bomb.declaredSize = 1024L;
            entries.add(bomb);
            return t.zip(entries);
        }, "decisions/bomb.dmn does not hold the 1024 bytes its headers declare"));
        v.add(new Variant("not a zip at all", t -> t.zip(
                "PK but not really, just a text file renamed to .zip".repeat(3).getBytes(StandardCharsets.UTF_8)),
                "no end-of-central-directory record"));
        // ---- folders: links and special files, oversize files ----
        v.add(new Variant("a listed file that is a link to a file outside", t -> {
            Path bundle = t.copy();
            Path outside = t.work.resolve("outside.json");
            Files.copy(bundle.resolve("journeys/welcome-v1.json"), outside);
            Files.delete(bundle.resolve("journeys/welcome-v1.json"));
            Files.createSymbolicLink(bundle.resolve("journeys/welcome-v1.json"), outside);
            return bundle;
        }, "journeys/welcome-v1.json is a symbolic link to " ));
        v.add(new Variant("a listed file that is a link to an identical file inside", t -> {
            Path bundle = t.copy();
            Files.copy(bundle.resolve("README.md"), bundle.resolve("schemas/readme-copy"));
            Files.delete(bundle.resolve("README.md"));
            Files.createSymbolicLink(bundle.resolve("README.md"), Path.of("schemas/readme-copy"));
            return bundle;
        }, "README.md is a symbolic link to schemas/readme-copy"));
        v.add(new Variant("a link to /etc", t -> {
            Path bundle = t.copy();
            Files.createSymbolicLink(bundle.resolve("etc"), Path.of("/etc"));
            return bundle;
        }, "etc is a symbolic link to /etc"));
        v.add(new Variant("a dangling link", t -> {
            Path bundle = t.copy();
            Files.createSymbolicLink(bundle.resolve("decisions/gone.dmn"), Path.of("nowhere.dmn"));
            return bundle;
        }, "decisions/gone.dmn is a symbolic link to nowhere.dmn (dangling"));
        v.add(new Variant("a named pipe", t -> {
            Path bundle = t.copy();
            Process mkfifo = new ProcessBuilder("mkfifo", bundle.resolve("markdowns/feed.csv").toString()).start();
            Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available here");
            return bundle;
        }, "markdowns/feed.csv is a special file"));
        v.add(new Variant("a listed file grown to 3 GB (sparse)", t -> {
            Path bundle = t.copy();
            try (RandomAccessFile file = new RandomAccessFile(bundle.resolve("README.md").toFile(), "rw")) {
                file.setLength(3L << 30);
            }
            return bundle;
        }, "README.md is 3,221,225,472 bytes (3.0 GB); a bundle file is at most 67,108,864 bytes (64.0 MB)"));
        v.add(new Variant("an extra 1.5 GB file (sparse)", t -> {
            Path bundle = t.copy();
            try (RandomAccessFile file = new RandomAccessFile(bundle.resolve("markdowns/all.csv").toFile(), "rw")) {
                file.setLength(3L << 29);
            }
            return bundle;
        }, "markdowns/all.csv is 1,610,612,736 bytes (1.5 GB)"));
        v.add(new Variant("an extra file the manifest does not list", t -> {
            Path bundle = t.copy();
            Files.writeString(bundle.resolve("decisions/extra-v1.dmn"), "<x/>");
            return bundle;
        }, "decisions/extra-v1.dmn is in the bundle but not listed in manifest.json"));
        // ---- DMN logic that is not what the journey says (checksums fixed) ----
        v.add(new Variant("the audience no longer needs e-mail consent", t -> t.edited("decisions/welcome-v1.dmn",
                dmn -> dmn.replaceFirst("<text>true</text></inputEntry>", "<text>-</text></inputEntry>")),
                "decisions/welcome-v1.dmn decision audience differs from journey welcome v1: rule 1, input "
                        + "consent_email_marketing : boolean is '-', approved 'true'"));
        v.add(new Variant("the audience's otherwise rule made eligible", t -> t.edited("decisions/welcome-v1.dmn",
                dmn -> dmn.replaceFirst("<text>false</text></outputEntry>", "<text>true</text></outputEntry>")),
                "decision audience differs from journey welcome v1: rule 2, output eligible"));
        v.add(new Variant("a split's hit policy changed", t -> t.edited("decisions/cart-v1.dmn",
                dmn -> dmn.replaceFirst("hitPolicy=\"FIRST\"", "hitPolicy=\"UNIQUE\"").replaceFirst(
                        "hitPolicy=\"FIRST\"", "hitPolicy=\"UNIQUE\"")),
                "differs from journey cart v1: its hit policy is UNIQUE, approved FIRST"));
        v.add(new Variant("a split's rule sends to another branch", t -> t.edited("decisions/cart-v1.dmn",
                dmn -> dmn.replaceFirst("<text>&quot;else&quot;</text>", "<text>&quot;hacked&quot;</text>")),
                "decisions/cart-v1.dmn decision split_", "differs from journey cart v1", "output branch"));
        v.add(new Variant("the arbitration's threshold lowered", t -> t.edited("decisions/winback-v1.dmn",
                dmn -> dmn.replace("best &lt;= 0", "best &lt;= -1")),
                "decisions/winback-v1.dmn decision nba_", "differs from journey winback v1: its expression"));
        v.add(new Variant("a decision removed", t -> t.edited("decisions/cart-v1.dmn",
                dmn -> dmn.replaceAll("(?s)  <decision id=\"split_.*?</decision>\n", "")),
                "decisions/cart-v1.dmn lacks decision split_"));
        // ---- personal data in every file type (checksums fixed) ----
        v.add(new Variant("an e-mail address in a journey", t -> t.edited("journeys/welcome-v1.json",
                json -> json.replace("Welcomes new shoppers", "Welcomes jane.doe@example.com and new shoppers")),
                "journeys/welcome-v1.json line", "holds an e-mail address (ja…@example.com)"));
        v.add(new Variant("a phone number in the README", t -> t.edited("README.md",
                readme -> readme + "\nCall +44 20 7946 0958 for the customer.\n"), "README.md line",
                "holds a phone number"));
        v.add(new Variant("a national phone number in a DMN description", t -> t.edited("decisions/welcome-v1.dmn",
                dmn -> dmn.replaceFirst("<description>", "<description>Ring 020 7946 0958. ")),
                "decisions/welcome-v1.dmn line", "holds a phone number"));
        v.add(new Variant("a customer id in a DMN description", t -> t.edited("decisions/welcome-v1.dmn",
                dmn -> dmn.replaceFirst("<description>", "<description>Tested on C00001234. ")),
                "decisions/welcome-v1.dmn line", "holds a customer id (C0…34)"));
        v.add(new Variant("a customer id in the journey schema", t -> t.edited("schemas/journey.schema.json",
                schema -> schema.replaceFirst("\"description\": \"", "\"description\": \"e.g. C00000007 ")),
                "schemas/journey.schema.json line", "holds a customer id"));
        v.add(new Variant("an e-mail address in the plan document", t -> t.edited("markdowns/autumn-v1.json",
                plan -> plan.replaceFirst("\"name\" ?: ?\"", "\"name\": \"ask mia@shop.example ")),
                "markdowns/autumn-v1.json line", "holds an e-mail address"));
        v.add(new Variant("an e-mail address as approver in price-changes.json", t -> t.edited(
                "markdowns/price-changes.json", json -> json.replace("\"noah\"", "\"noah@shop.example\"")),
                "markdowns/price-changes.json line", "holds an e-mail address"));
        v.add(new Variant("a customer_id column in the price-change CSV", t -> t.edited("markdowns/price-changes.csv",
                csv -> csv.replaceFirst("discount_pct", "discount_pct,customer_id")),
                "markdowns/price-changes.csv line 1 holds a customer_id column"));
        v.add(new Variant("an e-mail address in the manifest", t -> {
            Path bundle = t.copy();
            Path manifest = bundle.resolve("manifest.json");
            Files.writeString(manifest, Files.readString(manifest).replace("\"createdBy\" : \"ben\"",
                    "\"createdBy\" : \"ben@shop.example\""));
            return bundle;
        }, "manifest.json line", "holds an e-mail address (be…@shop.example)"));
        // ---- spreadsheet formula cells (checksums fixed) ----
        for (String[] formula : new String[][] {{"+cmd|' /C calc'!A0", "'+'"}, {"=HYPERLINK(\"\"http://x\"\")", "'='"},
            {"@SUM(A1:A9)", "'@'"}, {"-2+3+cmd|' /C calc'!A0", "'-'"}, {"\tP00001", "a tab"}}) {
            v.add(new Variant("a formula cell " + formula[0].strip(), t -> t.edited("markdowns/price-changes.csv",
                    csv -> csv.replaceFirst("\n(S\\d+),P\\d+,", "\n$1,\"" + formula[0] + "\",")),
                    "markdowns/price-changes.csv line 2 column product_id starts with " + formula[1]));
        }
        return v.stream();
    }

    // ---- tampering helpers ----

    /** A copy of the good folder bundle. */
    Path copy() throws IOException {
        Path bundle = work.resolve("bundle");
        try (Stream<Path> paths = Files.walk(good)) {
            for (Path path : paths.sorted().toList()) {
                Path target = bundle.resolve(good.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        return bundle;
    }

    /** A copy with one file edited and its checksum in the manifest fixed, so only a content check can catch it. */
    Path edited(String file, UnaryOperator<String> edit) throws IOException {
        Path bundle = copy();
        edit(bundle, file, edit);
        return bundle;
    }

    static void edit(Path bundle, String file, UnaryOperator<String> edit) throws IOException {
        String before = Files.readString(bundle.resolve(file));
        String after = edit.apply(before);
        assertFalse(before.equals(after), "the edit of " + file + " changed nothing");
        Files.writeString(bundle.resolve(file), after);
        Path manifestFile = bundle.resolve("manifest.json");
        ObjectNode manifest = (ObjectNode) JSON.readTree(manifestFile.toFile());
        ((ObjectNode) manifest.get("files")).put(file, BundleFiles.sha256(after.getBytes(StandardCharsets.UTF_8)));
        Files.writeString(manifestFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
    }

    /** The good files with the welcome journey's holdout set to 0 % and its checksum fixed. */
    Map<String, byte[]> holdoutZeroed() throws IOException {
        Path bundle = edited("journeys/welcome-v1.json", json -> json.replaceFirst("\"holdoutPercent\" ?: ?\\d+",
                "\"holdoutPercent\": 0"));
        Map<String, byte[]> files = new TreeMap<>();
        for (String name : goodFiles.keySet()) {
            files.put(name, Files.readAllBytes(bundle.resolve(name)));
        }
        return files;
    }

    Path zipWith(String name, Consumer<TestZip.Entry> trick) throws IOException {
        List<TestZip.Entry> entries = TestZip.entries(goodFiles);
        entries.stream().filter(e -> e.name.equals(name)).forEach(trick);
        return zip(entries);
    }

    Path zip(List<TestZip.Entry> entries) throws IOException {
        return zip(TestZip.write(entries));
    }

    Path zip(byte[] bytes) throws IOException {
        Path zip = work.resolve("bundle.zip");
        Files.write(zip, bytes);
        return zip;
    }

    Path glued(byte[] first, byte[] second) throws IOException {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return zip(both);
    }
}
