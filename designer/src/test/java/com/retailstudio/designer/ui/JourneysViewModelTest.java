package com.retailstudio.designer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.designer.edit.NodeKind;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.library.InMemoryJourneyLibrary;
import com.retailstudio.designer.library.JourneyLibrary;
import com.retailstudio.designer.library.JourneyVersion;
import com.retailstudio.designer.library.LibraryEntry;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.PortLabels;
import com.retailstudio.designer.model.Position;
import com.retailstudio.ui.feedback.Feedback;
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
        model.library().newFromTemplate("cart-abandonment");
        return model;
    }

    @Test
    void anEmptyLibraryOpensNothingAndOffersEveryTemplate() {
        JourneysViewModel model = model();
        assertTrue(model.library().libraryIsEmpty());
        assertNull(model.editor().journeyProperty().get());
        assertEquals(JourneyTemplates.NAMES, model.library().templates().stream().map(Journey::id).toList());
    }

    @Test
    void aJourneyFromATemplateIsSavedAndOpenedWithItsChecks() {
        JourneysViewModel model = withCart();
        assertEquals("cart-abandonment", model.editor().journeyProperty().get().id());
        assertEquals(Optional.of(model.editor().journeyProperty().get()), library.draft("cart-abandonment"));
        assertEquals(List.of(), model.editor().findings());
        assertEquals("All checks pass", model.editor().findingsSummary());
        model.library().newFromTemplate("cart-abandonment");
        assertEquals("cart-abandonment-2", model.editor().journeyProperty().get().id(), "a second copy gets an id of its own");
        assertEquals(2, model.library().entries().size());
    }

    @Test
    void aBlankJourneyIsAnEntryConnectedToAnExit() {
        JourneysViewModel model = model();
        model.library().newBlank();
        Journey blank = model.editor().journeyProperty().get();
        assertEquals("journey", blank.id());
        assertEquals(List.of(new Edge("entry", "next", "exit")), blank.edges());
        assertEquals(List.of(), model.editor().findings());
    }

    @Test
    void everyEditIsSavedAtOnceAndLintFollowsIt() {
        JourneysViewModel model = withCart();
        Optional<String> added = model.editor().addNode(NodeKind.EXIT, new Position(600, 40));
        assertEquals(Optional.of("exit-1"), added);
        assertEquals(Set.of("exit-1"), model.editor().selection());
        assertEquals("exit-1", model.editor().selectedNodeProperty().get());
        assertEquals(Optional.of(model.editor().journeyProperty().get()), library.draft("cart-abandonment"));
        assertTrue(model.editor().findings().stream().anyMatch(f -> f.code().equals("UNREACHABLE_NODE")
                && f.nodeId().equals(Optional.of("exit-1"))));
        assertEquals(13, model.library().entries().get(0).steps());
    }

    @Test
    void undoAndRedoAreSavedToo() {
        JourneysViewModel model = withCart();
        Journey start = model.editor().journeyProperty().get();
        assertFalse(model.editor().canUndoProperty().get());
        model.editor().moveBy(List.of("reminder"), 24, 0);
        assertTrue(model.editor().canUndoProperty().get());
        model.editor().undo();
        assertEquals(start, model.editor().journeyProperty().get());
        assertEquals(Optional.of(start), library.draft(start.id()));
        assertTrue(model.editor().canRedoProperty().get());
        model.editor().redo();
        assertEquals(new Position(start.node("reminder").orElseThrow().position().x() + 24,
                start.node("reminder").orElseThrow().position().y()),
                model.editor().journeyProperty().get().node("reminder").orElseThrow().position());
        assertEquals(Optional.of(model.editor().journeyProperty().get()), library.draft(start.id()));
    }

    @Test
    void connectingToItselfOrFromAPortTheStepLacksChangesNothing() {
        JourneysViewModel model = withCart();
        model.editor().connect("reminder", "next", "reminder");
        model.editor().connect("reminder", "timeout", "bought");
        assertFalse(model.editor().canUndoProperty().get());
        model.editor().connect("reminder", "next", "bought");
        assertTrue(model.editor().journeyProperty().get().edges().contains(new Edge("reminder", "next", "bought")));
        model.editor().disconnect("reminder", "next");
        assertTrue(model.editor().journeyProperty().get().edgesFrom("reminder").isEmpty());
        model.editor().disconnect("reminder", "next");
        model.editor().undo();
        assertTrue(model.editor().journeyProperty().get().edges().contains(new Edge("reminder", "next", "bought")),
                "disconnecting an unconnected port recorded nothing");
    }

    @Test
    void shiftClickRubberBandAndTheLintPanelShareOneSelection() {
        JourneysViewModel model = withCart();
        model.editor().select("reminder", false);
        model.editor().select("promo", true);
        assertEquals(Set.of("reminder", "promo"), model.editor().selection());
        model.editor().select("reminder", true);
        assertEquals(Set.of("promo"), model.editor().selection());
        assertEquals("promo", model.editor().selectedNodeProperty().get());
        model.editor().selectAll(List.of("entry", "wait-1h"), true);
        assertEquals(Set.of("promo", "entry", "wait-1h"), model.editor().selection());
        model.editor().selectedNodeProperty().set("bought");
        assertEquals(Set.of("bought"), model.editor().selection(), "picking a finding selects its step alone");
        model.editor().clearSelection();
        assertNull(model.editor().selectedNodeProperty().get());
        assertFalse(model.editor().hasSelectionProperty().get());
    }

    @Test
    void pastesLandBesideTheCopyAndAreSelected() {
        JourneysViewModel model = withCart();
        model.editor().selectAll(List.of("promo", "scarcity"), false);
        model.editor().copySelection();
        assertTrue(model.editor().canPasteProperty().get());
        model.editor().paste();
        Journey once = model.editor().journeyProperty().get();
        assertEquals(Set.of("promo-1", "scarcity-1"), model.editor().selection());
        Position promo = once.node("promo").orElseThrow().position();
        assertEquals(new Position(promo.x() + 40, promo.y() + 40), once.node("promo-1").orElseThrow().position());
        model.editor().paste();
        assertEquals(new Position(promo.x() + 80, promo.y() + 80),
                model.editor().journeyProperty().get().node("promo-2").orElseThrow().position());
        model.editor().deleteSelection();
        assertFalse(model.editor().journeyProperty().get().node("promo-2").isPresent());
        assertEquals(Set.of(), model.editor().selection());
    }

    @Test
    void replacingAStepAndChangingSettingsAreEditsLikeAnyOther() {
        JourneysViewModel model = withCart();
        Journey start = model.editor().journeyProperty().get();
        JourneyNode.Exit renamed = new JourneyNode.Exit("bought", "Bought at once", new Position(0, 0));
        model.editor().replaceNode(renamed);
        assertEquals(renamed, model.editor().journeyProperty().get().node("bought").orElseThrow());
        Journey settings = new Journey("ignored", "Renamed journey", start.description(), 9, start.goal(),
                start.entry(), start.audience(), start.reEntry(), List.of(), List.of(), start.guardrails(),
                start.objectives());
        model.editor().updateSettings(settings);
        assertEquals("Renamed journey", model.editor().journeyProperty().get().name());
        assertEquals("cart-abandonment", model.editor().journeyProperty().get().id());
        assertEquals("Renamed journey", model.library().entries().get(0).name());
        model.editor().undo();
        model.editor().undo();
        assertEquals(start, model.editor().journeyProperty().get());
    }

    @Test
    void aJourneyWithErrorsIsNotSubmittedAndTheEditorSaysWhy() {
        JourneysViewModel model = withCart();
        model.editor().addNode(NodeKind.WAIT, new Position(900, 0));
        model.versions().submitForReview();
        assertEquals(Feedback.Severity.DANGER, model.feedbackProperty().get().severity());
        assertTrue(model.feedbackProperty().get().text().contains("cannot be submitted"), model.feedbackProperty().get().text());
        model.editor().deleteSelection();
        model.versions().submitForReview();
        assertEquals(Feedback.Severity.SUCCESS, model.feedbackProperty().get().severity());
        assertEquals("Version 1 of Cart abandonment is waiting for review.", model.feedbackProperty().get().text());
        assertEquals("v1 in review", model.library().entries().get(0).status());
    }

    @Test
    void searchDuplicateAndDeleteWorkOnTheLibrary() {
        JourneysViewModel model = withCart();
        model.library().newFromTemplate("winback");
        model.library().duplicate();
        assertEquals("winback-copy", model.editor().journeyProperty().get().id());
        assertTrue(model.editor().journeyProperty().get().name().endsWith("(copy)"));
        assertEquals(3, model.library().entries().size());
        model.library().searchProperty().set("WIN");
        assertEquals(Set.of("winback", "winback-copy"),
                Set.copyOf(model.library().entries().stream().map(LibraryEntry::id).toList()));
        model.library().searchProperty().set("");
        model.library().deleteDraft();
        assertEquals(2, model.library().entries().size());
        assertFalse(library.draft("winback-copy").isPresent());
        assertTrue(model.editor().journeyProperty().get() != null, "another journey opens");
    }

    @Test
    void factsSummariseGoalAndGuardrails() {
        JourneysViewModel model = withCart();
        assertEquals(List.of("Goal: purchase in 1 week", "Holdout 10 %", "Max 5 messages per week", "Quiet 21:00–08:00",
                "Re-entry 4×, 1 week apart"), model.editor().facts(model.editor().journeyProperty().get()));
    }

    @Test
    void connectionsAreLabelledWithTheirBranchPathOrOutcome() {
        Journey cart = JourneyTemplates.load("cart-abandonment").orElseThrow();
        JourneyNode split = cart.node("price-split").orElseThrow();
        JourneyNode wait = cart.node("wait-1h").orElseThrow();
        assertEquals(Optional.of("Price sensitive"), PortLabels.words(split, "sensitive"));
        assertEquals(Optional.of("Everyone else"), PortLabels.words(split, "else"));
        assertEquals(Optional.of("✓ purchase"), PortLabels.words(wait, "event"));
        assertEquals(Optional.of("No purchase"), PortLabels.words(wait, "timeout"));
        assertEquals(Optional.empty(), PortLabels.words(cart.node("reminder").orElseThrow(), "next"));
        Journey winback = JourneyTemplates.load("winback").orElseThrow();
        assertEquals(Optional.of("Best offer · 50 %"), PortLabels.words(winback.node("ab").orElseThrow(), "offer"));
    }

    /** A library that refuses to save one journey's draft, as a team workspace does after someone else saved it. */
    private static final class RefusingLibrary implements JourneyLibrary {
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
        public List<JourneyVersion> versions(String id) {
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
        model.library().newFromTemplate("cart-abandonment");
        Journey stored = library.draft("cart-abandonment").orElseThrow();
        refusing.refusedId = "cart-abandonment";

        model.editor().disconnect(stored.edges().get(0));

        assertTrue(model.editor().unsavedProperty().get());
        assertTrue(model.feedbackProperty().get().text().contains("was changed by ben"), model.feedbackProperty().get().text());
        assertEquals(Optional.of(stored), library.draft("cart-abandonment"));

        model.library().reload();
        assertFalse(model.editor().unsavedProperty().get());
        assertEquals(stored, model.editor().journeyProperty().get());

        model.editor().disconnect(stored.edges().get(0));
        Journey mine = model.editor().journeyProperty().get();
        model.library().duplicate();

        assertFalse(model.editor().unsavedProperty().get());
        Journey copy = library.draft("cart-abandonment-copy").orElseThrow();
        assertEquals(mine.edges(), copy.edges());
        assertEquals(Optional.of(stored), library.draft("cart-abandonment"));
    }
}
