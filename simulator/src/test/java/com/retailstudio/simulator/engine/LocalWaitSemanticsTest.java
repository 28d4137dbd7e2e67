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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.model.EventType;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.ReEntryPolicy;
import com.retailstudio.designer.model.WaitUntil;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.TraceStep;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Waits until a moment on the customer's clock (docs/journey-semantics.md, "Local-time waits"): each kind across the
 * daylight-saving changes of 2026 (Europe/London: clocks forward on 29 March at 01:00 GMT, back on 25 October at
 * 02:00 BST; America/New_York: forward on 8 March), and when the moment has already passed.
 */
class LocalWaitSemanticsTest {

    private static Journey waitThenSend(WaitUntil until) {
        JourneyNode.Wait wait = new JourneyNode.Wait("wait", "wait", AT, Duration.ZERO, Optional.empty(),
                Optional.of(until));
        return linear(onEvent("cart_abandon"), none(), ReEntryPolicy.once(), entry(), wait,
                action("email", JourneyChannel.EMAIL), exit("done"));
    }

    /**
     * When the action after the wait sent, for one customer entering at {@code enteredAt}; a later page view keeps the
     * data (and so the simulated period) going into 2028.
     */
    private static List<Instant> sentAfterWait(WaitUntil until, String zone, String enteredAt, LocalDate signup) {
        CustomerData data = new Cases().customerSince("C1", zone, signup)
                .event("C1", enteredAt, EventType.CART_ABANDON)
                .event("C1", "2028-01-01T00:00:00Z", EventType.PAGE_VIEW).data();
        return times(run(waitThenSend(until), data, silent(), tracing("C1")), "C1", "email", "sent");
    }

    private static List<Instant> sentAfterWait(WaitUntil until, String zone, String enteredAt) {
        return sentAfterWait(until, zone, enteredAt, LocalDate.of(2024, 1, 1));
    }

    private static WaitUntil.TimeOfDay at(int hour, int minute) {
        return new WaitUntil.TimeOfDay(LocalTime.of(hour, minute));
    }

    @Test
    void timeOfDayKeepsTheWallClockAcrossTheSpringChange() {
        // entered Saturday 10:00 GMT, after 09:00: the next 09:00 is Sunday's, which is already summer time
        assertEquals(List.of(Instant.parse("2026-03-29T08:00:00Z")),
                sentAfterWait(at(9, 0), "Europe/London", "2026-03-28T10:00:00Z"));
    }

    @Test
    void timeOfDayStillToComeTodayIsToday() {
        assertEquals(List.of(Instant.parse("2026-06-01T17:30:00Z")),
                sentAfterWait(at(18, 30), "Europe/London", "2026-06-01T10:00:00Z"));
    }

    @Test
    void timeOfDayThatIsNowEndsTheWaitAtOnce() {
        assertEquals(List.of(Instant.parse("2026-06-01T08:00:00Z")),
                sentAfterWait(at(9, 0), "Europe/London", "2026-06-01T08:00:00Z"));
    }

    @Test
    void timeOfDayInTheSpringGapMovesForwardByTheGap() {
        // 01:30 does not exist in London on 29 March 2026; it is taken as 02:30 BST, i.e. 01:30 UTC
        assertEquals(List.of(Instant.parse("2026-03-29T01:30:00Z")),
                sentAfterWait(at(1, 30), "Europe/London", "2026-03-28T12:00:00Z"));
    }

    @Test
    void timeOfDayInTheAutumnOverlapIsItsFirstOccurrence() {
        // 01:30 happens twice in London on 25 October 2026: 00:30 UTC (BST) and 01:30 UTC (GMT)
        assertEquals(List.of(Instant.parse("2026-10-25T00:30:00Z")),
                sentAfterWait(at(1, 30), "Europe/London", "2026-10-24T12:00:00Z"));
    }

    @Test
    void timeOfDayAfterItsFirstOccurrenceInTheOverlapWaitsForTomorrow() {
        // between the two 01:30s: the moment came already today, so the wait does not end twice in one night
        assertEquals(List.of(Instant.parse("2026-10-26T01:30:00Z")),
                sentAfterWait(at(1, 30), "Europe/London", "2026-10-25T01:00:00Z"));
    }

    @Test
    void timeOfDayIsTheCustomersOwnInTheirZone() {
        // 09:00 in New York on the first day of its summer time is 13:00 UTC, the day before 14:00 UTC
        assertEquals(List.of(Instant.parse("2026-03-08T13:00:00Z")),
                sentAfterWait(at(9, 0), "America/New_York", "2026-03-08T03:00:00Z"));
        assertEquals(List.of(Instant.parse("2026-03-07T14:00:00Z")),
                sentAfterWait(at(9, 0), "America/New_York", "2026-03-07T03:00:00Z"));
    }

