package com.retailstudio.simulator.engine;

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

import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.ConsentPurpose;
import com.retailstudio.data.model.EventType;
import com.retailstudio.data.model.LoyaltyTier;
import com.retailstudio.designer.model.FrequencyCap;
import com.retailstudio.designer.model.Holdout;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.ReEntryPolicy;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.simulator.model.SuppressionReason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GuardrailSemanticsTest {
    private static final ReEntryPolicy MANY = new ReEntryPolicy(true, Duration.ZERO, 100);

    private static Journey pushJourney(List<FrequencyCap> caps, boolean quietHours, double holdout) {
        return linear(onEvent("cart_abandon"), guardrails(caps,
                        quietHours ? Optional.of(quiet(JourneyChannel.APP_PUSH, JourneyChannel.SMS)) : Optional.empty(),
                        holdout), MANY, entry(), action("push", JourneyChannel.APP_PUSH), exit("done"));
    }

    @Test
    void quietHoursDeferSendToNextMorningInCustomerTimeZone() {
        // 14:30 UTC is 23:30 in Tokyo: held until 08:00 Tokyo the next day, 23:00 UTC
        CustomerData data = new Cases().customer("C1", "Asia/Tokyo")
                .event("C1", "2026-06-01T14:30:00Z", EventType.CART_ABANDON)
                .event("C1", "2026-06-05T00:00:00Z", EventType.PAGE_VIEW).data();
        SimulationResults r = run(pushJourney(List.of(), true, 0), data, silent(), tracing("C1"));
        int push = r.actionIndex("push");
        assertEquals(1, r.deferred(push));
        assertEquals(1, r.sent(push));
        assertEquals(List.of(Instant.parse("2026-06-01T23:00:00Z")), times(r, "C1", "push", "sent"));
    }

    @Test
    void quietHoursDeferralCrossesMidnightInTheCustomersZoneNotInUtc() {
        // 05:30 UTC on 2 June is 22:30 on 1 June in Los Angeles (UTC-7 in summer): sent 08:00 local on 2 June
        CustomerData data = new Cases().customer("C1", "America/Los_Angeles")
                .event("C1", "2026-06-02T05:30:00Z", EventType.CART_ABANDON)
                .event("C1", "2026-06-05T00:00:00Z", EventType.PAGE_VIEW).data();
        SimulationResults r = run(pushJourney(List.of(), true, 0), data, silent(), tracing("C1"));
        assertEquals(List.of(Instant.parse("2026-06-02T15:00:00Z")), times(r, "C1", "push", "sent"));
    }

    @Test
    void quietHoursAfterLocalMidnightHoldUntilTheSameMorning() {
        // 09:00 UTC is 02:00 in Los Angeles: sent at 08:00 local the same day
        CustomerData data = new Cases().customer("C1", "America/Los_Angeles")
                .event("C1", "2026-06-02T09:00:00Z", EventType.CART_ABANDON)
                .event("C1", "2026-06-05T00:00:00Z", EventType.PAGE_VIEW).data();
        SimulationResults r = run(pushJourney(List.of(), true, 0), data, silent(), tracing("C1"));
        assertEquals(List.of(Instant.parse("2026-06-02T15:00:00Z")), times(r, "C1", "push", "sent"));
    }

    @Test
    void quietHoursDropSettingSuppressesAndMovesOn() {
        CustomerData data = new Cases().customer("C1", "Asia/Tokyo")
                .event("C1", "2026-06-01T14:30:00Z", EventType.CART_ABANDON)
                .event("C1", "2026-06-05T00:00:00Z", EventType.PAGE_VIEW).data();
        SimulationResults r = run(pushJourney(List.of(), true, 0), data, silent(),
                tracing("C1").withQuietHours(SimulationSettings.QuietHoursMode.DROP));
        int push = r.actionIndex("push");
        assertEquals(0, r.sent(push));
        assertEquals(1, r.suppressed(push, SuppressionReason.QUIET_HOURS));
        assertEquals(1, r.exited(r.nodeIndex("done")));
    }

    @Test
    void quietHoursLeaveChannelsTheyDoNotListAlone() {
        Journey journey = linear(onEvent("cart_abandon"), guardrails(List.of(),
                Optional.of(quiet(JourneyChannel.APP_PUSH)), 0), MANY, entry(), action("email", JourneyChannel.EMAIL),
                exit("done"));
        CustomerData data = new Cases().customer("C1", "Asia/Tokyo")
                .event("C1", "2026-06-01T14:30:00Z", EventType.CART_ABANDON).data();
        SimulationResults r = run(journey, data, silent(), tracing("C1"));
        assertEquals(List.of(Instant.parse("2026-06-01T14:30:00Z")), times(r, "C1", "email", "sent"));
    }

    @Test
    void dailyCapCountsCalendarDaysInTheCustomersZoneNotRolling24Hours() {
        // Tokyo (UTC+9): 23:00 on 1 June, 00:30 on 2 June (a new local day: sent), 10:00 on 2 June (capped)
        CustomerData data = new Cases().customer("C1", "Asia/Tokyo")
                .event("C1", "2026-06-01T14:00:00Z", EventType.CART_ABANDON)
                .event("C1", "2026-06-01T15:30:00Z", EventType.CART_ABANDON)
                .event("C1", "2026-06-02T01:00:00Z", EventType.CART_ABANDON).data();
        SimulationResults r = run(pushJourney(List.of(FrequencyCap.of(JourneyChannel.APP_PUSH, 1, Duration.ofDays(1))),
                false, 0), data, silent(), tracing("C1"));
        int push = r.actionIndex("push");
        assertEquals(2, r.sent(push));
        assertEquals(1, r.suppressed(push, SuppressionReason.FREQUENCY_CAP));
        assertEquals(List.of(Instant.parse("2026-06-01T14:00:00Z"), Instant.parse("2026-06-01T15:30:00Z")),
                times(r, "C1", "push", "sent"));
    }

    @Test
    void sevenDayCapCoversTodayAndTheSixLocalDaysBefore() {
        // London: sends on 1 June and 7 June fill a 2-per-7-days cap; 7 June again is capped; 8 June is free again
        // because 1 June has left the window of 2..8 June
        CustomerData data = new Cases().customer("C1", "Europe/London")
                .event("C1", "2026-06-01T10:00:00Z", EventType.CART_ABANDON)
                .event("C1", "2026-06-07T10:00:00Z", EventType.CART_ABANDON)
                .event("C1", "2026-06-07T12:00:00Z", EventType.CART_ABANDON)
                .event("C1", "2026-06-08T00:30:00Z", EventType.CART_ABANDON).data();
        SimulationResults r = run(pushJourney(List.of(FrequencyCap.of(JourneyChannel.APP_PUSH, 2, Duration.ofDays(7))),
                false, 0), data, silent(), tracing("C1"));
        int push = r.actionIndex("push");
        assertEquals(3, r.sent(push));
        assertEquals(1, r.suppressed(push, SuppressionReason.FREQUENCY_CAP));
    }

    @Test
    void capsShorterThanADayAreRolling() {
        CustomerData data = new Cases().customer("C1", "Europe/London")
                .event("C1", "2026-06-01T10:00:00Z", EventType.CART_ABANDON)
                .event("C1", "2026-06-01T21:59:59Z", EventType.CART_ABANDON)
                .event("C1", "2026-06-01T22:00:00Z", EventType.CART_ABANDON).data();
        SimulationResults r = run(pushJourney(List.of(FrequencyCap.of(JourneyChannel.APP_PUSH, 1, Duration.ofHours(12))),
                false, 0), data, silent(), tracing("C1"));
        assertEquals(List.of(Instant.parse("2026-06-01T10:00:00Z"), Instant.parse("2026-06-01T22:00:00Z")),
                times(r, "C1", "push", "sent"));
    }

    @Test
    void aCappedCustomerMovesOnWithoutTheMessage() {
        Journey journey = linear(onEvent("cart_abandon"), guardrails(List.of(FrequencyCap.global(1, Duration.ofDays(1))),
                Optional.empty(), 0), ReEntryPolicy.once(), entry(), action("email", JourneyChannel.EMAIL),
                action("push", JourneyChannel.APP_PUSH), exit("done"));
        CustomerData data = new Cases().customer("C1", "Europe/London")
                .event("C1", "2026-06-01T10:00:00Z", EventType.CART_ABANDON).data();
        SimulationResults r = run(journey, data, silent(), tracing("C1"));
        assertEquals(1, r.sent(r.actionIndex("email")));
        assertEquals(1, r.suppressed(r.actionIndex("push"), SuppressionReason.FREQUENCY_CAP));
        assertEquals(1, r.passed(r.nodeIndex("push"), "next"));
        assertEquals(1, r.exited(r.nodeIndex("done")));
    }

    @Test
    void theExitCapSettingEndsTheJourneyAtTheCappedAction() {
        Journey journey = linear(onEvent("cart_abandon"), guardrails(List.of(FrequencyCap.global(1, Duration.ofDays(1))),
                Optional.empty(), 0), ReEntryPolicy.once(), entry(), action("email", JourneyChannel.EMAIL),
                action("push", JourneyChannel.APP_PUSH), exit("done"));
        CustomerData data = new Cases().customer("C1", "Europe/London")
                .event("C1", "2026-06-01T10:00:00Z", EventType.CART_ABANDON).data();
        SimulationResults r = run(journey, data, silent(), tracing("C1").withCapped(SimulationSettings.CappedMode.EXIT));
        assertEquals(1, r.exited(r.nodeIndex("push")));
        assertEquals(0, r.entered(r.nodeIndex("done")));
    }

    @Test
    void messagesInTheDataCountTowardsCapsUnlessSwitchedOff() {
        CustomerData data = new Cases().customer("C1", "Europe/London")
                .event("C1", "2026-06-01T08:00:00Z", EventType.MESSAGE_SENT, Channel.APP, Double.NaN)
                .event("C1", "2026-06-01T10:00:00Z", EventType.CART_ABANDON).data();
        Journey journey = pushJourney(List.of(FrequencyCap.of(JourneyChannel.APP_PUSH, 1, Duration.ofDays(1))), false, 0);
        SimulationResults counted = run(journey, data, silent(), tracing("C1"));
        SimulationResults ignored = run(journey, data, silent(), tracing("C1").withCountDataSends(false));
        assertEquals(1, counted.suppressed(counted.actionIndex("push"), SuppressionReason.FREQUENCY_CAP));
        assertEquals(1, ignored.sent(ignored.actionIndex("push")));
    }

    @Test
    void withoutConsentForTheChannelTheSendIsSuppressedAndTheCustomerMovesOn() {
        CustomerData data = new Cases().customer("C1", "Europe/London", LoyaltyTier.GOLD, false)
                .consent("C1", ConsentPurpose.EMAIL_MARKETING)
                .event("C1", "2026-06-01T10:00:00Z", EventType.CART_ABANDON).data();
        SimulationResults r = run(pushJourney(List.of(), false, 0), data, silent(), tracing("C1"));
        assertEquals(1, r.suppressed(r.actionIndex("push"), SuppressionReason.NO_CONSENT));
        assertEquals(1, r.exited(r.nodeIndex("done")));
    }

    @Test
    void holdoutCustomersEnterAndTravelButReceiveNothing() {
        Cases cases = new Cases();
        for (int i = 0; i < 400; i++) {
            String id = "C" + i;
            cases.customer(id, "Europe/London").event(id, "2026-06-01T10:00:00Z", EventType.CART_ABANDON);
        }
        CustomerData data = cases.data();
        SimulationResults r = run(pushJourney(List.of(), false, 25), data, silent(), SimulationSettings.defaults(1));
        long expectedHeldOut = IntStream.range(0, 400)
                .filter(i -> Holdout.isHeldOut("journey-1", "C" + i, 25)).count();
        int push = r.actionIndex("push");
        assertEquals(expectedHeldOut, r.holdoutCustomers());
        assertEquals(400 - expectedHeldOut, r.treatedCustomers());
        assertEquals(expectedHeldOut, r.suppressed(push, SuppressionReason.HOLDOUT));
        assertEquals(400 - expectedHeldOut, r.sent(push));
        assertEquals(400, r.exited(r.nodeIndex("done")));
    }

    @Test
    void holdoutMembershipDoesNotDependOnTheSeedOrThePartitioning() {
        Cases cases = new Cases();
        for (int i = 0; i < 300; i++) {
            String id = "C" + i;
            cases.customer(id, "Europe/London").event(id, "2026-06-01T10:00:00Z", EventType.CART_ABANDON);
        }
        CustomerData data = cases.data();
        JourneyPlan plan = JourneyPlan.compile(pushJourney(List.of(), false, 30));
        SimulationResults a = new Simulator(plan, data, silent(), SimulationSettings.defaults(1)).run(1, 1);
        SimulationResults b = new Simulator(plan, data, silent(), SimulationSettings.defaults(99)).run(7, 2);
        assertEquals(a.holdoutCustomers(), b.holdoutCustomers());
        assertEquals(a.suppressed(0, SuppressionReason.HOLDOUT), b.suppressed(0, SuppressionReason.HOLDOUT));
    }

    @Test
    void aDeferredSendIsCheckedAgainstTheCapsWhenItIsReleased() {
        // deferred from 23:30 to 08:00 Tokyo; another campaign's push at 07:30 Tokyo fills the daily push cap first
        CustomerData data = new Cases().customer("C1", "Asia/Tokyo")
                .event("C1", "2026-06-01T14:30:00Z", EventType.CART_ABANDON)
                .event("C1", "2026-06-01T22:30:00Z", EventType.MESSAGE_SENT, Channel.APP, Double.NaN)
                .event("C1", "2026-06-05T00:00:00Z", EventType.PAGE_VIEW).data();
        SimulationResults r = run(pushJourney(List.of(FrequencyCap.of(JourneyChannel.APP_PUSH, 1, Duration.ofDays(1))),
                true, 0), data, silent(), tracing("C1"));
        int push = r.actionIndex("push");
        assertEquals(1, r.deferred(push));
        assertEquals(1, r.attempts(push));
        assertEquals(1, r.suppressed(push, SuppressionReason.FREQUENCY_CAP));
        assertEquals(List.of(Instant.parse("2026-06-01T23:00:00Z")),
                times(r, "C1", "push", "suppressed: frequency_cap"));
    }
}
