package com.retailstudio.designer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.designer.library.InMemoryJourneyLibrary;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Position;
import com.retailstudio.ui.feedback.Feedback;
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
        model.library().newFromTemplate("cart-abandonment");
        return model;
    }

    /** The "bought" exit renamed where it stands, so the change is one rename and no move. */
    private static JourneyNode.Exit renamedExit(JourneysViewModel model, String title) {
        Position at = model.editor().journeyProperty().get().node("bought").orElseThrow().position();
        return new JourneyNode.Exit("bought", title, at);
    }

    @Test
    void aJourneyNeverFrozenHasNoVersionsAndNoDraftChanges() {
        JourneysViewModel model = withCart();
        assertEquals(List.of(), model.versions().rows());
        assertEquals(List.of(), model.versions().draftChanges());
        assertNull(model.versions().viewedVersionProperty().get());
    }

    @Test
    void everyVersionIsListedNewestFirstWithWhatItChangedAgainstTheOneBefore() {
        JourneysViewModel model = withCart();
        model.versions().saveVersion();
        model.editor().replaceNode(renamedExit(model, "Bought after the reminder"));
        model.versions().submitForReview();

        assertEquals(List.of(2, 1), model.versions().rows().stream().map(VersionRow::number).toList());
        VersionRow newest = model.versions().rows().get(0);
        assertEquals("in review", newest.version().reviewState());
        assertEquals("ana", newest.version().author());
        assertEquals(Instant.parse("2026-11-29T10:00:00Z"), newest.version().savedAt());
        assertEquals(1, newest.changes().size(), newest.changes().toString());
        assertTrue(newest.changes().get(0).contains("Bought after the reminder"), newest.changes().toString());
        VersionRow first = model.versions().rows().get(1);
        assertTrue(first.first());
        assertEquals("saved", first.version().reviewState());
        assertEquals(List.of(), first.changes());
        assertEquals(List.of(), model.versions().draftChanges(), "the draft is the newest version");
    }

    @Test
    void theDraftsChangesAgainstTheNewestVersionFollowEveryEdit() {
        JourneysViewModel model = withCart();
        model.versions().saveVersion();
        model.editor().replaceNode(renamedExit(model, "Bought in the end"));
        assertEquals(1, model.versions().draftChanges().size());
        assertTrue(model.versions().draftChanges().get(0).contains("Bought in the end"), model.versions().draftChanges().toString());
        model.editor().undo();
        assertEquals(List.of(), model.versions().draftChanges());
    }

    @Test
    void aVersionIsViewedWithoutTouchingTheDraft() {
        JourneysViewModel model = withCart();
        Journey original = model.editor().journeyProperty().get();
        model.versions().saveVersion();
        model.editor().replaceNode(renamedExit(model, "Changed later"));
        Journey draft = model.editor().journeyProperty().get();

        model.versions().viewVersion(1);
        assertEquals(1, model.versions().viewedVersionProperty().get().number());
        assertEquals(original.withVersion(1), model.versions().viewedVersionProperty().get().journey());
        assertEquals(draft, model.editor().journeyProperty().get());
        assertEquals(Optional.of(draft), library.draft(draft.id()));
        model.versions().viewVersion(7);
        assertEquals(1, model.versions().viewedVersionProperty().get().number(), "a version that does not exist is ignored");
        model.versions().viewDraft();
        assertNull(model.versions().viewedVersionProperty().get());
    }

    @Test
    void restoringAVersionIsOneUndoableEditSavedAtOnce() {
        JourneysViewModel model = withCart();
        Journey original = model.editor().journeyProperty().get();
        model.versions().saveVersion();
        model.editor().replaceNode(renamedExit(model, "Changed later"));
        Journey changed = model.editor().journeyProperty().get();
        model.versions().viewVersion(1);

        model.versions().restoreAsDraft(1);
        assertNull(model.versions().viewedVersionProperty().get(), "the restored draft is shown for editing");
        assertEquals(original, model.editor().journeyProperty().get(), "the draft keeps its own id and version number");
        assertEquals(Optional.of(original), library.draft(original.id()), "saved at once");
        assertEquals(List.of(), model.versions().draftChanges());
        assertEquals(Feedback.Severity.SUCCESS, model.feedbackProperty().get().severity());
        assertTrue(model.feedbackProperty().get().text().startsWith("Restored version 1"), model.feedbackProperty().get().text());
        assertEquals(1, model.versions().rows().size(), "restoring freezes nothing");

        model.editor().undo();
        assertEquals(changed, model.editor().journeyProperty().get());
        assertEquals(Optional.of(changed), library.draft(original.id()));
        model.editor().redo();
        assertEquals(original, model.editor().journeyProperty().get());
    }

    @Test
    void openingAnotherJourneyShowsItsOwnHistory() {
        JourneysViewModel model = withCart();
        model.versions().saveVersion();
        model.versions().viewVersion(1);
        model.library().newFromTemplate("winback");
        assertEquals(List.of(), model.versions().rows());
        assertNull(model.versions().viewedVersionProperty().get());
        model.library().open("cart-abandonment");
        assertEquals(List.of(1), model.versions().rows().stream().map(VersionRow::number).toList());
    }
}
