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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.model.EventType;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.EntryTrigger;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.designer.model.ReEntryPolicy;
import com.retailstudio.designer.model.WaitUntil;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.TraceStep;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Waits for the customer's birthday (docs/journey-semantics.md, "Local-time waits", "Dates"): the yearly
 * {@code birth_date} on the customer's clock, 29 February, and a customer whose row has no birth date.
 */
class BirthdayWaitSemanticsTest {

    private static final WaitUntil THREE_DAYS_BEFORE = new WaitUntil.DateAttribute("birth_date", -3,
            LocalTime.of(9, 0), true);
    private static final WaitUntil ON_THE_DAY = new WaitUntil.DateAttribute("birth_date", 0, LocalTime.of(9, 0),
            true);

    private static Journey waitThenSend(WaitUntil until) {
        JourneyNode.Wait wait = new JourneyNode.Wait("wait", "wait", AT, Duration.ZERO, Optional.empty(),
                Optional.of(until));
        return linear(onEvent("cart_abandon"), none(), ReEntryPolicy.once(), entry(), wait,
                action("email", JourneyChannel.EMAIL), exit("done"));
    }

    /** One customer, born on {@code birth}, who abandons a cart at {@code enteredAt}; data run into 2028. */
    private static SimulationResults run(Journey journey, String zone, Optional<LocalDate> birth, String enteredAt) {
        CustomerData data = new Cases().customerBorn("C1", zone, birth)
                .event("C1", enteredAt, EventType.CART_ABANDON)
                .event("C1", "2028-06-01T00:00:00Z", EventType.PAGE_VIEW).data();
        return Cases.run(journey, data, silent(), tracing("C1"));
    }

    private static List<Instant> sent(WaitUntil until, String zone, LocalDate birth, String enteredAt) {
        return times(run(waitThenSend(until), zone, Optional.of(birth), enteredAt), "C1", "email", "sent");
    }

    @Test
    void threeDaysBeforeTheBirthdayAtNineOnTheCustomersClock() {
        // born 15 July 1990: the 2026 birthday is a Wednesday; 12 July 09:00 BST is 08:00 UTC
        assertEquals(List.of(Instant.parse("2026-07-12T08:00:00Z")),
                sent(THREE_DAYS_BEFORE, "Europe/London", LocalDate.of(1990, 7, 15), "2026-06-01T12:00:00Z"));
        // the same birthday in New York (EDT, UTC-4)
        assertEquals(List.of(Instant.parse("2026-07-12T13:00:00Z")),
                sent(THREE_DAYS_BEFORE, "America/New_York", LocalDate.of(1990, 7, 15), "2026-06-01T12:00:00Z"));
    }

    @Test
    void aBirthdayWhoseMomentHasPassedThisYearIsNextYears() {
        assertEquals(List.of(Instant.parse("2027-01-12T09:00:00Z")),
                sent(THREE_DAYS_BEFORE, "Europe/London", LocalDate.of(1985, 1, 15), "2026-06-01T12:00:00Z"));
    }

    @Test
    void aTwentyNinthOfFebruaryBirthdayIsTheTwentyEighthInOtherYearsAndItselfInLeapYears() {
        LocalDate leapling = LocalDate.of(1992, 2, 29);
        assertEquals(List.of(Instant.parse("2027-02-28T09:00:00Z")),
                sent(ON_THE_DAY, "Europe/London", leapling, "2026-06-01T12:00:00Z"));
        assertEquals(List.of(Instant.parse("2028-02-29T09:00:00Z")),
                sent(ON_THE_DAY, "Europe/London", leapling, "2027-06-01T12:00:00Z"));
        // three days before counts from the day the birthday falls on that year
        assertEquals(List.of(Instant.parse("2027-02-25T09:00:00Z")),
                sent(THREE_DAYS_BEFORE, "Europe/London", leapling, "2026-06-01T12:00:00Z"));
    }

    @Test
    void aCustomerWithoutABirthDateWaitsToTheEndAndTheTraceSaysWhy() {
        SimulationResults r = run(waitThenSend(THREE_DAYS_BEFORE), "Europe/London", Optional.empty(),
                "2026-06-01T12:00:00Z");

        assertEquals(List.of(), times(r, "C1", "email", "sent"));
        assertEquals(1, r.waitingAtEnd(r.nodeIndex("wait")));
        TraceStep waiting = r.traces().get("C1").stream().filter(s -> s.decision().equals("waiting")).findFirst()
                .orElseThrow();
        assertTrue(waiting.reason().contains("3 days before the anniversary of birth_date, 09:00 local: the "
                + "customer has no such date in customers.csv, so it never ends this wait"), waiting.reason());
    }

    @Test
    void aCustomerWithoutABirthDateStillLeavesTheWaitByItsAwaitedEvent() {
        JourneyNode.Wait wait = new JourneyNode.Wait("wait", "wait", AT, Duration.ZERO,
                Optional.of("store_visit"), Optional.of(THREE_DAYS_BEFORE));
        Journey journey = journey(onEvent("cart_abandon"), none(), ReEntryPolicy.once(),
                List.of(entry(), wait, action("email", JourneyChannel.EMAIL), exit("visited"), exit("done")),
                List.of(new Edge("entry", "next", "wait"), new Edge("wait", "event", "visited"),
                        new Edge("wait", "timeout", "email"), new Edge("email", "next", "done")));
        CustomerData data = new Cases().customerBorn("C1", "Europe/London", Optional.empty())
                .event("C1", "2026-06-01T12:00:00Z", EventType.CART_ABANDON)
                .event("C1", "2026-06-03T12:00:00Z", EventType.STORE_VISIT)
                .event("C1", "2026-09-01T00:00:00Z", EventType.PAGE_VIEW).data();

        SimulationResults r = Cases.run(journey, data, silent(), tracing("C1"));

        assertEquals(1, r.passed(r.nodeIndex("wait"), "event"));
        assertEquals(0, r.waitingAtEnd(r.nodeIndex("wait")));
    }

    @Test
    void aConditionOnBirthDateComparesTheDateAndIsFalseWithoutOne() {
        Journey journey = linear(new EntryTrigger.EventTrigger("cart_abandon", Condition.Group.all(
                new Condition.Comparison("birth_date", Operator.AT_LEAST, new ConditionValue.TextValue("1990-01-01")))),
                none(), ReEntryPolicy.once(), entry(), action("email", JourneyChannel.EMAIL), exit("done"));
        CustomerData data = new Cases().customerBorn("C1", "Europe/London", Optional.of(LocalDate.of(1990, 1, 1)))
                .customerBorn("C2", "Europe/London", Optional.of(LocalDate.of(1989, 12, 31)))
                .customerBorn("C3", "Europe/London", Optional.empty())
                .event("C1", "2026-06-01T12:00:00Z", EventType.CART_ABANDON)
                .event("C2", "2026-06-01T12:00:00Z", EventType.CART_ABANDON)
                .event("C3", "2026-06-01T12:00:00Z", EventType.CART_ABANDON).data();

        SimulationResults r = Cases.run(journey, data, silent(), tracing("C1", "C2", "C3"));

        assertEquals(1, r.entered(r.nodeIndex("entry")));
        assertEquals(List.of(Instant.parse("2026-06-01T12:00:00Z")), times(r, "C1", "email", "sent"));
    }
}
