package com.retailstudio.simulator.engine;

import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
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
import com.retailstudio.designer.model.Offer;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.designer.model.Position;
import com.retailstudio.designer.model.QuietHours;
import com.retailstudio.designer.model.ReEntryPolicy;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * The 12-node cart-recovery journey the benchmark and the sample run use: a VIP split, an A/B test, a wait for the
 * purchase, a next-best-action at the best hour and a last reminder, under caps, quiet hours and a 10 % holdout.
 */
public final class BenchmarkJourney {
    private BenchmarkJourney() {
    }

    public static Journey cartRecovery() {
        Position p = new Position(0, 0);
        Condition.Group vip = Condition.Group.all(new Condition.Comparison("loyalty_tier", Operator.IN,
                new ConditionValue.ListValue(List.of(new ConditionValue.TextValue("GOLD"),
                        new ConditionValue.TextValue("PLATINUM")))));
        List<JourneyNode> nodes = List.of(
                new JourneyNode.Entry("entry", "Cart abandoned", p),
                new JourneyNode.ConditionSplit("vip-split", "VIP?", p,
                        List.of(new JourneyNode.Branch("vip", "VIP", vip))),
                new JourneyNode.Action("vip-email", "VIP reminder", p,
                        Message.of(JourneyChannel.EMAIL, MessageKind.REMINDER, "vip-cart-reminder")),
                new JourneyNode.RandomSplit("ab", "Offer test", p, List.of(new JourneyNode.Path("a", "Discount", 50),
                        new JourneyNode.Path("b", "Scarcity", 50))),
                new JourneyNode.Action("promo-email", "15 % off", p, new Message(JourneyChannel.EMAIL,
                        MessageKind.PROMOTION, "cart-15-off", Optional.of(new Offer.PercentOff(15)))),
                new JourneyNode.Action("scarcity-push", "Low stock", p,
                        Message.of(JourneyChannel.APP_PUSH, MessageKind.SCARCITY, "low-stock-push")),
                new JourneyNode.Wait("wait-purchase", "Bought?", p, Duration.ofDays(2), Optional.of("purchase")),
                new JourneyNode.NextBestAction("nba", "Best follow-up", p, List.of(
                        new JourneyNode.Candidate("recommend-email",
                                Message.of(JourneyChannel.EMAIL, MessageKind.RECOMMENDATION, "recs-email"), 40, 1),
                        new JourneyNode.Candidate("promo-sms", new Message(JourneyChannel.SMS, MessageKind.PROMOTION,
                                "sms-10-off", Optional.of(new Offer.PercentOff(10))), 35, 1),
                        new JourneyNode.Candidate("loyalty-push",
                                Message.of(JourneyChannel.APP_PUSH, MessageKind.LOYALTY_REWARD, "points-push"), 45, 1)),
                        0.05, true),
                new JourneyNode.Wait("wait-3d", "Three days", p, Duration.ofDays(3), Optional.empty()),
                new JourneyNode.Action("last-email", "Last reminder", p,
                        Message.of(JourneyChannel.EMAIL, MessageKind.REMINDER, "last-reminder")),
                new JourneyNode.Exit("done", "Done", p),
                new JourneyNode.Exit("bought", "Bought", p));
        List<Edge> edges = List.of(
                new Edge("entry", "next", "vip-split"),
                new Edge("vip-split", "vip", "vip-email"),
                new Edge("vip-split", "else", "ab"),
                new Edge("ab", "a", "promo-email"),
                new Edge("ab", "b", "scarcity-push"),
                new Edge("vip-email", "next", "wait-purchase"),
                new Edge("promo-email", "next", "wait-purchase"),
                new Edge("scarcity-push", "next", "wait-purchase"),
                new Edge("wait-purchase", "event", "bought"),
                new Edge("wait-purchase", "timeout", "nba"),
                new Edge("nba", "next", "wait-3d"),
                new Edge("nba", "none", "done"),
                new Edge("wait-3d", "next", "last-email"),
                new Edge("last-email", "next", "done"));
        Guardrails guardrails = new Guardrails(List.of(
                FrequencyCap.of(JourneyChannel.EMAIL, 2, Duration.ofDays(7)),
                FrequencyCap.of(JourneyChannel.APP_PUSH, 1, Duration.ofDays(1)),
                FrequencyCap.global(4, Duration.ofDays(7))),
                Optional.of(new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0),
                        List.of(JourneyChannel.APP_PUSH, JourneyChannel.SMS))),
                ConsentRules.standard(), 10);
        return new Journey("cart-recovery", "Cart recovery", "Recover abandoned carts.", 1,
                new Goal("purchase", Duration.ofDays(7)),
                new EntryTrigger.EventTrigger("cart_abandon", Condition.Group.always()), Condition.Group.always(),
                new ReEntryPolicy(true, Duration.ofDays(14), 3), nodes, edges, guardrails, ObjectiveWeights.balanced());
    }
}
