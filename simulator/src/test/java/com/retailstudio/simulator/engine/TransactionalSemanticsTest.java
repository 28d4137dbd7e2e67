package com.retailstudio.simulator.engine;

import static com.retailstudio.simulator.engine.Cases.AT;
import static com.retailstudio.simulator.engine.Cases.action;
import static com.retailstudio.simulator.engine.Cases.entry;
import static com.retailstudio.simulator.engine.Cases.exit;
import static com.retailstudio.simulator.engine.Cases.guardrails;
import static com.retailstudio.simulator.engine.Cases.linear;
import static com.retailstudio.simulator.engine.Cases.onEvent;
import static com.retailstudio.simulator.engine.Cases.quiet;
import static com.retailstudio.simulator.engine.Cases.run;
import static com.retailstudio.simulator.engine.Cases.silent;
import static com.retailstudio.simulator.engine.Cases.times;
import static com.retailstudio.simulator.engine.Cases.tracing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.ConsentPurpose;
import com.retailstudio.data.model.EventType;
import com.retailstudio.data.model.LoyaltyTier;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.FrequencyCap;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Message;
import com.retailstudio.designer.model.MessageKind;
import com.retailstudio.designer.model.ReEntryPolicy;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.simulator.model.SuppressionReason;
import com.retailstudio.simulator.model.TraceStep;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Transactional messages are neither held back by nor counted towards frequency caps (docs/journey-semantics.md). */
class TransactionalSemanticsTest {
    private static final List<FrequencyCap> ONE_EMAIL_A_DAY = List.of(FrequencyCap.of(JourneyChannel.EMAIL, 1,
            Duration.ofDays(1)), FrequencyCap.global(1, Duration.ofDays(1)));

    private static JourneyNode.Action notice(String id, JourneyChannel channel) {
        return new JourneyNode.Action(id, id, AT, Message.of(channel, MessageKind.REMINDER, id).withTransactional(true));
    }

    private static CustomerData oneAbandonedCart() {
        return new Cases().customer("C1", "Europe/London")
                .event("C1", "2026-06-01T10:00:00Z", EventType.CART_ABANDON).data();
    }

    @Test
    void aCappedCustomerStillGetsTheTransactionalMessage() {
        // the marketing email uses up both the email cap and the global cap; the notice goes out all the same
        Journey journey = linear(onEvent("cart_abandon"), guardrails(ONE_EMAIL_A_DAY, Optional.empty(), 0),
                ReEntryPolicy.once(), entry(), action("email", JourneyChannel.EMAIL),
                notice("notice", JourneyChannel.EMAIL), exit("done"));
        SimulationResults r = run(journey, oneAbandonedCart(), silent(), tracing("C1"));
        int notice = r.actionIndex("notice");
        assertEquals(1, r.sent(r.actionIndex("email")));
        assertEquals(1, r.sent(notice));
        assertEquals(0, r.suppressed(notice, SuppressionReason.FREQUENCY_CAP));
        assertEquals(1, r.exited(r.nodeIndex("done")));
        TraceStep sent = r.traces().get("C1").stream()
                .filter(s -> s.nodeId().equals("notice") && s.decision().equals("sent")).findFirst().orElseThrow();
        assertEquals("email reminder, transactional: frequency caps do not apply", sent.reason());
    }

    @Test
    void theSameMessageWithoutTheMarkIsCapped() {
        Journey journey = linear(onEvent("cart_abandon"), guardrails(ONE_EMAIL_A_DAY, Optional.empty(), 0),
                ReEntryPolicy.once(), entry(), action("email", JourneyChannel.EMAIL),
                action("notice", JourneyChannel.EMAIL), exit("done"));
        SimulationResults r = run(journey, oneAbandonedCart(), silent(), tracing("C1"));
        assertEquals(0, r.sent(r.actionIndex("notice")));
        assertEquals(1, r.suppressed(r.actionIndex("notice"), SuppressionReason.FREQUENCY_CAP));
    }

