package com.retailstudio.app.cli;

import com.retailstudio.app.ui.DesktopApplication;
import com.retailstudio.ui.dialog.DialogService;
import com.retailstudio.app.ui.WorkspaceSession;
import com.retailstudio.app.workspace.RememberedWorkspace;
import com.retailstudio.data.architecture.AllowedToUseStandardStreams;
import com.retailstudio.data.architecture.AllowedToUseUiSupport;
import java.util.concurrent.atomic.AtomicReference;
import com.retailstudio.app.workspace.WorkspaceLocation;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Opens the workspace and shows the main window on it. */
@AllowedToUseStandardStreams("it prints the first-frame time that the start-up benchmark reads from this process")
@AllowedToUseUiSupport("it starts the desktop application and hands the dialog service on to the window it opens")
final class DesktopLauncher {

    private final Optional<WorkspaceLocation> workspaceLocation;

    DesktopLauncher(Optional<WorkspaceLocation> workspaceLocation) {
        this.workspaceLocation = workspaceLocation;
    }

    /**
     * The workspace named on the command line; without one, the team workspace connected to last time (falling
     * back to the folder, with a message, when it cannot be reached); else the default folder.
     */
    private WorkspaceSession openFirst(DialogService dialogs) {
        if (workspaceLocation.isPresent()) {
            return Sessions.open(workspaceLocation, dialogs);
        }
        Optional<WorkspaceLocation.Server> remembered = RememberedWorkspace.read();
        if (remembered.isPresent()) {
            try {
                return Sessions.open(Optional.of(remembered.get()), dialogs);
            } catch (CommandFailure e) {
                dialogs.inform("Team workspace", e.getMessage() + " Opening your workspace folder instead.");
            }
        }
        return Sessions.open(Optional.empty(), dialogs);
    }

    /**
     * The first workspace, or, when it cannot be opened (e.g. another Retail Studio has the folder open), the reason
     * in a dialog as well as on standard error: started from a desktop icon there is no terminal to read it in.
     *
     * @param toolkitReady waits until dialogs can be shown
     */
    WorkspaceSession openOrExplain(DialogService dialogs, Runnable toolkitReady) {
        try {
            return openFirst(dialogs);
        } catch (RuntimeException e) {
            toolkitReady.run();
            dialogs.inform(CANNOT_OPEN, CommandFailure.describe(e));
            throw e;
        }
    }

    static final String CANNOT_OPEN = "Retail Studio cannot open the workspace";

    /** Opens the chosen workspace and remembers it; when it cannot be opened, says why and reopens the current one. */
    private static WorkspaceSession switchTo(WorkspaceLocation target, WorkspaceLocation current,
                                             DialogService dialogs) {
        try {
            WorkspaceSession opened = Sessions.open(Optional.of(target), dialogs);
            if (target instanceof WorkspaceLocation.Server server) {
                RememberedWorkspace.remember(server);
            } else {
                RememberedWorkspace.forget();
            }
            return opened;
        } catch (CommandFailure e) {
            dialogs.inform("Connect to team workspace", e.getMessage() + " Staying on " + current.describe() + ".");
            return Sessions.open(Optional.of(current), dialogs);
        }
    }

    int launch(boolean closeAfterFirstFrame) throws Exception {
        if (!DesktopApplication.hasDisplay()) {
            throw new CommandFailure("No graphical display was found (DISPLAY is not set); run a subcommand "
                    + "such as 'retail-studio screenshot' to work headless, or see 'retail-studio --help'.");
        }
        // The toolkit and the workspace take similar time to start; do both at once.
        CompletableFuture<Void> toolkit = CompletableFuture.runAsync(DesktopApplication::startToolkit);
        // Connecting to a team workspace may ask for a password: only that dialog waits for the toolkit.
        DialogService dialogs = DialogService.afterStartup(DialogService.platform(), toolkit);
        WorkspaceSession session;
        try {
            session = openOrExplain(dialogs, toolkit::join);
        } catch (RuntimeException e) {
            toolkit.join();
            DesktopApplication.stopToolkit();
            throw e;
        }
        toolkit.join();
        try {
            // File → Connect to team workspace… (or back to the folder) closes the window and opens it again there.
            while (session != null) {
                AtomicReference<WorkspaceLocation> next = new AtomicReference<>();
                session.onSwitchWorkspace(target -> {
                    next.set(target);
                    DesktopApplication.closeWindow();
                });
                WorkspaceLocation current = session.workspace().location();
                try (WorkspaceSession shown = session) {
                    DesktopApplication.run(shown.shellContext(), nanos -> {
                        if (closeAfterFirstFrame) {
                            // Wall-clock time, so the benchmark can subtract the moment it started this process.
                            System.out.println(BenchmarkStartupCommand.FIRST_FRAME_PREFIX + System.currentTimeMillis());
                        }
                    }, closeAfterFirstFrame);
                }
                session = next.get() == null ? null : switchTo(next.get(), current, dialogs);
            }
        } finally {
            DesktopApplication.stopToolkit();
        }
        return 0;
    }
}
