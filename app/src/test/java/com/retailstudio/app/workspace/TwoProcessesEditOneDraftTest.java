package com.retailstudio.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two Retail Studio processes edit the same journey draft on a team workspace: the second save gets the conflict. */
@Tag("slow")
class TwoProcessesEditOneDraftTest {

    private static final Duration STEP = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    @Test
    void theSecondSaveIsRefusedNamingWhoSavedFirstAndTheFirstChangeIsKept() throws Exception {
        PostgresTestServer postgres = PostgresTestServer.get();
        postgres.login("ana", TeamRole.DESIGNER);
        postgres.login("ben", TeamRole.DESIGNER);
        WorkspaceLocation.Server server = postgres.newWorkspace();
        try (Workspace ana = Workspace.open(server.as("ana"), PostgresTestServer.PROMPT)) {
            ana.journeyDrafts().save("welcome", "Welcome", 1, "{\"by\":\"ana\"}", JourneyDraftStore.NEW_DRAFT);
        }

        try (ChildJvm anaProcess = editor(server, "ana", "{\"by\":\"ana, again\"}", "ana.err");
             ChildJvm benProcess = editor(server, "ben", "{\"by\":\"ben\"}", "ben.err")) {
            assertEquals("opened 1", anaProcess.nextLine(STEP));
            assertEquals("opened 1", benProcess.nextLine(STEP));

            benProcess.send("save");
            assertEquals("saved 2", benProcess.nextLine(STEP));
            anaProcess.send("save");
            String refused = anaProcess.nextLine(STEP);

            assertTrue(refused.startsWith("conflict The draft of journey 'welcome' was changed by ben at "), refused);
        }
        try (Workspace reader = Workspace.open(server.as("ana"), PostgresTestServer.PROMPT)) {
            JourneyDraftStore.StoredDraft stored = reader.journeyDrafts().get("welcome").orElseThrow();
            assertEquals("{\"by\":\"ben\"}", stored.body());
            assertEquals("ben", stored.author());
            assertEquals(2, stored.revision());
        }
    }

    private ChildJvm editor(WorkspaceLocation.Server server, String login, String body, String errorLog)
            throws Exception {
        return ChildJvm.start(temp.resolve(errorLog), TeamDraftEditorProcess.class, server.host(),
                Integer.toString(server.port()), server.database(), login, "welcome", body);
    }
}
