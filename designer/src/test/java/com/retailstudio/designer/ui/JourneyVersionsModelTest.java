package com.retailstudio.designer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.designer.library.InMemoryJourneyLibrary;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Position;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Versions view's model: the history of the open journey, its changes, viewing and restoring a version. */
class JourneyVersionsModelTest {

    private final InMemoryJourneyLibrary library =
            new InMemoryJourneyLibrary(Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC), "ana");

    private JourneysViewModel withCart() {
        JourneysViewModel model = new JourneysViewModel(library);
        model.newFromTemplate("cart-abandonment");
        return model;
    }

    /** The "bought" exit renamed where it stands, so the change is one rename and no move. */
    private static JourneyNode.Exit renamedExit(JourneysViewModel model, String title) {
        Position at = model.journeyProperty().get().node("bought").orElseThrow().position();
        return new JourneyNode.Exit("bought", title, at);
    }

    @Test
    void aJourneyNeverFrozenHasNoVersionsAndNoDraftChanges() {
        JourneysViewModel model = withCart();
        assertEquals(List.of(), model.versions());
        assertEquals(List.of(), model.draftChanges());
        assertNull(model.viewedVersionProperty().get());
    }

    @Test
    void everyVersionIsListedNewestFirstWithWhatItChangedAgainstTheOneBefore() {
        JourneysViewModel model = withCart();
        model.saveVersion();
        model.replaceNode(renamedExit(model, "Bought after the reminder"));
        model.submitForReview();

        assertEquals(List.of(2, 1), model.versions().stream().map(VersionRow::number).toList());
        VersionRow newest = model.versions().get(0);
        assertEquals("in review", newest.version().reviewState());
        assertEquals("ana", newest.version().author());
        assertEquals(Instant.parse("2026-11-29T10:00:00Z"), newest.version().savedAt());
        assertEquals(1, newest.changes().size(), newest.changes().toString());
        assertTrue(newest.changes().get(0).contains("Bought after the reminder"), newest.changes().toString());
        VersionRow first = model.versions().get(1);
        assertTrue(first.first());
        assertEquals("saved", first.version().reviewState());
        assertEquals(List.of(), first.changes());
        assertEquals(List.of(), model.draftChanges(), "the draft is the newest version");
    }

    @Test
    void theDraftsChangesAgainstTheNewestVersionFollowEveryEdit() {
        JourneysViewModel model = withCart();
        model.saveVersion();
        model.replaceNode(renamedExit(model, "Bought in the end"));
        assertEquals(1, model.draftChanges().size());
        assertTrue(model.draftChanges().get(0).contains("Bought in the end"), model.draftChanges().toString());
        model.undo();
        assertEquals(List.of(), model.draftChanges());
    }

    @Test
    void aVersionIsViewedWithoutTouchingTheDraft() {
        JourneysViewModel model = withCart();
        Journey original = model.journeyProperty().get();
        model.saveVersion();
        model.replaceNode(renamedExit(model, "Changed later"));
        Journey draft = model.journeyProperty().get();

        model.viewVersion(1);
        assertEquals(1, model.viewedVersionProperty().get().number());
        assertEquals(original.withVersion(1), model.viewedVersionProperty().get().journey());
        assertEquals(draft, model.journeyProperty().get());
        assertEquals(Optional.of(draft), library.draft(draft.id()));
        model.viewVersion(7);
        assertEquals(1, model.viewedVersionProperty().get().number(), "a version that does not exist is ignored");
        model.viewDraft();
        assertNull(model.viewedVersionProperty().get());
    }

    @Test
    void restoringAVersionIsOneUndoableEditSavedAtOnce() {
        JourneysViewModel model = withCart();
        Journey original = model.journeyProperty().get();
        model.saveVersion();
        model.replaceNode(renamedExit(model, "Changed later"));
        Journey changed = model.journeyProperty().get();
        model.viewVersion(1);

        model.restoreAsDraft(1);
        assertNull(model.viewedVersionProperty().get(), "the restored draft is shown for editing");
        assertEquals(original, model.journeyProperty().get(), "the draft keeps its own id and version number");
        assertEquals(Optional.of(original), library.draft(original.id()), "saved at once");
        assertEquals(List.of(), model.draftChanges());
        assertFalse(model.messageIsProblemProperty().get());
        assertTrue(model.messageProperty().get().startsWith("Restored version 1"), model.messageProperty().get());
        assertEquals(1, model.versions().size(), "restoring freezes nothing");

        model.undo();
        assertEquals(changed, model.journeyProperty().get());
        assertEquals(Optional.of(changed), library.draft(original.id()));
        model.redo();
        assertEquals(original, model.journeyProperty().get());
    }

    @Test
    void openingAnotherJourneyShowsItsOwnHistory() {
        JourneysViewModel model = withCart();
        model.saveVersion();
        model.viewVersion(1);
        model.newFromTemplate("winback");
        assertEquals(List.of(), model.versions());
        assertNull(model.viewedVersionProperty().get());
        model.open("cart-abandonment");
        assertEquals(List.of(1), model.versions().stream().map(VersionRow::number).toList());
    }
}
