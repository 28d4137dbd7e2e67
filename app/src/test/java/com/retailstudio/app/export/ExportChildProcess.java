package com.retailstudio.app.export;

import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Exports a workspace in a child JVM and dies — {@code Runtime.halt}, no shutdown hooks, like SIGKILL — at the moment
 * something appears: {@code bundle} when the bundle shows up at its destination, {@code staging} when the hidden
 * staging copy shows up beside it.
 *
 * <p>Arguments: workspace folder, bundle path, {@code zip|folder}, {@code bundle|staging}.
 */
final class ExportChildProcess {

    private ExportChildProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path workspaceFolder = Path.of(args[0]);
        Path out = Path.of(args[1]);
        boolean zip = args[2].equals("zip");
        boolean atStaging = args[3].equals("staging");
        Thread killer = new Thread(() -> {
            while (!(atStaging ? stagingExists(out.getParent()) : Files.exists(out))) {
                Thread.onSpinWait();
            }
            Runtime.getRuntime().halt(137);
        }, "killer");
        killer.setDaemon(true);
        killer.start();
        try (Workspace workspace = Workspace.open(workspaceFolder)) {
            new BundleExporter(workspace, new ReviewWorkflow(workspace, Map.of()), Clock.systemUTC(), "test",
                    JourneyForecast.NONE).export(out, zip, "ben");
        }
        System.out.println("exported without being killed");
        killer.join(5000);
        Runtime.getRuntime().halt(0);
    }

    private static boolean stagingExists(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.anyMatch(child -> child.getFileName().toString().startsWith(".bundle-"));
        } catch (IOException e) {
            return false;
        }
    }
}
