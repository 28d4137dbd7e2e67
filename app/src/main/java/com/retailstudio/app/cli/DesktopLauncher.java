package com.retailstudio.app.cli;

import com.retailstudio.app.ui.DesktopApplication;
import com.retailstudio.app.ui.DialogService;
import com.retailstudio.app.ui.shell.ShellContext;
import com.retailstudio.app.ui.WorkspaceSession;
import com.retailstudio.app.workspace.WorkspaceLocation;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Opens the workspace and shows the main window on it. */
final class DesktopLauncher {

    private final Optional<WorkspaceLocation> workspaceLocation;

    DesktopLauncher(Optional<WorkspaceLocation> workspaceLocation) {
        this.workspaceLocation = workspaceLocation;
    }

    int launch(boolean closeAfterFirstFrame) throws Exception {
        if (!DesktopApplication.hasDisplay()) {
            throw new CommandFailure("No graphical display was found (DISPLAY is not set); run a subcommand "
                    + "such as 'retail-studio screenshot' to work headless, or see 'retail-studio --help'.");
        }
        // The toolkit and the workspace take similar time to start; do both at once.
        CompletableFuture<Void> toolkit = CompletableFuture.runAsync(DesktopApplication::startToolkit);
        WorkspaceSession opened;
        try {
            // Connecting to a team workspace may ask for a password: only that dialog waits for the toolkit.
            opened = Sessions.open(workspaceLocation, DialogService.afterStartup(DialogService.platform(), toolkit));
        } catch (RuntimeException e) {
            toolkit.join();
            DesktopApplication.stopToolkit();
            throw e;
        }
        toolkit.join();
        try (WorkspaceSession session = opened) {
            ShellContext context = session.shellContext();
            DesktopApplication.run(context, nanos -> {
                if (closeAfterFirstFrame) {
                    // Wall-clock time, so the benchmark can subtract the moment it started this process.
                    System.out.println(BenchmarkStartupCommand.FIRST_FRAME_PREFIX + System.currentTimeMillis());
                }
            }, closeAfterFirstFrame);
        }
        return 0;
    }
}
