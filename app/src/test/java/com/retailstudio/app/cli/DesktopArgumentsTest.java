package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.retailstudio.app.workspace.WorkspaceLocation;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DesktopArgumentsTest {

    @Test
    void noArgumentsOpenTheDesktopOnTheDefaultWorkspace() {
        assertEquals(Optional.of(new DesktopArguments(Optional.empty(), false)), DesktopArguments.parse());
    }

    @Test
    void aWorkspaceInEitherSpellingOpensTheDesktopOnIt() {
        DesktopArguments expected = new DesktopArguments(Optional.of(new WorkspaceLocation.Folder(Path.of("/tmp/w"))), false);
        assertEquals(Optional.of(expected), DesktopArguments.parse("--workspace", "/tmp/w"));
        assertEquals(Optional.of(expected), DesktopArguments.parse("--workspace=/tmp/w"));
    }

    @Test
    void theBenchmarkFlagIsUnderstood() {
        assertEquals(Optional.of(new DesktopArguments(Optional.of(new WorkspaceLocation.Folder(Path.of("w"))), true)),
                DesktopArguments.parse("--close-after-first-frame", "--workspace", "w"));
    }

    @Test
    void aTeamWorkspaceUrlOpensTheDesktopOnTheServer() {
        DesktopArguments expected = new DesktopArguments(Optional.of(
                new WorkspaceLocation.Server("db.example.com", 6543, "retail", Optional.empty())), false);
        assertEquals(Optional.of(expected), DesktopArguments.parse("--workspace", "postgresql://db.example.com:6543/retail"));
    }

    @Test
    void anythingElseGoesToTheFullCommandLine() {
        assertEquals(Optional.empty(), DesktopArguments.parse("--workspace", "postgresql://no-database"));
        assertEquals(Optional.empty(), DesktopArguments.parse("--help"));
        assertEquals(Optional.empty(), DesktopArguments.parse("--workspace"));
        assertEquals(Optional.empty(), DesktopArguments.parse("--workspace", "--help"));
        assertEquals(Optional.empty(), DesktopArguments.parse("--workspace", "w", "export", "--out", "b"));
        assertEquals(Optional.empty(), DesktopArguments.parse("--workspace", "a", "--workspace", "b"));
    }
}
