package com.retailstudio.designer.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.retailstudio.designer.edit.JourneyEdits;
import com.retailstudio.designer.edit.NodeKind;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.Position;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InMemoryJourneyLibraryTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void aCopyStartsWithTheOthersDraftsAndNeverChangesThem() {
        InMemoryJourneyLibrary workspace = new InMemoryJourneyLibrary(clock, "ana");
        Journey cart = JourneyTemplates.load("cart-abandonment").orElseThrow();
        workspace.saveDraft(cart);
        InMemoryJourneyLibrary preview = InMemoryJourneyLibrary.copyOf(workspace, clock, "ana");
        assertEquals(Optional.of(cart), preview.draft(cart.id()));

        preview.saveDraft(JourneyEdits.addNode(cart, NodeKind.EXIT, new Position(0, 0)));
        preview.deleteDraft("missing");
        preview.saveDraft(JourneyTemplates.load("winback").orElseThrow());
        assertEquals(Optional.of(cart), workspace.draft(cart.id()));
        assertEquals(List.of(cart.id()), workspace.list().stream().map(LibraryEntry::id).toList());
    }

    @Test
    void versionsCountUpAndErrorsStopASubmission() {
        InMemoryJourneyLibrary library = new InMemoryJourneyLibrary(clock, "ana");
        Journey cart = JourneyTemplates.load("cart-abandonment").orElseThrow();
        library.saveDraft(cart);
        assertEquals("Draft", library.list().get(0).status());
        assertEquals(1, library.saveVersion(cart));
        assertEquals("v1 saved", library.list().get(0).status());
        Journey broken = JourneyEdits.addNode(cart, NodeKind.EXIT, new Position(0, 0));
        assertThrows(SubmissionRefusedException.class, () -> library.submitForReview(broken));
        assertEquals(2, library.submitForReview(cart));
        assertEquals("v2 in review", library.list().get(0).status());
    }
}
