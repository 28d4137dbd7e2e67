package com.retailstudio.simulator.engine;

import static com.retailstudio.simulator.engine.Cases.AT;
import static com.retailstudio.simulator.engine.Cases.action;
import static com.retailstudio.simulator.engine.Cases.entry;
import static com.retailstudio.simulator.engine.Cases.exit;
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

import com.retailstudio.data.model.EventType;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.ExitCriterion;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Message;
import com.retailstudio.designer.model.MessageKind;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.designer.model.QuietHours;
import com.retailstudio.designer.model.ReEntryPolicy;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.TraceReason;
import com.retailstudio.simulator.model.TraceStep;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Send-time optimisation on actions and exit criteria (docs/journey-semantics.md). */
class TimingSemanticsTest {

    private static Journey sendAtBestHour(Optional<QuietHours> quiet) {
        JourneyNode.Action email = new JourneyNode.Action("email", "email", AT,
                Message.of(JourneyChannel.EMAIL, MessageKind.REMINDER, "c"), true);
        return linear(onEvent("cart_abandon"), Cases.guardrails(List.of(), quiet, 0), ReEntryPolicy.once(), entry(),
                email, exit("done"));
    }

    /** A model whose hour factor is highest at {@code peak} for every age band, then at {@code second}. */
    private static ResponseModel peakingAt(int peak, int second) {
        ResponseModel flat = Cases.constant(0, 0);
        for (double[] hours : flat.h) {
            Arrays.fill(hours, 1);
            hours[peak] = 3;
            hours[second] = 2;
        }
        return flat;
    }

    @Test
    void anActionAtTheBestHourWaitsForThatHourInTheCustomersZoneAndSaysWhy() {
        CustomerData data = new Cases().customer("C1", "Europe/London")
                .event("C1", "2026-06-01T10:00:00Z", EventType.CART_ABANDON)
                .event("C1", "2026-06-05T10:00:00Z", EventType.PAGE_VIEW).data();
        SimulationResults r = run(sendAtBestHour(Optional.empty()), data, peakingAt(19, 12), tracing("C1"));
        // 19:00 BST on the day of entry
        assertEquals(List.of(Instant.parse("2026-06-01T18:00:00Z")), times(r, "C1", "email", "sent"));
        TraceStep held = r.traces().get("C1").stream()
                .filter(s -> s.decision().equals("holding for the best hour")).findFirst().orElseThrow();
        assertTrue(held.reason().contains("19:00 in Europe/London is this customer's best hour"), held.reason());
    }

    @Test
    void anActionDueInItsBestHourSendsAtOnce() {
        CustomerData data = new Cases().customer("C1", "Europe/London")
                .event("C1", "2026-06-01T18:20:00Z", EventType.CART_ABANDON).data();
        SimulationResults r = run(sendAtBestHour(Optional.empty()), data, peakingAt(19, 12), tracing("C1"));
        assertEquals(List.of(Instant.parse("2026-06-01T18:20:00Z")), times(r, "C1", "email", "sent"));
    }

    @Test
    void theBestHourIsChosenOutsideQuietHours() {
        // the peak, 22:00, is inside quiet hours (21:00 to 08:00 on email): the best hour outside them is 12:00
        CustomerData data = new Cases().customer("C1", "Europe/London")
                .event("C1", "2026-06-01T13:00:00Z", EventType.CART_ABANDON)
                .event("C1", "2026-06-05T10:00:00Z", EventType.PAGE_VIEW).data();
        SimulationResults r = run(sendAtBestHour(Optional.of(Cases.quiet(JourneyChannel.EMAIL))), data,
                peakingAt(22, 12), tracing("C1"));
        assertEquals(List.of(Instant.parse("2026-06-02T11:00:00Z")), times(r, "C1", "email", "sent"));
        assertEquals(0, r.deferred(r.actionIndex("email")));
    }

    @Test
    void theBestHourWaitKeepsTheWallClockAcrossTheSpringChange() {
        // entered Saturday 28 March 20:00 GMT, after 19:00: Sunday's 19:00 is BST
        CustomerData data = new Cases().customer("C1", "Europe/London")
                .event("C1", "2026-03-28T20:00:00Z", EventType.CART_ABANDON)
                .event("C1", "2026-04-05T10:00:00Z", EventType.PAGE_VIEW).data();
        SimulationResults r = run(sendAtBestHour(Optional.empty()), data, peakingAt(19, 12), tracing("C1"));
        assertEquals(List.of(Instant.parse("2026-03-29T18:00:00Z")), times(r, "C1", "email", "sent"));
    }

    // ---- exit criteria ----

    private static Journey remindTwice(List<ExitCriterion> criteria) {
        return linear(onEvent("cart_abandon"), none(), ReEntryPolicy.once(), entry(),
                waitFor("wait", Duration.ofDays(2), null), action("email", JourneyChannel.EMAIL),
                waitFor("wait-2", Duration.ofDays(2), null), action("email-2", JourneyChannel.EMAIL), exit("done"))
                .withExitCriteria(criteria);
    }

