package com.retailstudio.app.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.data.columnar.KeptQuality;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.data.quality.DataQualityChecker;
import com.retailstudio.data.quality.DataQualityReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSetImporterTest {

    @TempDir
    Path temp;

    private Workspace workspace;
    private DataSetImporter importer;

    @BeforeEach
    void openWorkspace() {
        workspace = Workspace.open(temp.resolve("workspace"));
        importer = new DataSetImporter(workspace, Clock.systemUTC());
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    @Test
    void firstStartImportsTheBundledSampleAsTheActiveDataSet() throws IOException {
        ImportedDataSet imported = importer.importSampleIfEmpty(ImportProgress.NONE).orElseThrow();

        assertEquals(DataSetImporter.SAMPLE_NAME, imported.dataSet().name());
        assertTrue(imported.report().usable());
        assertEquals(Optional.of(imported.dataSet()), workspace.dataSets().active());
        Path copy = Path.of(imported.dataSet().sourcePath());
        assertTrue(copy.startsWith(workspace.directory().resolve("datasets")));
        for (String name : BundledSample.fileNames()) {
            assertTrue(Files.isRegularFile(copy.resolve(name)), name + " is in the workspace copy");
        }
    }

    @Tag("slow") // one more import of the whole sample; fast: DataViewModelTest (the kept report)
    @Test
    void theImportsReportIsKeptWithItsCopyAndJudgedWhenReadWithoutReadingTheFiles() throws IOException {
        DataSetImporter atNoon = new DataSetImporter(workspace,
                Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC));
        Path folder = temp.resolve("folder");
        BundledSample.extractTo(folder);
        ImportedDataSet imported = atNoon.importFolder("Spring", folder, ImportProgress.NONE);
        DataQualityReport checkedNow = atNoon.check(imported.dataSet());
        assertTrue(checkedNow.freshness().stale(), "a folder (not the bundled sample) months old is judged stale");
        assertEquals(Optional.of(checkedNow), atNoon.keptReport(imported.dataSet()));

        // a file of the workspace's copy of the CSV files is gone: a check of the files now finds it missing
        Files.delete(Path.of(imported.dataSet().sourcePath()).resolve("events.csv"));
        assertFalse(atNoon.check(imported.dataSet()).usable());
        // and the columnar copy is no longer that folder's: nothing kept is shown for files that changed
        assertEquals(Optional.empty(), atNoon.keptReport(imported.dataSet()));
    }

    @Test
    @Tag("slow") // one more import of the whole sample; the other tests here import it in the fast suite
    void theBundledSamplesKeptReportDoesNotJudgeItsAgeAndAnUnreadableOneIsNone() throws IOException {
        ImportedDataSet sample = importer.importSampleIfEmpty(ImportProgress.NONE).orElseThrow();
        DataQualityReport kept = importer.keptReport(sample.dataSet()).orElseThrow();
        assertFalse(kept.freshness().judged());
        assertEquals(sample.report().files(), kept.files());
        assertEquals(sample.report().consentCoverage(), kept.consentCoverage());

        Path copy = ColumnarCopies.find(workspace.directory().resolve("datasets"),
                Path.of(sample.dataSet().sourcePath())).orElseThrow().folder();
        Files.writeString(copy.resolve(KeptQuality.FILE_NAME), "{\"schemaVersion\": 0}");
        assertEquals(Optional.empty(), importer.keptReport(sample.dataSet()), "an unreadable kept report");
    }

    @Test
    void anImportBuildsItsQualityReportOnceInThePassThatWritesTheColumnarCopy() throws IOException {
        Path folder = temp.resolve("folder");
        BundledSample.extractTo(folder);
        long before = DataQualityChecker.reportsBuilt();

        ImportedDataSet imported = importer.importFolder("Spring", folder, ImportProgress.NONE);

        assertEquals(1, DataQualityChecker.reportsBuilt() - before, "one report, not a check and then the copy's");
        assertEquals(folder.toAbsolutePath().toString(), imported.report().dataFolder());
        assertEquals(Optional.of(imported.report().files()), importer.keptReport(imported.dataSet())
                .map(DataQualityReport::files), "the report the import admitted it on is the one kept");
        assertEquals(DataQualityChecker.check(folder, Clock.systemUTC()).problems(), imported.report().problems(),
                "the same findings as a check of the folder");
    }

    @Test
    @Tag("slow") // one more import of the whole sample; the other tests here import it in the fast suite
    void theSampleIsImportedOnlyOnce() {
        importer.importSampleIfEmpty(ImportProgress.NONE);

        assertEquals(Optional.empty(), importer.importSampleIfEmpty(ImportProgress.NONE));
        assertEquals(1, workspace.dataSets().list().size());
    }

    @Test
    void aDataSetWithErrorsIsRefusedNamingFileAndLineAndNothingChanges() throws IOException {
        importer.importSampleIfEmpty(ImportProgress.NONE);
        Path broken = temp.resolve("broken");
        BundledSample.extractTo(broken);
        List<String> customers = Files.readAllLines(broken.resolve("customers.csv"));
        customers.set(3, customers.get(3).replaceFirst(",GB,|,DE,|,FR,|,NL,|,US,", ",XX,"));
        Files.write(broken.resolve("customers.csv"), customers);

        DataSetRejectedException refused = assertThrows(DataSetRejectedException.class,
                () -> importer.importFolder("Broken", broken, ImportProgress.NONE));

        assertTrue(refused.getMessage().contains("customers.csv line 4, column country"), refused.getMessage());
        assertEquals(1, workspace.dataSets().list().size());
        assertEquals(DataSetImporter.SAMPLE_NAME, workspace.dataSets().active().orElseThrow().name());
        assertEquals(1, foldersUnder(workspace.directory().resolve("datasets")));
    }

    @Test
    void aCancelledImportLeavesNoFolderAndNoRegistration() throws IOException {
        Path source = temp.resolve("source");
        BundledSample.extractTo(source);
        ImportProgress cancelAfterCheck = new ImportProgress() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThrows(CancellationException.class, () -> importer.importFolder("Mine", source, cancelAfterCheck));

        assertTrue(workspace.dataSets().list().isEmpty());
        assertFalse(Files.exists(workspace.directory().resolve("datasets"))
                && foldersUnder(workspace.directory().resolve("datasets")) > 0);
    }

    @Test
    @Tag("slow") // one more import of the whole sample; the other tests here import it in the fast suite
    void importingAnotherFolderMakesItActiveAndKeepsTheEarlierOne() throws IOException {
        importer.importSampleIfEmpty(ImportProgress.NONE);
        Path mine = temp.resolve("mine");
        BundledSample.extractTo(mine);

        ImportedDataSet imported = importer.importFolder("Mine", mine, ImportProgress.NONE);

        assertEquals(2, workspace.dataSets().list().size());
        assertEquals("Mine", workspace.dataSets().active().orElseThrow().name());
        assertEquals(imported.dataSet().fingerprint(), workspace.dataSets().list().get(0).fingerprint(),
                "the same files give the same fingerprint");
    }

    /** CSV copies under the folder (the columnar copies, {@code parquet-*}, sit beside them). */
    private static long foldersUnder(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith("parquet-")).count();
        }
    }
}
