package com.retailstudio.app.dataset;

import com.retailstudio.app.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

/**
 * Imports the bundled sample in a child JVM and dies — {@code Runtime.halt}, like SIGKILL — the moment a folder whose
 * name starts with the given prefix appears in the workspace's {@code datasets/}.
 *
 * <p>Arguments: workspace folder, folder-name prefix ({@code .importing-} or {@code dataset-}).
 */
final class ImportChildProcess {

    private ImportChildProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path workspaceFolder = Path.of(args[0]);
        String prefix = args[1];
        Path datasets = workspaceFolder.resolve(DataSetImporter.DATASETS_FOLDER);
        Thread killer = new Thread(() -> {
            while (!appeared(datasets, prefix)) {
                Thread.onSpinWait();
            }
            Runtime.getRuntime().halt(137);
        }, "killer");
        killer.setDaemon(true);
        killer.start();
        try (Workspace workspace = Workspace.open(workspaceFolder)) {
            new DataSetImporter(workspace, Clock.systemUTC()).importSampleIfEmpty(ImportProgress.NONE);
        }
        System.out.println("imported without being killed");
        killer.join(5000);
        Runtime.getRuntime().halt(0);
    }

    private static boolean appeared(Path datasets, String prefix) {
        if (!Files.isDirectory(datasets)) {
            return false;
        }
        try (Stream<Path> children = Files.list(datasets)) {
            return children.anyMatch(child -> child.getFileName().toString().startsWith(prefix));
        } catch (IOException e) {
            return false;
        }
    }
}
