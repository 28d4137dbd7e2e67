package com.retailstudio.designer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.designer.edit.NodeKind;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.library.InMemoryJourneyLibrary;
import com.retailstudio.designer.library.LibraryEntry;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Position;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JourneysViewModelTest {

    private final InMemoryJourneyLibrary library =
            new InMemoryJourneyLibrary(Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC), "ana");

    private JourneysViewModel model() {
        return new JourneysViewModel(library);
    }

    private JourneysViewModel withCart() {
        JourneysViewModel model = model();
        model.newFromTemplate("cart-abandonment");
        return model;
    }

    @Test
    void anEmptyLibraryOpensNothingAndOffersEveryTemplate() {
        JourneysViewModel model = model();
        assertTrue(model.libraryIsEmpty());
        assertNull(model.journeyProperty().get());
        assertEquals(JourneyTemplates.NAMES, model.templates().stream().map(Journey::id).toList());
    }

    @Test
    void aJourneyFromATemplateIsSavedAndOpenedWithItsChecks() {
        JourneysViewModel model = withCart();
        assertEquals("cart-abandonment", model.journeyProperty().get().id());
        assertEquals(Optional.of(model.journeyProperty().get()), library.draft("cart-abandonment"));
        assertEquals(List.of(), model.findings());
        assertEquals("All checks pass", model.findingsSummary());
        model.newFromTemplate("cart-abandonment");
        assertEquals("cart-abandonment-2", model.journeyProperty().get().id(), "a second copy gets an id of its own");
        assertEquals(2, model.entries().size());
    }

    @Test
    void aBlankJourneyIsAnEntryConnectedToAnExit() {
        JourneysViewModel model = model();
        model.newBlank();
        Journey blank = model.journeyProperty().get();
        assertEquals("journey", blank.id());
        assertEquals(List.of(new Edge("entry", "next", "exit")), blank.edges());
        assertEquals(List.of(), model.findings());
    }

    @Test
    void everyEditIsSavedAtOnceAndLintFollowsIt() {
        JourneysViewModel model = withCart();
        Optional<String> added = model.addNode(NodeKind.EXIT, new Position(600, 40));
        assertEquals(Optional.of("exit-1"), added);
        assertEquals(Set.of("exit-1"), model.selection());
        assertEquals("exit-1", model.selectedNodeProperty().get());
        assertEquals(Optional.of(model.journeyProperty().get()), library.draft("cart-abandonment"));
        assertTrue(model.findings().stream().anyMatch(f -> f.code().equals("UNREACHABLE_NODE")
                && f.nodeId().equals(Optional.of("exit-1"))));
        assertEquals(13, model.entries().get(0).steps());
    }

    @Test
    void undoAndRedoAreSavedToo() {
        JourneysViewModel model = withCart();
        Journey start = model.journeyProperty().get();
        assertFalse(model.canUndoProperty().get());
        model.moveBy(List.of("reminder"), 24, 0);
        assertTrue(model.canUndoProperty().get());
        model.undo();
        assertEquals(start, model.journeyProperty().get());
        assertEquals(Optional.of(start), library.draft(start.id()));
        assertTrue(model.canRedoProperty().get());
        model.redo();
        assertEquals(new Position(start.node("reminder").orElseThrow().position().x() + 24,
                start.node("reminder").orElseThrow().position().y()),
                model.journeyProperty().get().node("reminder").orElseThrow().position());
        assertEquals(Optional.of(model.journeyProperty().get()), library.draft(start.id()));
    }

    @Test
    void connectingToItselfOrFromAPortTheStepLacksChangesNothing() {
        JourneysViewModel model = withCart();
        model.connect("reminder", "next", "reminder");
        model.connect("reminder", "timeout", "bought");
        assertFalse(model.canUndoProperty().get());
        model.connect("reminder", "next", "bought");
        assertTrue(model.journeyProperty().get().edges().contains(new Edge("reminder", "next", "bought")));
        model.disconnect("reminder", "next");
        assertTrue(model.journeyProperty().get().edgesFrom("reminder").isEmpty());
        model.disconnect("reminder", "next");
        model.undo();
        assertTrue(model.journeyProperty().get().edges().contains(new Edge("reminder", "next", "bought")),
                "disconnecting an unconnected port recorded nothing");
    }

    @Test
    void shiftClickRubberBandAndTheLintPanelShareOneSelection() {
        JourneysViewModel model = withCart();
        model.select("reminder", false);
        model.select("promo", true);
        assertEquals(Set.of("reminder", "promo"), model.selection());
        model.select("reminder", true);
        assertEquals(Set.of("promo"), model.selection());
        assertEquals("promo", model.selectedNodeProperty().get());
        model.selectAll(List.of("entry", "wait-1h"), true);
        assertEquals(Set.of("promo", "entry", "wait-1h"), model.selection());
        model.selectedNodeProperty().set("bought");
        assertEquals(Set.of("bought"), model.selection(), "picking a finding selects its step alone");
        model.clearSelection();
        assertNull(model.selectedNodeProperty().get());
        assertFalse(model.hasSelectionProperty().get());
    }

    @Test
    void pastesLandBesideTheCopyAndAreSelected() {
        JourneysViewModel model = withCart();
        model.selectAll(List.of("promo", "scarcity"), false);
        model.copySelection();
        assertTrue(model.canPasteProperty().get());
        model.paste();
        Journey once = model.journeyProperty().get();
        assertEquals(Set.of("promo-1", "scarcity-1"), model.selection());
        Position promo = once.node("promo").orElseThrow().position();
        assertEquals(new Position(promo.x() + 40, promo.y() + 40), once.node("promo-1").orElseThrow().position());
        model.paste();
        assertEquals(new Position(promo.x() + 80, promo.y() + 80),
                model.journeyProperty().get().node("promo-2").orElseThrow().position());
        model.deleteSelection();
        assertFalse(model.journeyProperty().get().node("promo-2").isPresent());
        assertEquals(Set.of(), model.selection());
    }

    @Test
    void replacingAStepAndChangingSettingsAreEditsLikeAnyOther() {
        JourneysViewModel model = withCart();
        Journey start = model.journeyProperty().get();
        JourneyNode.Exit renamed = new JourneyNode.Exit("bought", "Bought at once", new Position(0, 0));
        model.replaceNode(renamed);
        assertEquals(renamed, model.journeyProperty().get().node("bought").orElseThrow());
        Journey settings = new Journey("ignored", "Renamed journey", start.description(), 9, start.goal(),
                start.entry(), start.audience(), start.reEntry(), List.of(), List.of(), start.guardrails(),
                start.objectives());
        model.updateSettings(settings);
        assertEquals("Renamed journey", model.journeyProperty().get().name());
        assertEquals("cart-abandonment", model.journeyProperty().get().id());
        assertEquals("Renamed journey", model.entries().get(0).name());
        model.undo();
        model.undo();
        assertEquals(start, model.journeyProperty().get());
    }

    @Test
    void aJourneyWithErrorsIsNotSubmittedAndTheEditorSaysWhy() {
        JourneysViewModel model = withCart();
        model.addNode(NodeKind.WAIT, new Position(900, 0));
        model.submitForReview();
        assertTrue(model.messageIsProblemProperty().get());
        assertTrue(model.messageProperty().get().contains("cannot be submitted"), model.messageProperty().get());
        model.deleteSelection();
        model.submitForReview();
        assertFalse(model.messageIsProblemProperty().get());
        assertEquals("Version 1 of Cart abandonment is waiting for review.", model.messageProperty().get());
        assertEquals("v1 in review", model.entries().get(0).status());
    }

    @Test
    void searchDuplicateAndDeleteWorkOnTheLibrary() {
        JourneysViewModel model = withCart();
        model.newFromTemplate("winback");
        model.duplicate();
        assertEquals("winback-copy", model.journeyProperty().get().id());
        assertTrue(model.journeyProperty().get().name().endsWith("(copy)"));
        assertEquals(3, model.entries().size());
        model.searchProperty().set("WIN");
        assertEquals(Set.of("winback", "winback-copy"),
                Set.copyOf(model.entries().stream().map(LibraryEntry::id).toList()));
        model.searchProperty().set("");
        model.deleteDraft();
        assertEquals(2, model.entries().size());
        assertFalse(library.draft("winback-copy").isPresent());
        assertTrue(model.journeyProperty().get() != null, "another journey opens");
    }

    @Test
    void factsSummariseGoalAndGuardrails() {
        JourneysViewModel model = withCart();
        assertEquals(List.of("Goal: purchase in 1 week", "Holdout 10 %", "Max 5 messages per week", "Quiet 21:00–08:00",
                "Re-entry 4×, 1 week apart"), model.facts(model.journeyProperty().get()));
    }

    @Test
    void connectionsAreLabelledWithTheirBranchPathOrOutcome() {
        Journey cart = JourneyTemplates.load("cart-abandonment").orElseThrow();
        JourneyNode split = cart.node("price-split").orElseThrow();
        JourneyNode wait = cart.node("wait-1h").orElseThrow();
        assertEquals(Optional.of("Price sensitive"), JourneyCanvasView.portLabel(split, "sensitive"));
        assertEquals(Optional.of("Everyone else"), JourneyCanvasView.portLabel(split, "else"));
        assertEquals(Optional.of("✓ purchase"), JourneyCanvasView.portLabel(wait, "event"));
        assertEquals(Optional.of("No purchase"), JourneyCanvasView.portLabel(wait, "timeout"));
        assertEquals(Optional.empty(), JourneyCanvasView.portLabel(cart.node("reminder").orElseThrow(), "next"));
        Journey winback = JourneyTemplates.load("winback").orElseThrow();
        assertEquals(Optional.of("Best offer · 50 %"), JourneyCanvasView.portLabel(winback.node("ab").orElseThrow(), "offer"));
    }

    /** A library that refuses to save one journey's draft, as a team workspace does after someone else saved it. */
    private static final class RefusingLibrary implements com.retailstudio.designer.library.JourneyLibrary {
        private final InMemoryJourneyLibrary stored;
        String refusedId;

        RefusingLibrary(InMemoryJourneyLibrary stored) {
            this.stored = stored;
        }

        @Override
        public List<LibraryEntry> list() {
            return stored.list();
        }

        @Override
        public Optional<Journey> draft(String id) {
            return stored.draft(id);
        }

        @Override
        public void saveDraft(Journey journey) {
            if (journey.id().equals(refusedId)) {
                throw new IllegalStateException("The draft of journey '" + refusedId + "' was changed by ben");
            }
            stored.saveDraft(journey);
        }

        @Override
        public void deleteDraft(String id) {
            stored.deleteDraft(id);
        }

        @Override
        public List<com.retailstudio.designer.library.JourneyVersion> versions(String id) {
            return stored.versions(id);
        }

        @Override
        public int saveVersion(Journey journey) {
            return stored.saveVersion(journey);
        }

        @Override
        public int submitForReview(Journey journey) {
            return stored.submitForReview(journey);
        }
    }

    @Test
    void aChangeTheLibraryRefusesIsOfferedAReloadOrACopyAndNeitherLosesTheOther() {
        RefusingLibrary refusing = new RefusingLibrary(library);
        JourneysViewModel model = new JourneysViewModel(refusing);
        model.newFromTemplate("cart-abandonment");
        Journey stored = library.draft("cart-abandonment").orElseThrow();
        refusing.refusedId = "cart-abandonment";

        model.disconnect(stored.edges().get(0));

        assertTrue(model.unsavedProperty().get());
        assertTrue(model.messageProperty().get().contains("was changed by ben"), model.messageProperty().get());
        assertEquals(Optional.of(stored), library.draft("cart-abandonment"));

        model.reload();
        assertFalse(model.unsavedProperty().get());
        assertEquals(stored, model.journeyProperty().get());

        model.disconnect(stored.edges().get(0));
        Journey mine = model.journeyProperty().get();
        model.duplicate();

        assertFalse(model.unsavedProperty().get());
        Journey copy = library.draft("cart-abandonment-copy").orElseThrow();
        assertEquals(mine.edges(), copy.edges());
        assertEquals(Optional.of(stored), library.draft("cart-abandonment"));
    }
}
