package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.retailstudio.ui.dialog.DialogService;
import com.retailstudio.app.ui.UiTestSupport;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.app.workspace.WorkspaceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #15 item 13: a second start on an open workspace says why in a dialog, not only on a terminal. */
class DesktopLauncherTest {

    @Test
    void aWorkspaceAlreadyOpenIsExplainedInADialogBeforeTheProcessEnds(@TempDir Path folder) {
        Path directory = folder.resolve("workspace");
        List<String> shown = new ArrayList<>();
        DialogService dialogs = UiTestSupport.userWhoReads(shown);
        List<String> waitedForToolkit = new ArrayList<>();
        try (Workspace first = Workspace.open(directory)) {
            DesktopLauncher second = new DesktopLauncher(Optional.of(new WorkspaceLocation.Folder(directory)));

            CommandFailure failure = assertThrows(CommandFailure.class,
                    () -> second.openOrExplain(dialogs, () -> waitedForToolkit.add("toolkit")));

            assertEquals(List.of("toolkit"), waitedForToolkit, "the dialog waits for the toolkit");
            assertEquals(List.of(DesktopLauncher.CANNOT_OPEN + ": " + failure.getMessage()), shown);
            assertEquals("The workspace " + directory + " is already open in this Retail Studio process (pid "
                    + ProcessHandle.current().pid() + "); close it first or pass --workspace DIR.", failure.getMessage());
        }
    }
}
