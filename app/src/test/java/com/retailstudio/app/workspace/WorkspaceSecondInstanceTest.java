package com.retailstudio.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow")
class WorkspaceSecondInstanceTest {

    @TempDir
    Path temp;

    @Test
    void aSecondProcessIsToldWhichProcessHoldsTheWorkspaceAndMayOpenItOnceThatProcessIsKilled() throws Exception {
        Path folder = temp.resolve("workspace");
        try (ChildJvm holder = ChildJvm.start(temp.resolve("holder.err"), WorkspaceChildProcess.class, "hold",
                folder.toString())) {
            assertEquals("open", holder.nextLine(Duration.ofSeconds(15)));

            WorkspaceInUseException inUse = assertThrows(WorkspaceInUseException.class, () -> Workspace.open(folder));

            assertEquals("The workspace " + folder + " is already open in another Retail Studio process (pid "
                    + holder.pid() + "); close it first or pass --workspace DIR.", inUse.getMessage());
            assertEquals(OptionalLong.of(holder.pid()), inUse.holderPid());
            assertEquals(folder, inUse.directory());

            holder.kill();
        }

        try (Workspace workspace = Workspace.open(folder)) {
            workspace.settings().put(SettingsStore.THEME, "dark");
            assertEquals(0, workspace.migrationsAppliedOnOpen());
        }
    }

    @Test
    void aRefusedSecondOpenInThisProcessKeepsOtherProcessesLockedOut() throws Exception {
        Path folder = temp.resolve("workspace");
        try (Workspace workspace = Workspace.open(folder)) {
            assertThrows(WorkspaceInUseException.class, () -> Workspace.open(folder));

            try (ChildJvm probe = ChildJvm.start(temp.resolve("probe.err"), WorkspaceChildProcess.class, "probe",
                    folder.toString())) {
                assertEquals("in use: The workspace " + folder + " is already open in another Retail Studio process"
                        + " (pid " + ProcessHandle.current().pid() + "); close it first or pass --workspace DIR.",
                        probe.nextLine(Duration.ofSeconds(15)));
            }
        }
    }
}
