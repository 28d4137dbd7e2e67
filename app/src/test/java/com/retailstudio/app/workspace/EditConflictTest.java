package com.retailstudio.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.journeys.WorkspaceJourneyLibrary;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Journey;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A draft or rule book changed by someone else since it was opened is never overwritten: the second save is refused
 * naming who changed it. On a team workspace the two editors are separate connections, as two processes are.
 */
@OnBothWorkspaces
class EditConflictTest {

    private TestWorkspaces workspaces;
    private Workspace ana;
    private Workspace ben;

    @BeforeEach
    void twoEditors(TestWorkspaces workspaces) {
        this.workspaces = workspaces;
        ana = workspaces.as("ana");
        // On H2 a second process cannot open the folder, so the second editor is the same workspace under
        // another name: the revision check is the same code either way.
        ben = workspaces.isPostgres() ? workspaces.as("ben") : ana;
    }

    @Test
    void theSecondSaveOfAJourneyDraftGetsTheConflictAndTheFirstIsKept() {
        JourneyDraftStore.StoredDraft opened = ana.journeyDrafts().save("welcome", "Welcome", 1, "{\"v\":0}",
                JourneyDraftStore.NEW_DRAFT);
        assertEquals(1, opened.revision());

        workspaces.as("ben");
        JourneyDraftStore.StoredDraft bens = ben.journeyDrafts().save("welcome", "Welcome", 2, "{\"v\":\"ben\"}",
                opened.revision());
        workspaces.as("ana");
        EditConflictException conflict = assertThrows(EditConflictException.class, () -> ana.journeyDrafts()
                .save("welcome", "Welcome", 3, "{\"v\":\"ana\"}", opened.revision()));

        assertEquals("ben", conflict.changedBy());
        assertTrue(conflict.getMessage().startsWith("The draft of journey 'welcome' was changed by ben at "),
                conflict.getMessage());
        assertEquals("{\"v\":\"ben\"}", ana.journeyDrafts().get("welcome").orElseThrow().body());
        assertEquals(2, ana.journeyDrafts().get("welcome").orElseThrow().revision());

        // Reloading gives ben's revision; saving on top of it works.
        assertEquals(3, ana.journeyDrafts().save("welcome", "Welcome", 3, "{\"v\":\"both\"}", bens.revision())
                .revision());
    }

    @Test
    void aJourneyEditorThatOpenedAnOlderRevisionCannotOverwriteTheNewerOne() {
        Journey journey = JourneyTemplates.load("welcome-series").orElseThrow();
        WorkspaceJourneyLibrary anas = new WorkspaceJourneyLibrary(ana, new ReviewWorkflow(ana, Map.of()));
        WorkspaceJourneyLibrary bens = new WorkspaceJourneyLibrary(ben, new ReviewWorkflow(ben, Map.of()));
        anas.saveDraft(journey);
        anas.draft(journey.id()).orElseThrow();
        Journey opened = bens.draft(journey.id()).orElseThrow();

        workspaces.as("ben");
        bens.saveDraft(opened.withVersion(2));
        workspaces.as("ana");
        EditConflictException conflict = assertThrows(EditConflictException.class,
                () -> anas.saveDraft(journey.withVersion(3)));

        assertEquals("ben", conflict.changedBy());
        assertEquals(2, anas.draft(journey.id()).orElseThrow().version());
        // Once reloaded, ana's next edit is saved.
        anas.saveDraft(journey.withVersion(4));
        assertEquals(4, bens.draft(journey.id()).orElseThrow().version());
    }

    @Test
    void twoPeopleCreatingTheSameNewDraftDoNotOverwriteEachOther() {
        ana.journeyDrafts().save("spring", "Spring", 1, "{}", JourneyDraftStore.NEW_DRAFT);
        workspaces.as("ben");

        assertThrows(EditConflictException.class, () -> ben.journeyDrafts().save("spring", "Spring", 1, "{}",
                JourneyDraftStore.NEW_DRAFT));
    }

    @Test
    void theSecondSaveOfARuleBookGetsTheConflictNamingWhoSavedTheNewerVersion() {
        DocumentDraft rules = new DocumentDraft("markdown_rules", "rules", "active", "{\"maxDepth\":0.5}");
        DocumentVersion first = ana.documents().saveDocumentOver(rules, 0);

        workspaces.as("ben");
        ben.documents().saveDocumentOver(new DocumentDraft("markdown_rules", "rules", "active",
                "{\"maxDepth\":0.6}"), first.version());
        workspaces.as("ana");
        EditConflictException conflict = assertThrows(EditConflictException.class, () -> ana.documents()
                .saveDocumentOver(new DocumentDraft("markdown_rules", "rules", "active", "{\"maxDepth\":0.7}"),
                        first.version()));

        assertEquals("ben", conflict.changedBy());
        assertEquals("{\"maxDepth\":0.6}", ana.documents().latest("markdown_rules", "rules").orElseThrow().body());
    }
}
