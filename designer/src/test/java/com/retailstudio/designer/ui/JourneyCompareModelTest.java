package com.retailstudio.designer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.retailstudio.designer.library.InMemoryJourneyLibrary;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Position;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Comparing a saved version with the draft: which version is compared, and every way back to the draft. */
class JourneyCompareModelTest {

    private final InMemoryJourneyLibrary library =
            new InMemoryJourneyLibrary(Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC), "ana");

    private JourneysViewModel savedThenRenamed() {
        JourneysViewModel model = new JourneysViewModel(library);
        model.library().newFromTemplate("cart-abandonment");
        model.versions().saveVersion();
        Position at = model.editor().journeyProperty().get().node("bought").orElseThrow().position();
        model.editor().replaceNode(new JourneyNode.Exit("bought", "Bought in the end", at));
        return model;
    }

    @Test
    void aVersionIsComparedWithoutTouchingTheDraftAndViewDraftGoesBack() {
        JourneysViewModel model = savedThenRenamed();
        Journey draft = model.editor().journeyProperty().get();

        model.versions().compareWithDraft(1);
        assertEquals(1, model.versions().comparedVersionProperty().get().number());
        assertNull(model.versions().viewedVersionProperty().get());
        assertEquals(draft, model.editor().journeyProperty().get());
        assertEquals(Optional.of(draft), library.draft(draft.id()));
        model.versions().compareWithDraft(9);
        assertEquals(1, model.versions().comparedVersionProperty().get().number(), "a version that does not exist is ignored");
        model.versions().viewDraft();
        assertNull(model.versions().comparedVersionProperty().get());
    }

    @Test
    void openingAVersionEndsTheComparisonAndComparingEndsTheOpenedVersion() {
        JourneysViewModel model = savedThenRenamed();
        model.versions().compareWithDraft(1);
        model.versions().viewVersion(1);
        assertNull(model.versions().comparedVersionProperty().get());
        assertEquals(1, model.versions().viewedVersionProperty().get().number());
        model.versions().compareWithDraft(1);
        assertNull(model.versions().viewedVersionProperty().get());
        assertEquals(1, model.versions().comparedVersionProperty().get().number());
    }

    @Test
    void restoringOrOpeningAnotherJourneyEndsTheComparison() {
        JourneysViewModel model = savedThenRenamed();
        model.versions().compareWithDraft(1);
        model.versions().restoreAsDraft(1);
        assertNull(model.versions().comparedVersionProperty().get());
        model.versions().compareWithDraft(1);
        model.library().newFromTemplate("winback");
        assertNull(model.versions().comparedVersionProperty().get());
    }
}
