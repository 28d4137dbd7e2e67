package com.retailstudio.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RememberedWorkspaceTest {

    @TempDir
    Path home;

    private String previousHome;

    @BeforeEach
    void homeOfTheTest() {
        previousHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
    }

    @AfterEach
    void restoreHome() {
        System.setProperty("user.home", previousHome);
    }

    @Test
    void theTeamWorkspaceIsRememberedOutsideAnyWorkspaceAsItsUrlAloneUntilForgotten() throws Exception {
        WorkspaceLocation.Server server = new WorkspaceLocation.Server("db.example.com", 6543, "retail",
                Optional.of("ana"));

        RememberedWorkspace.remember(server);

        assertEquals(Optional.of(server), RememberedWorkspace.read());
        assertEquals("postgresql://ana@db.example.com:6543/retail\n",
                Files.readString(home.resolve(".retail-studio/team-workspace")));
        RememberedWorkspace.forget();
        assertEquals(Optional.empty(), RememberedWorkspace.read());
        assertFalse(Files.exists(home.resolve(".retail-studio/team-workspace")));
    }

    @Test
    void aFileThatNoLongerReadsAsATeamWorkspaceIsIgnored() throws Exception {
        Files.createDirectories(home.resolve(".retail-studio"));
        Files.writeString(home.resolve(".retail-studio/team-workspace"), "postgresql://no-database\n");

        assertEquals(Optional.empty(), RememberedWorkspace.read());
    }
}
