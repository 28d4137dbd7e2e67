package com.retailstudio.app.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A data-set import killed mid-way leaves folders in {@code datasets/}; the next start removes them and only them. */
@Tag("slow")
class KilledImportCleanupTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "killed when {0}* appears")
    @ValueSource(strings = {".importing-", "dataset-"})
    void theNextStartRemovesWhatAKilledImportLeft(String prefix) throws Exception {
        Path workspaceFolder = temp.resolve("workspace");
        Workspace.open(workspaceFolder).close();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), ImportChildProcess.class.getName(), workspaceFolder.toString(),
                prefix);
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("child.log").toFile()).start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child did not end");
        assertEquals(137, child.exitValue(), "the child was not killed: " + Files.readString(temp.resolve("child.log")));
        Path datasets = workspaceFolder.resolve(DataSetImporter.DATASETS_FOLDER);
        assertFalse(children(datasets).isEmpty(), "the killed import left nothing, so this test proves nothing");

        try (Workspace reopened = Workspace.open(workspaceFolder)) {
            DataSetImporter importer = new DataSetImporter(reopened, Clock.systemUTC());
            List<Path> removed = importer.removeOrphans();

            List<Path> registered = reopened.dataSets().list().stream().map(d -> Path.of(d.sourcePath())).toList();
            assertEquals(registered.size(), children(datasets).size(), "left: " + children(datasets)
                    + ", removed: " + removed);
            importer.importSampleIfEmpty(ImportProgress.NONE);
            assertEquals(1, reopened.dataSets().list().size());
            assertEquals(1, children(datasets).size());
        }
    }

    @Test
    void foldersOfRegisteredDataSetsAndFoldersOfOtherNamesAreKept() throws Exception {
        try (Workspace workspace = Workspace.open(temp.resolve("workspace"))) {
            DataSetImporter importer = new DataSetImporter(workspace, Clock.systemUTC());
            importer.importSampleIfEmpty(ImportProgress.NONE);
            Path datasets = workspace.directory().resolve(DataSetImporter.DATASETS_FOLDER);
            Files.createDirectories(datasets.resolve(".importing-123/x"));
            Files.createDirectories(datasets.resolve("dataset-1-999"));
            Files.createDirectories(datasets.resolve("my-notes"));

            assertEquals(2, importer.removeOrphans().size());

            assertEquals(List.of(Path.of(workspace.dataSets().active().orElseThrow().sourcePath()).getFileName()
                    .toString(), "my-notes"), children(datasets).stream().map(p -> p.getFileName().toString())
                    .sorted().toList());
        }
    }

    /** The folder's children but the columnar copies ({@code parquet-*}), which sit beside the CSV copies. */
    private static List<Path> children(Path folder) throws Exception {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(p -> !p.getFileName().toString().startsWith("parquet-")).toList();
        }
    }
}
