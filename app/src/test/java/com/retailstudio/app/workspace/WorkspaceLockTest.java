package com.retailstudio.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceLockTest {

    @TempDir
    Path temp;

    @Test
    void openingTheSameWorkspaceTwiceInOneProcessIsRefusedWithAClearMessage() {
        try (Workspace first = Workspace.open(temp)) {
            WorkspaceInUseException inUse = assertThrows(WorkspaceInUseException.class, () -> Workspace.open(temp));

            long pid = ProcessHandle.current().pid();
            assertEquals("The workspace " + temp + " is already open in this Retail Studio process (pid " + pid
                    + "); close it first or pass --workspace DIR.", inUse.getMessage());
            assertEquals(OptionalLong.of(pid), inUse.holderPid());
            // The refused attempt must not have released the first one's lock or closed its database.
            first.settings().put(SettingsStore.THEME, "dark");
        }
    }

    @Test
    void theSameFolderThroughAnotherPathIsStillRecognised() throws Exception {
        Path link = Files.createSymbolicLink(temp.resolve("link"), Files.createDirectories(temp.resolve("real")));
        try (Workspace first = Workspace.open(temp.resolve("real"))) {
            assertThrows(WorkspaceInUseException.class, () -> Workspace.open(link));
        }
    }

    @Test
    void afterCloseTheWorkspaceOpensAgain() {
        Workspace.open(temp).close();
        try (Workspace again = Workspace.open(temp)) {
            assertEquals(0, again.migrationsAppliedOnOpen());
        }
    }

    @Test
    void aLockFileLeftByADeadProcessDoesNotBlock() throws Exception {
        Workspace.open(temp).close();
        Files.writeString(temp.resolve(WorkspaceLock.FILE_NAME), "999999");

        try (Workspace workspace = Workspace.open(temp)) {
            workspace.settings().put(SettingsStore.THEME, "dark");
        }
    }

    @Test
    void closingReleasesTheLockSoThePidIsGone() throws Exception {
        Workspace.open(temp).close();

        assertEquals("", Files.readString(temp.resolve(WorkspaceLock.FILE_NAME)));
    }
}
