package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.journeys.WorkspaceJourneyLibrary;
import com.retailstudio.app.workspace.SettingsStore;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.testsupport.CommandLineHarness;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code journey list}: drafts and versions, one stable tab-separated line per journey, for pipelines. */
class JourneyListCommandTest {

    private final CommandLineHarness cli = RetailStudioCli.harness();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void draftsAndVersionsAreListedByIdWithTheDraftTimeTheNewestVersionAndItsReviewState(@TempDir Path folder)
            throws Exception {
        Path ws = folder.resolve("ws");
        Instant cartChanged;
        Instant winbackChanged;
        try (Workspace workspace = Workspace.open(ws)) {
            workspace.settings().put(SettingsStore.DISPLAY_NAME, "ana");
            WorkspaceJourneyLibrary library = new WorkspaceJourneyLibrary(workspace,
                    new ReviewWorkflow(workspace, DocumentChecks.forReview()));
            // A draft never versioned; a draft submitted and approved; a journey with versions but no draft left.
            library.saveDraft(JourneyTemplates.load("winback").orElseThrow());
            Journey cart = JourneyTemplates.load("cart-abandonment").orElseThrow();
            library.saveDraft(cart);
            library.submitForReview(cart);
            new ReviewWorkflow(workspace, DocumentChecks.forReview())
                    .approve("journey", cart.id(), "ben", Optional.empty());
            Journey welcome = JourneyTemplates.load("welcome-series").orElseThrow();
            library.saveDraft(welcome);
            library.saveVersion(welcome);
            // a second version only when something changed: the first wait made a week long
            library.saveVersion(JourneyJson.parse(JourneyJson
                    .toJson(welcome).replaceFirst("\"duration\": \"2d\"", "\"duration\": \"1w\"")));
            library.deleteDraft(welcome.id());
            cartChanged = workspace.journeyDrafts().get(cart.id()).orElseThrow().updatedAt();
            winbackChanged = workspace.journeyDrafts().get("winback").orElseThrow().updatedAt();
        }

        assertEquals(0, run("journey", "list", "--workspace", ws.toString()), cli.err());
        assertEquals(List.of(
                "cart-abandonment\tCart abandonment\t" + cartChanged + "\tv1\tapproved\tana",
                "welcome-series\tWelcome series\t-\tv2\tsaved\tana",
                "winback\tWin-back\t" + winbackChanged + "\t-\t-\tana"),
                cli.out().lines().toList());
        assertEquals("", cli.err());
    }

    @Test
    void anEmptyWorkspaceListsNoLineAndSaysWhyOnStandardError(@TempDir Path folder) {
        assertEquals(0, run("journey", "list", "--workspace", folder.resolve("ws").toString()));
        assertEquals("", cli.out());
        assertEquals("No journeys in the workspace yet; add one with 'retail-studio journey import'.",
                cli.err().strip());
    }
}
