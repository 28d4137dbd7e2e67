package com.retailstudio.app.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.workspace.DocumentVersion;
import com.retailstudio.app.workspace.ReviewState;
import com.retailstudio.app.workspace.SettingsStore;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.edit.JourneyEdits;
import com.retailstudio.designer.edit.NodeKind;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.library.JourneyVersion;
import com.retailstudio.designer.library.LibraryEntry;
import com.retailstudio.designer.library.SubmissionRefusedException;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.Position;
import com.retailstudio.designer.ui.JourneysViewModel;
import com.retailstudio.ui.feedback.Feedback;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceJourneyLibraryTest {

    @TempDir
    Path folder;

    private static WorkspaceJourneyLibrary library(Workspace workspace) {
        return new WorkspaceJourneyLibrary(workspace, new ReviewWorkflow(workspace, DocumentChecks.forReview()));
    }

    @Test
    void aDraftSavedOnEveryEditIsThereAfterTheWorkspaceIsReopened() throws Exception {
        Journey cart = JourneyTemplates.load("cart-abandonment").orElseThrow();
        Journey edited = JourneyEdits.addNode(cart, NodeKind.WAIT, new Position(40, 900));
        try (Workspace workspace = Workspace.open(folder)) {
            workspace.settings().put(SettingsStore.DISPLAY_NAME, "ana");
            WorkspaceJourneyLibrary library = library(workspace);
            library.saveDraft(cart);
            library.saveDraft(edited);
        }
        try (Workspace workspace = Workspace.open(folder)) {
            WorkspaceJourneyLibrary library = library(workspace);
            assertEquals(Optional.of(edited), library.draft("cart-abandonment"));
            List<LibraryEntry> entries = library.list();
            assertEquals(1, entries.size());
            LibraryEntry entry = entries.get(0);
            assertEquals("cart-abandonment", entry.id());
            assertEquals(cart.name(), entry.name());
            assertEquals("Draft", entry.status());
            assertEquals("ana", entry.author());
            assertEquals(edited.nodes().size(), entry.steps());
        }
    }

    @Test
    void theMostRecentlyChangedDraftIsListedFirstAndADeletedDraftIsGone() {
        try (Workspace workspace = Workspace.open(folder)) {
            WorkspaceJourneyLibrary library = library(workspace);
            library.saveDraft(JourneyTemplates.load("winback").orElseThrow());
            library.saveDraft(JourneyTemplates.load("welcome-series").orElseThrow());
            assertEquals(List.of("welcome-series", "winback"), library.list().stream().map(LibraryEntry::id).toList());
            library.deleteDraft("welcome-series");
            assertEquals(List.of("winback"), library.list().stream().map(LibraryEntry::id).toList());
            assertEquals(Optional.empty(), library.draft("welcome-series"));
        }
    }

    @Test
    void savingAVersionStoresTheJourneyFileWithItsVersionNumber() throws Exception {
        try (Workspace workspace = Workspace.open(folder)) {
            WorkspaceJourneyLibrary library = library(workspace);
            Journey winback = JourneyTemplates.load("winback").orElseThrow();
            library.saveDraft(winback);
            assertEquals(1, library.saveVersion(winback));
            assertEquals(1, library.saveVersion(winback), "an unchanged journey is not saved as a second version");
            Journey renamed = JourneyJson.parse(JourneyJson.toJson(winback).replace("\"name\": \"Win-back\"",
                    "\"name\": \"Win them back\""));
            assertEquals(2, library.saveVersion(renamed));
            DocumentVersion latest = workspace.documents().latest("journey", "winback").orElseThrow();
            assertEquals(2, latest.version());
            assertEquals(renamed.withVersion(2), JourneyJson.parse(latest.body()));
            assertEquals("v2 saved", library.list().get(0).status());
        }
    }

    @Test
    void submittingFreezesAVersionInReview() {
        try (Workspace workspace = Workspace.open(folder)) {
            WorkspaceJourneyLibrary library = library(workspace);
            Journey cart = JourneyTemplates.load("cart-abandonment").orElseThrow();
            library.saveDraft(cart);
            assertEquals(1, library.submitForReview(cart));
            assertEquals(ReviewState.IN_REVIEW, workspace.reviews().find("journey", cart.id(), 1).orElseThrow().state());
            assertEquals("v1 in review", library.list().get(0).status());
        }
    }

    @Test
    void aJourneyWithLintErrorsIsNotSubmittedAndTheReasonIsGiven() {
        try (Workspace workspace = Workspace.open(folder)) {
            WorkspaceJourneyLibrary library = library(workspace);
            Journey cart = JourneyTemplates.load("cart-abandonment").orElseThrow();
            Journey broken = JourneyEdits.addNode(cart, NodeKind.EXIT, new Position(0, 2000));
            library.saveDraft(broken);
            SubmissionRefusedException refused = assertThrows(SubmissionRefusedException.class,
                    () -> library.submitForReview(broken));
            assertTrue(refused.getMessage().contains("cannot be submitted"), refused.getMessage());
            assertTrue(refused.getMessage().contains("exit-1"), refused.getMessage());
            assertEquals(Optional.empty(), workspace.documents().latest("journey", cart.id()),
                    "no version is frozen for a refused submission");
        }
    }

    @Test
    void anEditThatCannotBeStoredStaysOnTheCanvasAndTheEditorSaysSo() {
        Workspace workspace = Workspace.open(folder);
        JourneysViewModel editor =
                new JourneysViewModel(library(workspace));
        editor.library().newFromTemplate("winback");
        workspace.close();
        editor.editor().addNode(NodeKind.EXIT, new Position(0, 900));
        assertTrue(editor.editor().journeyProperty().get().node("exit-1").isPresent());
        assertEquals(Feedback.Severity.DANGER, editor.feedbackProperty().get().severity());
        assertTrue(editor.feedbackProperty().get().text().startsWith("This change is not saved yet: "),
                editor.feedbackProperty().get().text());
    }

    @Test
    void versionsAreListedNewestFirstWithAuthorTimeAndTheirReviewState() {
        try (Workspace workspace = Workspace.open(folder)) {
            workspace.settings().put(SettingsStore.DISPLAY_NAME, "ana");
            WorkspaceJourneyLibrary library = library(workspace);
            Journey cart = JourneyTemplates.load("cart-abandonment").orElseThrow();
            library.saveDraft(cart);
            assertEquals(List.of(), library.versions(cart.id()));
            library.submitForReview(cart);
            new ReviewWorkflow(workspace, DocumentChecks.forReview())
                    .approve("journey", cart.id(), "ben", Optional.of("Fine"));
            Journey longer = JourneyEdits.addNode(cart, NodeKind.WAIT, new Position(40, 900));
            library.saveVersion(longer);

            List<JourneyVersion> versions = library.versions(cart.id());
            assertEquals(List.of(2, 1), versions.stream().map(v -> v.number()).toList());
            assertEquals(List.of("saved", "approved"), versions.stream().map(v -> v.reviewState()).toList());
            assertEquals(List.of("ana", "ana"), versions.stream().map(v -> v.author()).toList());
            assertEquals(longer.withVersion(2), versions.get(0).journey());
            assertEquals(cart.withVersion(1), versions.get(1).journey());
            DocumentVersion stored = workspace.documents().version("journey", cart.id(), 1).orElseThrow();
            assertEquals(stored.createdAt(), versions.get(1).savedAt());
        }
    }

    @Test
    void importingAJourneyWhoseIdDiffersOnlyInCaseIsRefusedWithASentence() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("ws"))) {
            JourneysViewModel model =
                    new JourneysViewModel(library(workspace));
            Journey winback = JourneyTemplates.load("winback").orElseThrow();
            Path lower = folder.resolve("promo.json");
            JourneyJson.write(withId(winback, "promo-x"), lower);
            Path upper = folder.resolve("PROMO.json");
            JourneyJson.write(withId(winback, "PROMO-X"), upper);
            assertTrue(model.files().importFile(lower), model.feedbackProperty().get().text());

            assertEquals(false, model.files().importFile(upper));

            assertEquals("PROMO.json was not imported: the workspace refused it (There is already a journey "
                    + "'promo-x', and 'PROMO-X' differs from it only in case: ids must differ in more than case (a "
                    + "bundle names its files by id, and on many systems both would be one file). Use 'promo-x' to "
                    + "add a version of it, or choose another id.).", model.feedbackProperty().get().text());
            assertEquals(List.of("promo-x"), workspace.journeyDrafts().list().stream()
                    .map(draft -> draft.journeyId()).toList());
        }
    }

    private static Journey withId(Journey journey, String id) {
        return new Journey(id, journey.name(), journey.description(), 1, journey.goal(), journey.entry(),
                journey.audience(), journey.reEntry(), journey.nodes(), journey.edges(), journey.guardrails(),
                journey.objectives());
    }
}