    @Test
    void aTransactionalSendDoesNotUseUpCapForAFollowingMarketingMessage() {
        Journey journey = linear(onEvent("cart_abandon"), guardrails(ONE_EMAIL_A_DAY, Optional.empty(), 0),
                ReEntryPolicy.once(), entry(), notice("notice", JourneyChannel.EMAIL),
                action("email", JourneyChannel.EMAIL), exit("done"));
        SimulationResults r = run(journey, oneAbandonedCart(), silent(), tracing("C1"));
        assertEquals(1, r.sent(r.actionIndex("notice")));
        assertEquals(1, r.sent(r.actionIndex("email")));
        assertEquals(List.of(Instant.parse("2026-06-01T10:00:00Z")), times(r, "C1", "email", "sent"));
        // a marketing message in front would have used the day's cap up
        Journey marketingFirst = linear(onEvent("cart_abandon"), guardrails(ONE_EMAIL_A_DAY, Optional.empty(), 0),
                ReEntryPolicy.once(), entry(), action("notice", JourneyChannel.EMAIL),
                action("email", JourneyChannel.EMAIL), exit("done"));
        SimulationResults capped = run(marketingFirst, oneAbandonedCart(), silent(), tracing("C1"));
        assertEquals(1, capped.suppressed(capped.actionIndex("email"), SuppressionReason.FREQUENCY_CAP));
    }

    @Test
    void otherCampaignsMessagesInTheDataDoNotHoldATransactionalMessageBack() {
        CustomerData data = new Cases().customer("C1", "Europe/London")
                .event("C1", "2026-06-01T08:00:00Z", EventType.MESSAGE_SENT, Channel.EMAIL, Double.NaN)
                .event("C1", "2026-06-01T10:00:00Z", EventType.CART_ABANDON).data();
        Journey journey = linear(onEvent("cart_abandon"), guardrails(ONE_EMAIL_A_DAY, Optional.empty(), 0),
                ReEntryPolicy.once(), entry(), notice("notice", JourneyChannel.EMAIL), exit("done"));
        SimulationResults r = run(journey, data, silent(), tracing("C1"));
        assertEquals(1, r.sent(r.actionIndex("notice")));
    }

    @Test
    void theExitCapSettingNeverEndsTheJourneyAtATransactionalMessage() {
        Journey journey = linear(onEvent("cart_abandon"), guardrails(ONE_EMAIL_A_DAY, Optional.empty(), 0),
                ReEntryPolicy.once(), entry(), action("email", JourneyChannel.EMAIL),
                notice("notice", JourneyChannel.EMAIL), exit("done"));
        SimulationResults r = run(journey, oneAbandonedCart(), silent(),
                tracing("C1").withCapped(SimulationSettings.CappedMode.EXIT));
        assertEquals(1, r.sent(r.actionIndex("notice")));
        assertEquals(0, r.exited(r.nodeIndex("notice")));
        assertEquals(1, r.exited(r.nodeIndex("done")));
    }

    @Test
    void holdoutConsentAndQuietHoursStillApply() {
        Journey held = linear(onEvent("cart_abandon"), guardrails(List.of(), Optional.empty(), 100),
                ReEntryPolicy.once(), entry(), notice("notice", JourneyChannel.EMAIL), exit("done"));
        SimulationResults holdout = run(held, oneAbandonedCart(), silent(), tracing("C1"));
        assertEquals(1, holdout.suppressed(0, SuppressionReason.HOLDOUT));

        CustomerData noEmailConsent = new Cases().customer("C1", "Europe/London", LoyaltyTier.GOLD, false)
                .consent("C1", ConsentPurpose.PUSH_MARKETING)
                .event("C1", "2026-06-01T10:00:00Z", EventType.CART_ABANDON).data();
        Journey open = linear(onEvent("cart_abandon"), guardrails(List.of(), Optional.empty(), 0),
                ReEntryPolicy.once(), entry(), notice("notice", JourneyChannel.EMAIL), exit("done"));
        assertEquals(1, run(open, noEmailConsent, silent(), tracing("C1")).suppressed(0, SuppressionReason.NO_CONSENT));

        // 23:30 in London: the push notice waits for 08:00 local like any other push
        CustomerData late = new Cases().customer("C1", "Europe/London")
                .event("C1", "2026-06-01T22:30:00Z", EventType.CART_ABANDON)
                .event("C1", "2026-06-03T00:00:00Z", EventType.PAGE_VIEW).data();
        Journey push = linear(onEvent("cart_abandon"), guardrails(List.of(), Optional.of(quiet(JourneyChannel.APP_PUSH)),
                0), ReEntryPolicy.once(), entry(), notice("notice", JourneyChannel.APP_PUSH), exit("done"));
        SimulationResults quiet = run(push, late, silent(), tracing("C1"));
        assertEquals(1, quiet.deferred(0));
        assertEquals(List.of(Instant.parse("2026-06-02T07:00:00Z")), times(quiet, "C1", "notice", "sent"));
    }