    @Test
    void weekdayAtATimeCrossesTheSpringChange() {
        WaitUntil sunday = new WaitUntil.Weekday(DayOfWeek.SUNDAY, Optional.of(LocalTime.of(10, 0)));
        // entered Friday 27 March (GMT); Sunday 29 March 10:00 is BST
        assertEquals(List.of(Instant.parse("2026-03-29T09:00:00Z")),
                sentAfterWait(sunday, "Europe/London", "2026-03-27T12:00:00Z"));
    }

    @Test
    void weekdayWhoseTimeHasPassedTodayIsNextWeeks() {
        WaitUntil saturday = new WaitUntil.Weekday(DayOfWeek.SATURDAY, Optional.of(LocalTime.of(10, 0)));
        // Saturday 24 October 11:00 BST: after 10:00, so the Saturday after, when London is on GMT again
        assertEquals(List.of(Instant.parse("2026-10-31T10:00:00Z")),
                sentAfterWait(saturday, "Europe/London", "2026-10-24T10:00:00Z"));
    }

    @Test
    void weekdayWithoutATimeIsNowOnThatDayAndItsStartOtherwise() {
        WaitUntil saturday = new WaitUntil.Weekday(DayOfWeek.SATURDAY, Optional.empty());
        assertEquals(List.of(Instant.parse("2026-10-24T15:00:00Z")),
                sentAfterWait(saturday, "Europe/London", "2026-10-24T15:00:00Z"));
        // from Friday 23 October: Saturday's local midnight, 23:00 UTC on the Friday (BST)
        assertEquals(List.of(Instant.parse("2026-10-23T23:00:00Z")),
                sentAfterWait(saturday, "Europe/London", "2026-10-23T15:00:00Z"));
    }

    @Test
    void dateAttributeThreeDaysBeforeTheAnniversaryFallsInSummerTime() {
        WaitUntil before = new WaitUntil.DateAttribute("signup_date", -3, LocalTime.of(9, 0), true);
        // signed up 1 April 2025: three days before the 2026 anniversary is 29 March, the spring-forward day
        assertEquals(List.of(Instant.parse("2026-03-29T08:00:00Z")), sentAfterWait(before, "Europe/London",
                "2026-03-01T12:00:00Z", LocalDate.of(2025, 4, 1)));
    }

    @Test
    void dateAttributeYearlyWhoseMomentPassedThisYearIsNextYears() {
        WaitUntil onTheDay = new WaitUntil.DateAttribute("signup_date", 0, LocalTime.of(9, 0), true);
        assertEquals(List.of(Instant.parse("2027-01-01T09:00:00Z")), sentAfterWait(onTheDay, "Europe/London",
                "2026-06-01T12:00:00Z", LocalDate.of(2024, 1, 1)));
    }

    @Test
    void dateAttributeOfTheTwentyNinthOfFebruaryIsTheTwentyEighthInOtherYears() {
        WaitUntil onTheDay = new WaitUntil.DateAttribute("signup_date", 0, LocalTime.of(9, 0), true);
        assertEquals(List.of(Instant.parse("2026-02-28T09:00:00Z")), sentAfterWait(onTheDay, "Europe/London",
                "2026-02-01T12:00:00Z", LocalDate.of(2024, 2, 29)));
    }

    @Test
    void dateAttributeThatDoesNotRecurAndHasPassedEndsTheWaitAtOnceAndSaysSo() {
        WaitUntil weekAfterSignup = new WaitUntil.DateAttribute("signup_date", 7, LocalTime.of(9, 0), false);
        CustomerData data = new Cases().customerSince("C1", "Europe/London", LocalDate.of(2026, 5, 1))
                .event("C1", "2026-06-01T12:00:00Z", EventType.CART_ABANDON).data();
        SimulationResults r = run(waitThenSend(weekAfterSignup), data, silent(), tracing("C1"));
        assertEquals(List.of(Instant.parse("2026-06-01T12:00:00Z")), times(r, "C1", "email", "sent"));
        TraceStep waiting = r.traces().get("C1").stream().filter(s -> s.decision().equals("waiting")).findFirst()
                .orElseThrow();
        assertTrue(waiting.reason().contains("already passed"), waiting.reason());
        assertTrue(waiting.reason().contains("7 days after signup_date, 09:00 local in Europe/London"),
                waiting.reason());
    }

    @Test
    void dateAttributeThatDoesNotRecurWaitsForItsDay() {
        WaitUntil weekAfterSignup = new WaitUntil.DateAttribute("signup_date", 7, LocalTime.of(9, 0), false);
        assertEquals(List.of(Instant.parse("2026-06-08T08:00:00Z")), sentAfterWait(weekAfterSignup,
                "Europe/London", "2026-06-01T12:00:00Z", LocalDate.of(2026, 6, 1)));
    }

    @Test
    void aWaitForADateTheProfileDoesNotHaveDoesNotCompile() {
        WaitUntil birthday = new WaitUntil.DateAttribute("birthday", -3, LocalTime.of(9, 0), true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JourneyPlan.compile(waitThenSend(birthday)));
        assertTrue(e.getMessage().contains("birthday") && e.getMessage().contains("signup_date and birth_date"),
                e.getMessage());
    }
}
