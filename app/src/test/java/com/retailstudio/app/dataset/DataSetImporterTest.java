package com.retailstudio.app.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.RegisteredDataSet;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.data.generate.BundledSample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

    @Test
    void theImportsReportIsKeptAndReadBackWithoutReadingTheFiles() throws IOException {
        Path folder = temp.resolve("folder");
        BundledSample.extractTo(folder);
        ImportedDataSet imported = importer.importFolder("Spring", folder, ImportProgress.NONE);
        assertEquals(Optional.of(imported.report()), importer.keptReport(imported.dataSet()));

        // the workspace's copy of the files is gone: a check of the files now finds them missing, the kept one not
        Path copy = Path.of(imported.dataSet().sourcePath());
        Files.delete(copy.resolve("events.csv"));
        assertFalse(importer.check(imported.dataSet()).usable());
        assertEquals(Optional.of(imported.report()), importer.keptReport(imported.dataSet()));
        assertTrue(importer.keptReport(imported.dataSet()).orElseThrow().usable());
    }

    @Test
    void aDataSetImportedBeforeReportsWereKeptHasNone() throws IOException {
        ImportedDataSet imported = importer.importSampleIfEmpty(ImportProgress.NONE).orElseThrow();
        workspace.documents().saveDocument(new DocumentDraft(DataSetImporter.KEPT_REPORT_KIND,
                Long.toString(imported.dataSet().id()), "imported", "{\"schemaVersion\": 0}"));
        assertEquals(Optional.empty(), importer.keptReport(imported.dataSet()), "an unreadable kept report");
        RegisteredDataSet other = new RegisteredDataSet(imported.dataSet().id() + 100, "never imported",
                imported.dataSet().sourcePath(), "f", imported.dataSet().importedAt(), false);
        assertEquals(Optional.empty(), importer.keptReport(other));
    }

    @Test
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
