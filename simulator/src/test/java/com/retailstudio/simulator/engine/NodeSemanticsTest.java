package com.retailstudio.simulator.engine;

import static com.retailstudio.simulator.engine.Cases.AT;
import static com.retailstudio.simulator.engine.Cases.action;
import static com.retailstudio.simulator.engine.Cases.entry;
import static com.retailstudio.simulator.engine.Cases.exit;
import static com.retailstudio.simulator.engine.Cases.journey;
import static com.retailstudio.simulator.engine.Cases.linear;
import static com.retailstudio.simulator.engine.Cases.none;
import static com.retailstudio.simulator.engine.Cases.onEvent;
import static com.retailstudio.simulator.engine.Cases.run;
import static com.retailstudio.simulator.engine.Cases.silent;
import static com.retailstudio.simulator.engine.Cases.times;
import static com.retailstudio.simulator.engine.Cases.tracing;
import static com.retailstudio.simulator.engine.Cases.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.ConsentPurpose;
import com.retailstudio.data.model.EventType;
import com.retailstudio.data.model.LoyaltyTier;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.EntryTrigger;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Message;
import com.retailstudio.designer.model.MessageKind;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.designer.model.ReEntryPolicy;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.SimulationSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeSemanticsTest {

    private static Journey waitForPurchase() {
        JourneyNode.Wait wait = waitFor("wait", Duration.ofDays(3), "purchase");
        return journey(onEvent("cart_abandon"), none(), ReEntryPolicy.once(),
                List.of(entry(), wait, exit("bought"), action("push", JourneyChannel.APP_PUSH), exit("end")),
                List.of(new Edge("entry", "next", "wait"), new Edge("wait", "event", "bought"),
                        new Edge("wait", "timeout", "push"), new Edge("push", "next", "end")));
    }

    private static Journey waitForAppSession() {
        JourneyNode.Wait wait = waitFor("wait", Duration.ofDays(3), "app_session");
        return journey(onEvent("cart_abandon"), none(), ReEntryPolicy.once(),
                List.of(entry(), wait, exit("came-back"), action("push", JourneyChannel.APP_PUSH), exit("end")),
                List.of(new Edge("entry", "next", "wait"), new Edge("wait", "event", "came-back"),
                        new Edge("wait", "timeout", "push"), new Edge("push", "next", "end")));
    }

    @Test
    void waitUntilEventLeavesByEventWhenTheEventComesInTime() {
        CustomerData data = new Cases().customer("C1", "Europe/London")
                .event("C1", "2026-06-01T10:00:00Z", EventType.CART_ABANDON)
                .event("C1", "2026-06-02T10:00:00Z", EventType.APP_SESSION)
                .event("C1", "2026-06-09T10:00:00Z", EventType.PAGE_VIEW).data();
        SimulationResults r = run(waitForAppSession(), data, silent(), tracing("C1"));
        assertEquals(1, r.passed(r.nodeIndex("wait"), "event"));
        assertEquals(1, r.exited(r.nodeIndex("came-back")));
        assertEquals(0, r.sent(r.actionIndex("push")));
    }

    @Test
    void waitUntilEventTimesOutAtExactlyTheDuration() {
        CustomerData data = new Cases().customer("C1", "Europe/London")
                .event("C1", "2026-06-01T10:00:00Z", EventType.CART_ABANDON)
                .event("C1", "2026-06-04T10:00:01Z", EventType.APP_SESSION).data();
        SimulationResults r = run(waitForAppSession(), data, silent(), tracing("C1"));
        assertEquals(1, r.passed(r.nodeIndex("wait"), "timeout"));
        assertEquals(List.of(Instant.parse("2026-06-04T10:00:00Z")), times(r, "C1", "push", "sent"));
    }

    @Test
    void anEventAtExactlyTheDeadlineStillCountsAsInTime() {
        CustomerData data = new Cases().customer("C1", "Europe/London")
                .event("C1", "2026-06-01T10:00:00Z", EventType.CART_ABANDON)
                .event("C1", "2026-06-04T10:00:00Z", EventType.APP_SESSION).data();
        SimulationResults r = run(waitForAppSession(), data, silent(), tracing("C1"));
        assertEquals(1, r.passed(r.nodeIndex("wait"), "event"));
    }

    @Test
    void theGoalEventEndsTheJourneyAndCountsAsAConversion() {
        CustomerData data = new Cases().customer("C1", "Europe/London")
                .event("C1", "2026-06-01T10:00:00Z", EventType.CART_ABANDON)
                .purchase("C1", "2026-06-02T10:00:00Z", 80).data();
        SimulationResults r = run(waitForPurchase(), data, silent(), tracing("C1"));
        // the goal is the purchase too: the customer leaves by the goal, not by the wait's event port
        assertEquals(1, r.goalExits(r.nodeIndex("wait")));
        assertEquals(1, r.treatedConversions());
        assertEquals(80.0, r.treatedRevenue());
    }

    @Test
    void customersStillWaitingWhenTheDataEndsAreCountedWhereTheyWait() {
        CustomerData data = new Cases().customer("C1", "Europe/London")
                .event("C1", "2026-06-01T10:00:00Z", EventType.CART_ABANDON)
                .event("C1", "2026-06-02T10:00:00Z", EventType.PAGE_VIEW).data();
        SimulationResults r = run(waitForPurchase(), data, silent(), tracing("C1"));
        assertEquals(1, r.waitingAtEnd(r.nodeIndex("wait")));
        assertEquals(0, r.treatedConversions());
    }

    @Test
    void withoutReEntryACustomerEntersOnce() {
        Journey journey = linear(onEvent("cart_abandon"), none(), ReEntryPolicy.once(), entry(),
                action("email", JourneyChannel.EMAIL), exit("done"));
        CustomerData data = new Cases().customer("C1", "Europe/London")
                .event("C1", "2026-06-01T10:00:00Z", EventType.CART_ABANDON)
                .event("C1", "2026-06-03T10:00:00Z", EventType.CART_ABANDON).data();
        SimulationResults r = run(journey, data, silent(), tracing("C1"));
        assertEquals(1, r.entered(r.nodeIndex("entry")));
    }

    @Test
    void reEntryWaitsForTheCooldownAndStopsAtTheMaximum() {
        Journey journey = linear(onEvent("cart_abandon"), none(), new ReEntryPolicy(true, Duration.ofDays(2), 2),
                entry(), action("email", JourneyChannel.EMAIL), exit("done"));
        CustomerData data = new Cases().customer("C1", "Europe/London")
                .event("C1", "2026-06-01T10:00:00Z", EventType.CART_ABANDON)
                .event("C1", "2026-06-02T10:00:00Z", EventType.CART_ABANDON) // inside the cooldown
                .event("C1", "2026-06-03T10:00:00Z", EventType.CART_ABANDON) // 2 days after leaving: enters
                .event("C1", "2026-06-09T10:00:00Z", EventType.CART_ABANDON) // maximum reached
                .data();
        SimulationResults r = run(journey, data, silent(), tracing("C1"));
        assertEquals(List.of(Instant.parse("2026-06-01T10:00:00Z"), Instant.parse("2026-06-03T10:00:00Z")),
                times(r, "C1", "entry", "entered"));
    }

    @Test
    void aCustomerInsideTheJourneyIsNotEnteredAgain() {
        Journey journey = linear(onEvent("cart_abandon"), none(), new ReEntryPolicy(true, Duration.ZERO, 10),
                entry(), waitFor("wait", Duration.ofDays(2), null), exit("done"));
        CustomerData data = new Cases().customer("C1", "Europe/London")
                .event("C1", "2026-06-01T10:00:00Z", EventType.CART_ABANDON)
                .event("C1", "2026-06-02T10:00:00Z", EventType.CART_ABANDON)
                .event("C1", "2026-06-05T10:00:00Z", EventType.CART_ABANDON).data();
        SimulationResults r = run(journey, data, silent(), tracing("C1"));
        assertEquals(2, r.entered(r.nodeIndex("entry")));
    }

    @Test
    void aConditionSplitTakesTheFirstBranchThatHoldsElseTheElsePort() {
        Condition.Group gold = Condition.Group.all(new Condition.Comparison("loyalty_tier", Operator.IN,
                new ConditionValue.ListValue(List.of(new ConditionValue.TextValue("GOLD"),
                        new ConditionValue.TextValue("PLATINUM")))));
        Condition.Group browsers = Condition.Group.all(new Condition.Comparison("events.page_view.count_7d",
                Operator.AT_LEAST, new ConditionValue.NumberValue(2)));
        JourneyNode.ConditionSplit split = new JourneyNode.ConditionSplit("split", "Split", AT, List.of(
                new JourneyNode.Branch("vip", "VIP", gold), new JourneyNode.Branch("browser", "Browser", browsers)));
        Journey journey = journey(onEvent("cart_abandon"), none(), ReEntryPolicy.once(),
                List.of(entry(), split, exit("a"), exit("b"), exit("c")),
                List.of(new Edge("entry", "next", "split"), new Edge("split", "vip", "a"),
                        new Edge("split", "browser", "b"), new Edge("split", "else", "c")));
        CustomerData data = new Cases()
                .customer("GOLD1", "Europe/London", LoyaltyTier.PLATINUM, true)
                .customer("BROWSE", "Europe/London", LoyaltyTier.NONE, true)
                .customer("OTHER", "Europe/London", LoyaltyTier.SILVER, true)
                .event("BROWSE", "2026-05-20T10:00:00Z", EventType.PAGE_VIEW) // older than 7 days: not counted
                .event("BROWSE", "2026-06-01T09:00:00Z", EventType.PAGE_VIEW)
                .event("BROWSE", "2026-06-01T09:30:00Z", EventType.PAGE_VIEW)
                .event("OTHER", "2026-05-20T10:00:00Z", EventType.PAGE_VIEW)
                .event("OTHER", "2026-06-01T09:00:00Z", EventType.PAGE_VIEW)
                .event("GOLD1", "2026-06-01T10:00:00Z", EventType.CART_ABANDON)
                .event("BROWSE", "2026-06-01T10:00:00Z", EventType.CART_ABANDON)
                .event("OTHER", "2026-06-01T10:00:00Z", EventType.CART_ABANDON).data();
        SimulationResults r = run(journey, data, silent(), tracing("GOLD1", "BROWSE", "OTHER"));
        int s = r.nodeIndex("split");
        assertEquals(1, r.passed(s, "vip"));
        assertEquals(1, r.passed(s, "browser"));
        assertEquals(1, r.passed(s, "else"));
        assertEquals("branch browser", r.traces().get("BROWSE").get(1).decision());
    }

    @Test
    void aRandomSplitIsStableForACustomerAndFollowsTheWeights() {
        JourneyNode.RandomSplit split = new JourneyNode.RandomSplit("ab", "A/B", AT, List.of(
                new JourneyNode.Path("a", "A", 80), new JourneyNode.Path("b", "B", 20)));
        Journey journey = journey(onEvent("cart_abandon"), none(), ReEntryPolicy.once(),
                List.of(entry(), split, exit("x"), exit("y")),
                List.of(new Edge("entry", "next", "ab"), new Edge("ab", "a", "x"), new Edge("ab", "b", "y")));
        Cases cases = new Cases();
        for (int i = 0; i < 2000; i++) {
            cases.customer("C" + i, "Europe/London").event("C" + i, "2026-06-01T10:00:00Z", EventType.CART_ABANDON);
        }
        CustomerData data = cases.data();
        SimulationResults one = run(journey, data, silent(), SimulationSettings.defaults(5));
        SimulationResults again = run(journey, data, silent(), SimulationSettings.defaults(5));
        SimulationResults otherSeed = run(journey, data, silent(), SimulationSettings.defaults(6));
        int ab = one.nodeIndex("ab");
        long a = one.passed(ab, "a");
        assertEquals(a, again.passed(ab, "a"));
        assertTrue(Math.abs(a - 1600) < 4 * Math.sqrt(2000 * 0.8 * 0.2), "A took " + a + " of 2000");
        assertTrue(a != otherSeed.passed(ab, "a") || one.passed(ab, "b") != otherSeed.passed(ab, "b")
                || !one.traces().equals(otherSeed.traces()), "another seed draws again");
    }

    @Test
    void nextBestActionPicksTheHighestScoreAndFatigueCanTurnItToNone() {
        JourneyNode.NextBestAction nba = new JourneyNode.NextBestAction("nba", "Best", AT, List.of(
                new JourneyNode.Candidate("cheap", Message.of(JourneyChannel.EMAIL, MessageKind.REMINDER, "c"), 10, 1),
                new JourneyNode.Candidate("rich", Message.of(JourneyChannel.SMS, MessageKind.REMINDER, "r"), 100, 1)),
                0.5, false);
        Journey journey = journey(onEvent("cart_abandon"), none(), ReEntryPolicy.once(),
                List.of(entry(), nba, exit("sent"), exit("nothing")),
                List.of(new Edge("entry", "next", "nba"), new Edge("nba", "next", "sent"),
                        new Edge("nba", "none", "nothing")));
        // constant model: P(primary) = 0.1 with follow-ups 0.5 → email purchase 0.1 × 0.5 × 0.5 = 0.025, sms 0.1
        ResponseModel model = Cases.constant(0.1, 0.5);
        CustomerData fresh = new Cases().customer("C1", "Europe/London")
                .event("C1", "2026-06-01T10:00:00Z", EventType.CART_ABANDON).data();
        SimulationResults r = run(journey, fresh, model, tracing("C1"));
        assertEquals(1, r.sent(r.actionIndex("nba/rich")), "0.1 × 100 = 10 beats 0.025 × 10 = 0.25");

        Cases tired = new Cases().customer("C1", "Europe/London");
        for (int d = 7; d <= 31; d++) {
            tired.event("C1", "2026-05-" + (d < 10 ? "0" : "") + d + "T10:00:00Z", EventType.MESSAGE_SENT,
                    Channel.WEB, Double.NaN);
        }
        tired.event("C1", "2026-06-01T10:00:00Z", EventType.CART_ABANDON);
        SimulationResults t = run(journey, tired.data(), model, tracing("C1"));
        // 6 messages in the 7 days before (26 to 31 May; 25 May 10:00 is exactly 7 days back, outside):
        // 10 − 0.5 × 6 = 7 still wins
        assertEquals(1, t.sent(t.actionIndex("nba/rich")));

        JourneyNode.NextBestAction weary = new JourneyNode.NextBestAction("nba", "Best", AT, nba.candidates(), 2,
                false);
        Journey wearyJourney = journey.withNodes(List.of(entry(), weary, exit("sent"), exit("nothing")),
                journey.edges());
        SimulationResults w = run(wearyJourney, tired.data(), model, tracing("C1"));
        assertEquals(1, w.passed(w.nodeIndex("nba"), "none"), "10 − 2 × 6 < 0: nothing is worth sending");
    }

    @Test
    void nextBestActionSkipsCandidatesWithoutConsent() {
        JourneyNode.NextBestAction nba = new JourneyNode.NextBestAction("nba", "Best", AT, List.of(
                new JourneyNode.Candidate("email", Message.of(JourneyChannel.EMAIL, MessageKind.REMINDER, "c"), 10, 1),
                new JourneyNode.Candidate("sms", Message.of(JourneyChannel.SMS, MessageKind.REMINDER, "r"), 100, 1)),
                0, false);
        Journey journey = journey(onEvent("cart_abandon"), none(), ReEntryPolicy.once(),
                List.of(entry(), nba, exit("sent"), exit("nothing")),
                List.of(new Edge("entry", "next", "nba"), new Edge("nba", "next", "sent"),
                        new Edge("nba", "none", "nothing")));
        CustomerData data = new Cases().customer("C1", "Europe/London", LoyaltyTier.GOLD, false)
                .consent("C1", ConsentPurpose.EMAIL_MARKETING)
                .event("C1", "2026-06-01T10:00:00Z", EventType.CART_ABANDON).data();
        SimulationResults r = run(journey, data, Cases.constant(0.1, 0.5), tracing("C1"));
        assertEquals(1, r.sent(r.actionIndex("nba/email")));
        assertEquals(0, r.attempts(r.actionIndex("nba/sms")));
    }

    @Test
    void simulatedResponsesFeedWaitsAndAreCountedPerAction() {
        Journey journey = journey(onEvent("cart_abandon"), none(), ReEntryPolicy.once(),
                List.of(entry(), action("email", JourneyChannel.EMAIL), waitFor("wait", Duration.ofDays(1), "email_open"),
                        exit("opened"), exit("not-opened")),
                List.of(new Edge("entry", "next", "email"), new Edge("email", "next", "wait"),
                        new Edge("wait", "event", "opened"), new Edge("wait", "timeout", "not-opened")));
        // the model caps at 0.95, so some of 200 customers do not open
        Cases cases = new Cases();
        for (int i = 0; i < 200; i++) {
            cases.customer("C" + i, "Europe/London").event("C" + i, "2026-06-01T10:00:00Z", EventType.CART_ABANDON)
                    .event("C" + i, "2026-06-10T10:00:00Z", EventType.PAGE_VIEW);
        }
        SimulationResults r = run(journey, cases.data(), Cases.constant(1, 0), SimulationSettings.defaults(3));
        int email = r.actionIndex("email");
        assertEquals(r.opened(email), r.passed(r.nodeIndex("wait"), "event"));
        assertEquals(200 - r.opened(email), r.passed(r.nodeIndex("wait"), "timeout"));
        assertTrue(r.opened(email) > 170 && r.opened(email) < 200, "opened " + r.opened(email));
    }

    @Test
    void aScheduleEntersAtTheLocalTimeOfEachCustomer() {
        Journey journey = linear(new EntryTrigger.ScheduleTrigger(
                        LocalDate.of(2026, 6, 2), LocalTime.of(9, 0),
                        EntryTrigger.Repeat.DAILY), none(),
                new ReEntryPolicy(true, Duration.ZERO, 2), entry(), exit("done"));
        CustomerData data = new Cases().customer("TOKYO", "Asia/Tokyo").customer("LONDON", "Europe/London")
                .event("TOKYO", "2026-06-01T00:00:00Z", EventType.PAGE_VIEW)
                .event("LONDON", "2026-06-10T00:00:00Z", EventType.PAGE_VIEW).data();
        SimulationResults r = run(journey, data, silent(), tracing("TOKYO", "LONDON"));
        // 09:00 in Tokyo is 00:00 UTC; 09:00 in London (summer time) is 08:00 UTC; at most two entries each
        assertEquals(List.of(Instant.parse("2026-06-02T00:00:00Z"), Instant.parse("2026-06-03T00:00:00Z")),
                times(r, "TOKYO", "entry", "entered"));
        assertEquals(List.of(Instant.parse("2026-06-02T08:00:00Z"), Instant.parse("2026-06-03T08:00:00Z")),
                times(r, "LONDON", "entry", "entered"));
    }

    @Test
    void anAudienceTriggerEntersWhenTheCustomerStartsToMatch() {
        Condition.Group carts = Condition.Group.all(new Condition.Comparison("events.add_to_cart.count_7d",
                Operator.AT_LEAST, new ConditionValue.NumberValue(2)));
        Journey journey = linear(new EntryTrigger.AudienceTrigger("Carters", carts),
                none(), new ReEntryPolicy(true, Duration.ZERO, 5), entry(), exit("done"));
        CustomerData data = new Cases().customer("C1", "Europe/London")
                .event("C1", "2026-06-01T10:00:00Z", EventType.ADD_TO_CART)
                .event("C1", "2026-06-02T10:00:00Z", EventType.ADD_TO_CART)   // now matches: enters
                .event("C1", "2026-06-03T10:00:00Z", EventType.ADD_TO_CART)   // still matches: no new entry
                .event("C1", "2026-06-20T10:00:00Z", EventType.PAGE_VIEW)     // stops matching
                .event("C1", "2026-06-21T10:00:00Z", EventType.ADD_TO_CART)
                .event("C1", "2026-06-22T10:00:00Z", EventType.ADD_TO_CART).data(); // matches again: enters
        SimulationResults r = run(journey, data, silent(), tracing("C1"));
        assertEquals(List.of(Instant.parse("2026-06-02T10:00:00Z"), Instant.parse("2026-06-22T10:00:00Z")),
                times(r, "C1", "entry", "entered"));
    }

    @Test
    void nextBestActionAtTheBestHourWaitsForThatLocalHour() {
        JourneyNode.NextBestAction nba = new JourneyNode.NextBestAction("nba", "Best", AT, List.of(
                new JourneyNode.Candidate("email", Message.of(JourneyChannel.EMAIL, MessageKind.REMINDER, "c"), 10, 1)),
                0, true);
        Journey journey = journey(onEvent("cart_abandon"), none(), ReEntryPolicy.once(),
                List.of(entry(), nba, exit("sent"), exit("nothing")),
                List.of(new Edge("entry", "next", "nba"), new Edge("nba", "next", "sent"),
                        new Edge("nba", "none", "nothing")));
        // the constant model's hour factors are all equal, so the best hour is the first: 00:00 local
        CustomerData data = new Cases().customer("C1", "Europe/London")
                .event("C1", "2026-06-01T10:00:00Z", EventType.CART_ABANDON)
                .event("C1", "2026-06-05T10:00:00Z", EventType.PAGE_VIEW).data();
        SimulationResults r = run(journey, data, Cases.constant(0.1, 0.5), tracing("C1"));
        assertEquals(List.of(Instant.parse("2026-06-01T23:00:00Z")), times(r, "C1", "nba/email", "sent"));
    }
}