    @Test
    void resultsSayWhichActionsAreTransactionalAndPartitionsMergeToTheSingleRun() {
        Journey journey = linear(onEvent("cart_abandon"), guardrails(ONE_EMAIL_A_DAY, Optional.empty(), 10),
                new ReEntryPolicy(true, Duration.ZERO, 10), entry(), action("email", JourneyChannel.EMAIL),
                notice("notice", JourneyChannel.EMAIL), action("push", JourneyChannel.APP_PUSH), exit("done"));
        Cases cases = new Cases();
        for (int i = 0; i < 120; i++) {
            String id = "C" + i;
            cases.customer(id, i % 2 == 0 ? "Europe/London" : "America/New_York")
                    .event(id, "2026-06-01T10:00:00Z", EventType.CART_ABANDON)
                    .event(id, "2026-06-01T1" + (i % 10) + ":30:00Z", EventType.CART_ABANDON)
                    .event(id, "2026-06-02T09:00:00Z", EventType.CART_ABANDON);
        }
        CustomerData data = cases.data();
        JourneyPlan plan = JourneyPlan.compile(journey);
        SimulationResults single = new Simulator(plan, data, Cases.constant(0.3, 0.3), SimulationSettings.defaults(5))
                .run(1, 1);
        SimulationResults partitioned = new Simulator(plan, data, Cases.constant(0.3, 0.3),
                SimulationSettings.defaults(5)).run(7, 2);
        assertEquals(single.fingerprint(), partitioned.fingerprint());
        assertFalse(partitioned.transactional(partitioned.actionIndex("email")));
        assertTrue(partitioned.transactional(partitioned.actionIndex("notice")));
        assertFalse(partitioned.transactional(partitioned.actionIndex("push")));
        int notice = single.actionIndex("notice");
        assertEquals(single.attempts(notice), single.sent(notice) + single.suppressed(notice, SuppressionReason.HOLDOUT));
        assertTrue(single.suppressed(single.actionIndex("email"), SuppressionReason.FREQUENCY_CAP) > 0);
    }

    @Test
    void aTransactionalMessageStillCountsAsReceivedForNextBestActionFatigue() {
        JourneyNode.NextBestAction nba = new JourneyNode.NextBestAction("nba", "Best", AT, List.of(
                new JourneyNode.Candidate("sms", Message.of(JourneyChannel.SMS, MessageKind.REMINDER, "s"), 100, 1)),
                11, false);
        List<Edge> edges = List.of(
                new Edge("entry", "next", "notice"),
                new Edge("notice", "next", "nba"),
                new Edge("nba", "next", "sent"),
                new Edge("nba", "none", "nothing"));
        Journey journey = Cases.journey(onEvent("cart_abandon"), Cases.none(), ReEntryPolicy.once(),
                List.of(entry(), notice("notice", JourneyChannel.EMAIL), nba, exit("sent"), exit("nothing")), edges);
        // constant model: sms purchase 0.1, so the score is 0.1 × 100 − 11 × recent: 10 with no message, −1 after one
        SimulationResults r = run(journey, oneAbandonedCart(), Cases.constant(0.1, 0.5), tracing("C1"));
        assertEquals(1, r.sent(r.actionIndex("notice")));
        assertEquals(1, r.passed(r.nodeIndex("nba"), "none"), "the notice counts as one recent message");
        Journey without = Cases.journey(onEvent("cart_abandon"), Cases.none(), ReEntryPolicy.once(),
                List.of(entry(), nba, exit("sent"), exit("nothing")), List.of(
                        new Edge("entry", "next", "nba"), edges.get(2), edges.get(3)));
        SimulationResults w = run(without, oneAbandonedCart(), Cases.constant(0.1, 0.5), tracing("C1"));
        assertEquals(1, w.sent(w.actionIndex("nba/sms")), "no message received: 10 > 0");
    }
}