    @Test
    void anExitEventTakesTheCustomerOutAsAnExitNotAConversion() {
        CustomerData data = new Cases().customer("C1", "Europe/London")
                .event("C1", "2026-06-01T10:00:00Z", EventType.CART_ABANDON)
                .event("C1", "2026-06-04T10:00:00Z", EventType.STORE_VISIT)
                .event("C1", "2026-06-10T10:00:00Z", EventType.PAGE_VIEW).data();
        SimulationResults r = run(remindTwice(List.of(new ExitCriterion.OnEvent("store_visit"))), data, silent(),
                tracing("C1"));
        assertEquals(List.of(Instant.parse("2026-06-03T10:00:00Z")), times(r, "C1", "email", "sent"));
        assertEquals(List.of(), times(r, "C1", "email-2", "sent"));
        assertEquals(1, r.criterionExits(0));
        assertEquals(1, r.exited(r.nodeIndex("wait-2")));
        assertEquals(0, r.goalExits(r.nodeIndex("wait-2")));
        assertEquals(0, r.treatedConversions());
        TraceStep left = r.traces().get("C1").stream().filter(s -> s.decision().equals("left the journey"))
                .findFirst().orElseThrow();
        assertEquals(Instant.parse("2026-06-04T10:00:00Z"), left.time());
        assertTrue(left.reason().contains("exit criterion 1 met (on store_visit): data event; an exit, not a "
                + "conversion"), left.reason());
        assertEquals(List.of("on store_visit"), r.exitCriteria());
    }

    @Test
    void anExitConditionIsCheckedOnEachEventAndTheGoalStaysAConversion() {
        Condition.Group twoVisits = Condition.Group.all(new Condition.Comparison("events.store_visit.count_7d",
                Operator.AT_LEAST, new ConditionValue.NumberValue(2)));
        Journey journey = remindTwice(List.of(new ExitCriterion.WhenCondition(twoVisits)));
        CustomerData data = new Cases().customer("C1", "Europe/London").customer("C2", "Europe/London")
                .event("C1", "2026-06-01T10:00:00Z", EventType.CART_ABANDON)
                .event("C1", "2026-06-01T11:00:00Z", EventType.STORE_VISIT)
                .event("C1", "2026-06-01T12:00:00Z", EventType.STORE_VISIT)
                .event("C2", "2026-06-01T10:00:00Z", EventType.CART_ABANDON)
                .event("C2", "2026-06-01T11:00:00Z", EventType.STORE_VISIT)
                .purchase("C2", "2026-06-02T10:00:00Z", 30)
                .event("C2", "2026-06-10T10:00:00Z", EventType.PAGE_VIEW).data();
        SimulationResults r = run(journey, data, silent(), tracing("C1", "C2"));
        // C1 leaves at the second visit, before any send; C2 (one visit) converts on the goal
        assertEquals(List.of(), times(r, "C1", "email", "sent"));
        assertEquals(1, r.criterionExits(0));
        assertEquals(1, r.goalExits(r.nodeIndex("wait")));
        assertEquals(1, r.treatedConversions());
        assertEquals(List.of(Instant.parse("2026-06-01T12:00:00Z")), times(r, "C1", "wait", "left the journey"));
    }

    @Test
    void anExitConditionThatHoldsAtEntryLetsTheCustomerInAndOutAtOnce() {
        Condition.Group gold = Condition.Group.all(new Condition.Comparison("loyalty_tier", Operator.EQUALS,
                new ConditionValue.TextValue("GOLD")));
        CustomerData data = new Cases().customer("C1", "Europe/London")
                .event("C1", "2026-06-01T10:00:00Z", EventType.CART_ABANDON).data();
        SimulationResults r = run(remindTwice(List.of(new ExitCriterion.WhenCondition(gold))), data, silent(),
                tracing("C1"));
        assertEquals(1, r.entered(r.nodeIndex("entry")));
        assertEquals(1, r.exited(r.nodeIndex("entry")));
        assertEquals(1, r.criterionExits(0));
        assertEquals(0, r.entered(r.nodeIndex("wait")));
    }

    @Test
    void aCustomerWhoLeftByAnExitCriterionIsFoundByThatReason() {
        CustomerData data = new Cases().customer("C1", "Europe/London")
                .event("C1", "2026-06-01T10:00:00Z", EventType.CART_ABANDON)
                .event("C1", "2026-06-01T11:00:00Z", EventType.UNSUBSCRIBE).data();
        SimulationResults r = run(remindTwice(List.of(new ExitCriterion.OnEvent("unsubscribe"))), data, silent(),
                Cases.tracing().withReasonTraces(1));
        assertTrue(r.reasonTraces().stream().anyMatch(t -> t.reasons()
                .contains(TraceReason.EXIT_CRITERION)), r.reasonTraces().toString());
    }
}
