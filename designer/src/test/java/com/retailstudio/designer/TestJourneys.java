package com.retailstudio.designer;

import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConsentRules;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.EntryTrigger;
import com.retailstudio.designer.model.FrequencyCap;
import com.retailstudio.designer.model.Goal;
import com.retailstudio.designer.model.Guardrails;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Message;
import com.retailstudio.designer.model.MessageKind;
import com.retailstudio.designer.model.ObjectiveWeights;
import com.retailstudio.designer.model.Position;
import com.retailstudio.designer.model.QuietHours;
import com.retailstudio.designer.model.ReEntryPolicy;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Small hand-built journeys for tests. */
public final class TestJourneys {
    private TestJourneys() {
    }

    public static Position at(double x, double y) {
        return new Position(x, y);
    }

    /**
     * A clean journey: entry → email reminder → wait 3 days for a purchase → (event) exit, (timeout) push → exit.
     * Lint finds nothing in it.
     */
    public static Journey clean() {
        List<JourneyNode> nodes = List.of(
                new JourneyNode.Entry("entry", "Cart abandoned", at(0, 0)),
                new JourneyNode.Action("email", "Reminder email", at(240, 0),
                        Message.of(JourneyChannel.EMAIL, MessageKind.REMINDER, "cart-reminder")),
                new JourneyNode.Wait("wait", "Wait for purchase", at(480, 0), Duration.ofDays(3),
                        Optional.of("purchase")),
                new JourneyNode.Action("push", "Push nudge", at(720, 120),
                        Message.of(JourneyChannel.APP_PUSH, MessageKind.SCARCITY, "low-stock-push")),
                new JourneyNode.Exit("done", "Bought", at(720, -120)),
                new JourneyNode.Exit("end", "Done", at(960, 120)));
        List<Edge> edges = List.of(
                new Edge("entry", "next", "email"),
                new Edge("email", "next", "wait"),
                new Edge("wait", "event", "done"),
                new Edge("wait", "timeout", "push"),
                new Edge("push", "next", "end"));
        return new Journey("test-journey", "Test journey", "A journey for tests.", 1,
                new Goal("purchase", Duration.ofDays(7)),
                new EntryTrigger.EventTrigger("cart_abandon", Condition.Group.always()),
                Condition.Group.always(), ReEntryPolicy.once(), nodes, edges, guardrails(), ObjectiveWeights.balanced());
    }

    public static Guardrails guardrails() {
        return new Guardrails(List.of(FrequencyCap.of(JourneyChannel.EMAIL, 2, Duration.ofDays(7)),
                FrequencyCap.of(JourneyChannel.APP_PUSH, 1, Duration.ofDays(1)),
                FrequencyCap.global(4, Duration.ofDays(7))),
                Optional.of(new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0),
                        List.of(JourneyChannel.APP_PUSH, JourneyChannel.SMS))),
                ConsentRules.standard(), 10);
    }

    /** The clean journey with one node replaced (same id). */
    public static Journey replacing(Journey journey, JourneyNode replacement) {
        List<JourneyNode> nodes = new ArrayList<>(journey.nodes());
        nodes.replaceAll(n -> n.id().equals(replacement.id()) ? replacement : n);
        return journey.withNodes(nodes, journey.edges());
    }

    /** The journey with nodes and edges added. */
    public static Journey adding(Journey journey, List<JourneyNode> moreNodes, List<Edge> moreEdges) {
        List<JourneyNode> nodes = new ArrayList<>(journey.nodes());
        nodes.addAll(moreNodes);
        List<Edge> edges = new ArrayList<>(journey.edges());
        edges.addAll(moreEdges);
        return journey.withNodes(nodes, edges);
    }

    /** The journey with its edges changed. */
    public static Journey editingEdges(Journey journey, UnaryOperator<List<Edge>> change) {
        return journey.withNodes(journey.nodes(), change.apply(new ArrayList<>(journey.edges())));
    }
}
