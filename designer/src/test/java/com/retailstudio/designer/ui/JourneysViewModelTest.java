package com.retailstudio.designer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JourneysViewModelTest {

    @Test
    void startsOnTheFirstTemplateWithItsChecks() {
        JourneysViewModel model = new JourneysViewModel();
        assertEquals(JourneyTemplates.NAMES, model.templates().stream().map(Journey::id).toList());
        assertEquals("cart-abandonment", model.journeyProperty().get().id());
        assertEquals(List.of(), model.findings());
        assertEquals("All checks pass", model.findingsSummary());
    }

    @Test
    void choosingATemplateShowsItAndClearsTheSelectedStep() {
        JourneysViewModel model = new JourneysViewModel();
        model.selectedNodeProperty().set("reminder");
        model.selectedTemplateProperty().set(model.templates().get(2));
        assertEquals("winback", model.journeyProperty().get().id());
        assertNull(model.selectedNodeProperty().get());
    }

    @Test
    void factsSummariseGoalAndGuardrails() {
        JourneysViewModel model = new JourneysViewModel();
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
}
