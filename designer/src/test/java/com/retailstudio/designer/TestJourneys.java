package com.retailstudio.designer;

import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.ConsentRules;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.EntryTrigger;
import com.retailstudio.designer.model.ExitCriterion;
import com.retailstudio.designer.model.Experiment;
import com.retailstudio.designer.model.FrequencyCap;
import com.retailstudio.designer.model.Goal;
import com.retailstudio.designer.model.Guardrails;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Message;
import com.retailstudio.designer.model.MessageKind;
import com.retailstudio.designer.model.ObjectiveWeights;
import com.retailstudio.designer.model.Offer;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.designer.model.Position;
import com.retailstudio.designer.model.QuietHours;
import com.retailstudio.designer.model.ReEntryPolicy;
import com.retailstudio.designer.model.SegmentReference;
import com.retailstudio.designer.model.WaitUntil;
import java.time.DayOfWeek;
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

    /** A journey using every node type, entry filter, offer kind and condition shape: for format tests. */
    public static Journey everything() {
        Condition.Group highValue = Condition.Group.all(
                new Condition.Comparison("loyalty_tier", Operator.IN,
                        new ConditionValue.ListValue(List.of(
                                new ConditionValue.TextValue("GOLD"),
                                new ConditionValue.TextValue("PLATINUM")))),
                Condition.Group.any(
                        new Condition.Comparison("lifetime_value", Operator.AT_LEAST,
                                new ConditionValue.NumberValue(500.5)),
                        new Condition.Comparison("consent.email_marketing", Operator.EQUALS,
                                new ConditionValue.BooleanValue(true))));
        Message promo = new Message(JourneyChannel.EMAIL, MessageKind.PROMOTION, "promo-15",
                Optional.of(new Offer.PercentOff(15)));
        Message bundle = new Message(JourneyChannel.WEB, MessageKind.PROMOTION, "bundle-2-1",
                Optional.of(new Offer.Bundle(2, 1)));
        Message points = new Message(JourneyChannel.SMS, MessageKind.LOYALTY_REWARD, "points-200",
                Optional.of(new Offer.Points(200)));
        List<JourneyNode> nodes = List.of(
                new JourneyNode.Entry("entry", "Viewed a product", at(0, 0)),
                new JourneyNode.ConditionSplit("split", "Loyal?", at(240, 0), List.of(
                        new JourneyNode.Branch("loyal", "Loyal", highValue))),
                new JourneyNode.RandomSplit("ab", "Test", at(480, 0), List.of(
                        new JourneyNode.Path("a", "Offer", 45.5), new JourneyNode.Path("b", "Control", 54.5)),
                        Optional.of(Experiment.pickWinner(28, 0.05))),
                new JourneyNode.NextBestAction("nba", "Best offer", at(720, 0), List.of(
                        new JourneyNode.Candidate("promo", promo, 40, 1),
                        new JourneyNode.Candidate("bundle", bundle, 55.25, 0.8),
                        new JourneyNode.Candidate("points", points, 12, 1.2)), 0.75, true),
                new JourneyNode.Wait("pause", "Pause", at(960, 0), Duration.ofHours(36), Optional.empty()),
                new JourneyNode.Action("remind", "Reminder", at(1200, 0),
                        Message.of(JourneyChannel.STORE_ASSOCIATE, MessageKind.RECOMMENDATION, "associate-tip"), true),
                new JourneyNode.Exit("end", "End", at(1440, -0.5)),
                new JourneyNode.Wait("morning", "Next morning", at(1680, 0), Duration.ZERO, Optional.of("email_open"),
                        Optional.of(new WaitUntil.TimeOfDay(LocalTime.of(9, 30)))),
                new JourneyNode.Wait("saturday", "Saturday", at(1920, 0), Duration.ZERO, Optional.empty(),
                        Optional.of(new WaitUntil.Weekday(DayOfWeek.SATURDAY, Optional.of(LocalTime.of(10, 0))))),
                new JourneyNode.Wait("anniversary", "Before the anniversary", at(2160, 0), Duration.ZERO,
                        Optional.empty(), Optional.of(new WaitUntil.DateAttribute("signup_date", -3,
                                LocalTime.of(9, 0), true))));
        List<Edge> edges = List.of(new Edge("entry", "next", "split"), new Edge("split", "loyal", "ab"),
                new Edge("split", "else", "end"), new Edge("ab", "a", "nba"), new Edge("ab", "b", "end"),
                new Edge("nba", "next", "pause"), new Edge("nba", "none", "end"), new Edge("pause", "next", "remind"),
                new Edge("remind", "next", "morning"), new Edge("morning", "event", "saturday"),
                new Edge("morning", "timeout", "end"), new Edge("saturday", "next", "anniversary"),
                new Edge("anniversary", "next", "end"));
        return new Journey("everything", "Everything \"quoted\" – ünïcode", "Line one.\nLine two.", 3,
                new Goal("purchase", Duration.ofDays(14)),
                new EntryTrigger.EventTrigger("product_view", Condition.Group.all(new Condition.Comparison("event.value",
                        Operator.GREATER_THAN,
                        new ConditionValue.NumberValue(20)))),
                Condition.Group.always(), new ReEntryPolicy(true, Duration.ofDays(30), 3), nodes, edges,
                guardrails(), new ObjectiveWeights(1, 0.02, 0.05, 0.1))
                // the audience taken from a saved segment, so the format's every member is written
                .withAudienceSegment(new SegmentReference("vip-email", 2, "VIPs we may e-mail"), Condition.Group.all(
                        new Condition.Comparison("consent.email_marketing", Operator.EQUALS,
                                new ConditionValue.BooleanValue(true))))
                .withExitCriteria(List.of(new ExitCriterion.OnEvent("unsubscribe"),
                        new ExitCriterion.WhenCondition(Condition.Group.all(new Condition.Comparison(
                                "events.store_visit.count_7d", Operator.AT_LEAST, new ConditionValue.NumberValue(1))))));
    }
}
