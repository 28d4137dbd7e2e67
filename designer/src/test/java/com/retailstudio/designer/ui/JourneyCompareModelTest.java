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
        model.newFromTemplate("cart-abandonment");
        model.saveVersion();
        Position at = model.journeyProperty().get().node("bought").orElseThrow().position();
        model.replaceNode(new JourneyNode.Exit("bought", "Bought in the end", at));
        return model;
    }

    @Test
    void aVersionIsComparedWithoutTouchingTheDraftAndViewDraftGoesBack() {
        JourneysViewModel model = savedThenRenamed();
        Journey draft = model.journeyProperty().get();

        model.compareWithDraft(1);
        assertEquals(1, model.comparedVersionProperty().get().number());
        assertNull(model.viewedVersionProperty().get());
        assertEquals(draft, model.journeyProperty().get());
        assertEquals(Optional.of(draft), library.draft(draft.id()));
        model.compareWithDraft(9);
        assertEquals(1, model.comparedVersionProperty().get().number(), "a version that does not exist is ignored");
        model.viewDraft();
        assertNull(model.comparedVersionProperty().get());
    }

    @Test
    void openingAVersionEndsTheComparisonAndComparingEndsTheOpenedVersion() {
        JourneysViewModel model = savedThenRenamed();
        model.compareWithDraft(1);
        model.viewVersion(1);
        assertNull(model.comparedVersionProperty().get());
        assertEquals(1, model.viewedVersionProperty().get().number());
        model.compareWithDraft(1);
        assertNull(model.viewedVersionProperty().get());
        assertEquals(1, model.comparedVersionProperty().get().number());
    }

    @Test
    void restoringOrOpeningAnotherJourneyEndsTheComparison() {
        JourneysViewModel model = savedThenRenamed();
        model.compareWithDraft(1);
        model.restoreAsDraft(1);
        assertNull(model.comparedVersionProperty().get());
        model.compareWithDraft(1);
        model.newFromTemplate("winback");
        assertNull(model.comparedVersionProperty().get());
    }
}
