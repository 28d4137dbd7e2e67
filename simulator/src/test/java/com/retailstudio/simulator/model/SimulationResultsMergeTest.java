package com.retailstudio.simulator.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Results of partitions add up part by part (flow, messages, groups, traces) into the results of one run. */
class SimulationResultsMergeTest {

    private static final long DAY = 86_400L;
    private static final long START = LocalDate.of(2026, 6, 1).toEpochDay() * DAY;

    private static SimulationResults results() {
        return new SimulationResults(List.of("entry", "email"), List.of(List.of("next"), List.of()),
                List.of("email"), 1, 1).withTransactionalActions(List.of(false)).period(START, START + 2 * DAY);
    }

    private static List<TraceStep> steps(String customer) {
        return List.of(new TraceStep(Instant.ofEpochSecond(START), "email", "sent", "to " + customer));
    }

    /** The first customer's share of the run. */
    private static void recordFirst(SimulationResults r) {
        r.customerProcessed(3);
        r.recordNodeEntered(0);
        r.recordPassed(0, 0);
        r.recordNodeEntered(1);
        r.recordAttempt(0);
        r.recordSent(0);
        r.recordConverted(0, 10.25);
        r.enteredCustomer(false, START + DAY + 5, 10.25, 1);
        r.trace("c2", false, steps("c2"));
        r.reasonTrace(TraceReason.mask(Set.of(TraceReason.SENT)), "c2", steps("c2"));
    }

    /** The second customer's share of the run. */
    private static void recordSecond(SimulationResults r) {
        r.customerProcessed(2);
        r.recordNodeEntered(0);
        r.recordExited(0);
        r.recordAttempt(0);
        r.recordSuppressed(0, SuppressionReason.HOLDOUT);
        r.enteredCustomer(true, SimulationResults.NOT_CONVERTED, 0, 0);
        r.trace("c1", false, steps("c1"));
        r.reasonTrace(TraceReason.mask(Set.of(TraceReason.SENT)), "c1", steps("c1"));
    }

    @Test
    void twoPartitionsMergeIntoExactlyTheResultsOfOneRun() {
        SimulationResults whole = results();
        recordFirst(whole);
        recordSecond(whole);
        SimulationResults first = results();
        recordFirst(first);
        SimulationResults second = results();
        recordSecond(second);

        SimulationResults merged = first.merge(second);

        assertEquals(whole.fingerprint(), merged.fingerprint());
        assertEquals(2, merged.customers());
        assertEquals(5, merged.events());
        assertEquals(2, merged.entered(0));
        assertEquals(1, merged.passed(0, "next"));
        assertEquals(1, merged.exited(0));
        assertEquals(2, merged.attempts(0));
        assertEquals(1, merged.sent(0));
        assertEquals(1, merged.suppressed(0, SuppressionReason.HOLDOUT));
        assertEquals(10.25, merged.revenue(0), 1e-12);
        assertEquals(10.25, merged.treatedRevenue(), 1e-12);
        assertEquals(1, merged.treatedCustomers());
        assertEquals(1, merged.holdoutCustomers());
        assertEquals(1, merged.treatedConversions());
        assertArrayEquals(new long[] {0, 1, 0}, merged.treatedConversionsByDay(), "converted on the second day");
        assertEquals(LocalDate.of(2026, 6, 1), merged.firstDay().orElseThrow());
        assertEquals(1, merged.messagesPerCustomer()[1], "fatigue counts the treated customer's one message");
        // one unrequested trace and one example per combination are kept: the first customer by id, c1
        assertEquals(List.of("c1"), List.copyOf(merged.traces().keySet()));
        assertEquals("c1", merged.reasonTraces().get(0).customerId());
    }

    @Test
    void resultsOfAnotherJourneyOrPeriodAreNotMerged() {
        SimulationResults otherActions = new SimulationResults(List.of("entry", "email"),
                List.of(List.of("next"), List.of()), List.of("push"), 1, 1).period(START, START + 2 * DAY);
        assertThrows(IllegalArgumentException.class, () -> results().merge(otherActions));
        SimulationResults transactional = results().withTransactionalActions(List.of(true));
        assertThrows(IllegalArgumentException.class, () -> results().merge(transactional));
        SimulationResults longer = results().period(START, START + 3 * DAY);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> results().merge(longer));
        assertEquals("results of different periods cannot be merged", refused.getMessage());
    }
}
