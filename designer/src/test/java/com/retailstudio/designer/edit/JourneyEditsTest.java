package com.retailstudio.designer.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.designer.TestJourneys;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.lint.Lint;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.Goal;
import com.retailstudio.designer.model.Guardrails;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Position;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JourneyEditsTest {

    private final Journey clean = TestJourneys.clean();

    @Test
    void addingAStepGivesItAFreshIdOfItsKindAtThePosition() {
        Journey once = JourneyEdits.addNode(clean, NodeKind.WAIT, new Position(10, 20));
        Journey twice = JourneyEdits.addNode(once, NodeKind.WAIT, new Position(30, 40));
        assertEquals("wait-1", JourneyEdits.lastAdded(once));
        assertEquals("wait-2", JourneyEdits.lastAdded(twice));
        JourneyNode added = twice.node("wait-2").orElseThrow();
        assertTrue(added instanceof JourneyNode.Wait);
        assertEquals(new Position(30, 40), added.position());
        assertEquals(clean.nodes().size() + 2, twice.nodes().size());
        assertEquals(clean.edges(), twice.edges());
    }

    @Test
    void everyKindsDefaultsPassTheStepsOwnChecksOnceConnected() {
        for (NodeKind kind : NodeKind.values()) {
            if (kind == NodeKind.ENTRY || kind == NodeKind.EXIT) {
                continue;
            }
            // entry → new step → every port to the exit "done".
            Journey journey = JourneyEdits.deleteNodes(clean, List.of("email", "wait", "push", "end"));
            journey = JourneyEdits.addNode(journey, kind, new Position(0, 100));
            String id = JourneyEdits.lastAdded(journey);
            journey = JourneyEdits.connect(journey, "entry", "next", id);
            for (String port : journey.node(id).orElseThrow().outputPorts()) {
                journey = JourneyEdits.connect(journey, id, port, "done");
            }
            assertEquals(NodeKind.of(journey.node(id).orElseThrow()), kind);
            assertEquals(List.of(), Lint.check(journey), kind + " defaults");
        }
    }

    @Test
    void deletingStepsRemovesTheirConnections() {
        Journey deleted = JourneyEdits.deleteNodes(clean, List.of("wait"));
        assertFalse(deleted.node("wait").isPresent());
        assertEquals(List.of(new Edge("entry", "next", "email"), new Edge("push", "next", "end")), deleted.edges());
    }

    @Test
    void connectingAPortReplacesItsEarlierConnectionInPlace() {
        Journey connected = JourneyEdits.connect(clean, "wait", "timeout", "end");
        assertEquals(List.of(new Edge("entry", "next", "email"), new Edge("email", "next", "wait"),
                new Edge("wait", "event", "done"), new Edge("wait", "timeout", "end"),
                new Edge("push", "next", "end")), connected.edges());
        Journey added = JourneyEdits.connect(JourneyEdits.disconnect(clean, new Edge("push", "next", "end")),
                "push", "next", "done");
        assertTrue(added.edges().contains(new Edge("push", "next", "done")));
        assertEquals(clean.edges().size(), added.edges().size());
    }

    @Test
    void connectingFromAPortTheStepDoesNotHaveOrToAMissingStepIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> JourneyEdits.connect(clean, "email", "else", "end"));
        assertThrows(IllegalArgumentException.class, () -> JourneyEdits.connect(clean, "email", "next", "nowhere"));
        assertThrows(IllegalArgumentException.class, () -> JourneyEdits.connect(clean, "nowhere", "next", "end"));
    }

    @Test
    void removingAConnectionKeepsTheOthers() {
        Journey cut = JourneyEdits.disconnect(clean, new Edge("wait", "event", "done"));
        assertEquals(clean.edges().size() - 1, cut.edges().size());
        assertFalse(cut.edges().contains(new Edge("wait", "event", "done")));
    }

    @Test
    void movingStepsChangesOnlyTheirPositions() {
        Journey moved = JourneyEdits.moveNodes(clean, Map.of("email", new Position(5, 6)));
        assertEquals(new Position(5, 6), moved.node("email").orElseThrow().position());
        assertEquals(clean.node("wait"), moved.node("wait"));
        assertEquals(((JourneyNode.Action) clean.node("email").orElseThrow()).message(),
                ((JourneyNode.Action) moved.node("email").orElseThrow()).message());
        Journey by = JourneyEdits.moveBy(clean, Set.of("entry", "wait"), 10, -5);
        assertEquals(new Position(10, -5), by.node("entry").orElseThrow().position());
        assertEquals(new Position(490, -5), by.node("wait").orElseThrow().position());
        assertEquals(clean.node("push"), by.node("push"));
    }

    @Test
    void replacingAStepDropsConnectionsFromPortsItNoLongerHas() {
        JourneyNode.Wait plain = new JourneyNode.Wait("wait", "Just wait", new Position(480, 0), Duration.ofDays(2),
                Optional.empty());
        Journey replaced = JourneyEdits.replaceNode(clean, plain);
        assertEquals(plain, replaced.node("wait").orElseThrow());
        assertTrue(replaced.edgesFrom("wait").isEmpty(), "event and timeout are gone with the until-event");
        assertEquals(clean.edges().size() - 2, replaced.edges().size());

        Journey cart = JourneyTemplates.load("cart-abandonment").orElseThrow();
        JourneyNode.ConditionSplit split = (JourneyNode.ConditionSplit) cart.node("price-split").orElseThrow();
        JourneyNode.ConditionSplit renamed = new JourneyNode.ConditionSplit(split.id(), "Renamed", split.position(),
                split.branches());
        assertEquals(cart.edges(), JourneyEdits.replaceNode(cart, renamed).edges(), "same ports keep their edges");
        assertThrows(IllegalArgumentException.class, () -> JourneyEdits.replaceNode(clean,
                new JourneyNode.Exit("ghost", "Ghost", new Position(0, 0))));
    }

    @Test
    void settingsChangeNameGoalAndGuardrailsButNotStepsOrId() {
        Journey other = new Journey("other", "New name", "New words", 7, new Goal("add_to_cart", Duration.ofDays(3)),
                clean.entry(), Condition.Group.always(), clean.reEntry(), List.of(), List.of(),
                new Guardrails(clean.guardrails().frequencyCaps(),
                        clean.guardrails().quietHours(), clean.guardrails().consent(), 20), clean.objectives());
        Journey updated = JourneyEdits.updateSettings(clean, other);
        assertEquals("test-journey", updated.id());
        assertEquals(clean.version(), updated.version());
        assertEquals("New name", updated.name());
        assertEquals("New words", updated.description());
        assertEquals(new Goal("add_to_cart", Duration.ofDays(3)), updated.goal());
        assertEquals(20, updated.guardrails().holdoutPercent());
        assertEquals(clean.nodes(), updated.nodes());
        assertEquals(clean.edges(), updated.edges());
    }

    @Test
    void pastingGivesFreshIdsKeepsInternalConnectionsAndOffsets() {
        JourneyEdits.Clipboard clipboard = JourneyEdits.copy(clean, List.of("email", "wait", "push"));
        assertEquals(3, clipboard.nodes().size());
        assertEquals(List.of(new Edge("email", "next", "wait"), new Edge("wait", "timeout", "push")),
                clipboard.edges());
        Journey pasted = JourneyEdits.paste(clean, clipboard, 40, 40);
        List<String> ids = JourneyEdits.pastedIds(pasted, clipboard);
        assertEquals(List.of("email-1", "wait-1", "push-1"), ids);
        assertEquals(new Position(280, 40), pasted.node("email-1").orElseThrow().position());
        assertTrue(pasted.edges().contains(new Edge("email-1", "next", "wait-1")));
        assertTrue(pasted.edges().contains(new Edge("wait-1", "timeout", "push-1")));
        assertEquals(clean.edges().size() + 2, pasted.edges().size());
        Journey again = JourneyEdits.paste(pasted, JourneyEdits.copy(pasted, List.of("email-1")), 40, 40);
        assertEquals("email-2", again.nodes().get(again.nodes().size() - 1).id());
    }
}
