package com.retailstudio.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.simulator.model.ReasonTrace;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.simulator.model.SuppressionReason;
import com.retailstudio.simulator.model.TraceReason;
import com.retailstudio.simulator.model.TraceStep;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Conversions per day and the example traces kept for the trace search: complete, exact and mergeable. */
class ExampleTracesTest {
    private static final JourneyPlan PLAN = JourneyPlan.compile(BenchmarkJourney.cartRecovery());
    private static final SimulationSettings SETTINGS = SimulationSettings.defaults(42).withReasonTraces(2);
    private static Simulator simulator;
    private static SimulationResults single;

    @BeforeAll
    static void runOnce() {
        CustomerData data = SampleData.data();
        simulator = new Simulator(PLAN, data, ResponseModelFitter.fit(data), SETTINGS);
        single = simulator.run(1, 1);
    }

    @Test
    void conversionsPerDayAddUpToEachGroupsConversionsOverThePeriod() {
        long[] treated = single.treatedConversionsByDay();
        long[] holdout = single.holdoutConversionsByDay();
        CustomerData data = SampleData.data();
        long days = Math.floorDiv(data.horizonEnd(), 86_400L) - Math.floorDiv(data.horizonStart(), 86_400L) + 1;
        assertEquals(days, treated.length);
        assertEquals(days, holdout.length);
        assertEquals(Math.floorDiv(data.horizonStart(), 86_400L), single.firstDay().orElseThrow().toEpochDay());
        assertTrue(single.treatedConversions() > 50, "the journey converts customers on the sample");
        assertEquals(single.treatedConversions(), LongStream.of(treated).sum());
        assertEquals(single.holdoutConversions(), LongStream.of(holdout).sum());
        assertTrue(LongStream.of(treated).filter(n -> n > 0).count() > 10, "conversions spread over many days: "
                + Arrays.toString(treated));
    }

    @Test
    void aPartitionedRunKeepsTheSameDaysAndExamplesAsASingleRun() {
        SimulationResults partitioned = simulator.run(7, 2);
        assertEquals(single.fingerprint(), partitioned.fingerprint());
        assertArrayEquals(single.treatedConversionsByDay(), partitioned.treatedConversionsByDay());
        assertEquals(single.reasonTraces(), partitioned.reasonTraces());
        // Merging in the other order gives the same examples too.
        SimulationResults reversed = PLAN.newResults(SETTINGS.traceFirst(), SETTINGS.tracesPerReasons());
        int n = SampleData.data().size();
        for (int p = 4; p >= 0; p--) {
            reversed.merge(simulator.runPartition(n * p / 5, n * (p + 1) / 5));
        }
        assertEquals(single.fingerprint(), reversed.fingerprint());
    }

    @Test
    void thereIsAnExampleForEveryReasonThatOccurredAndItsTraceShowsIt() {
        List<ReasonTrace> examples = single.reasonTraces();
        Map<TraceReason, Predicate<TraceStep>> shows = new HashMap<>();
        shows.put(TraceReason.CONVERTED, s -> s.decision().equals("converted"));
        shows.put(TraceReason.HOLDOUT, s -> s.decision().equals("entered") && s.reason().contains("holdout"));
        shows.put(TraceReason.SENT, s -> s.decision().equals("sent"));
        shows.put(TraceReason.NO_CONSENT, s -> s.decision().equals("suppressed: no_consent"));
        shows.put(TraceReason.QUIET_HOURS, s -> s.decision().equals("deferred")
                || s.decision().equals("suppressed: quiet_hours"));
        shows.put(TraceReason.FREQUENCY_CAP, s -> s.decision().equals("suppressed: frequency_cap"));
        shows.put(TraceReason.UNSUBSCRIBED, s -> s.decision().equals("unsubscribed"));
        Map<TraceReason, Long> occurred = occurrences(single);
        // The portfolio's reasons cannot happen to one journey run alone.
        for (TraceReason reason : TraceReason.JOURNEY) {
            boolean happened = occurred.get(reason) > 0;
            List<ReasonTrace> found = examples.stream().filter(e -> e.has(Set.of(reason))).toList();
            assertEquals(happened, !found.isEmpty(), reason + " happened " + occurred.get(reason) + " times");
            for (ReasonTrace example : found) {
                assertTrue(example.steps().stream().anyMatch(shows.get(reason)), reason + " in " + example);
            }
        }
        for (ReasonTrace example : examples) {
            Set<TraceReason> absentReasons = EnumSet.copyOf(TraceReason.JOURNEY);
            absentReasons.removeAll(example.reasons());
            for (TraceReason absent : absentReasons) {
                assertFalse(example.steps().stream().anyMatch(shows.get(absent)), absent + " not in " + example);
            }
        }
        for (TraceReason reason : List.of(TraceReason.CONVERTED, TraceReason.HOLDOUT, TraceReason.SENT,
                TraceReason.NO_CONSENT, TraceReason.QUIET_HOURS, TraceReason.FREQUENCY_CAP)) {
            assertTrue(occurred.get(reason) > 0, reason + " happens on the sample, so the search has an example");
        }
    }

    @Test
    void examplesAreTheFirstCustomersOfEachCombinationAndBounded() {
        // Trace everyone: the reasons each customer had follow from their steps, and each combination's examples
        // must be its first two customers in id order.
        SimulationResults all = new Simulator(PLAN, SampleData.data(), ResponseModelFitter.fit(SampleData.data()),
                SimulationSettings.defaults(42).withTrace(Set.of(), Integer.MAX_VALUE)).run(1, 1);
        Map<Set<TraceReason>, List<String>> firstByCombination = new HashMap<>();
        new TreeMap<>(all.traces()).forEach((id, steps) -> {
            Set<TraceReason> reasons = reasonsOf(steps);
            List<String> first = firstByCombination.computeIfAbsent(reasons, r -> new ArrayList<>());
            if (first.size() < 2) {
                first.add(id);
            }
        });
        Map<Set<TraceReason>, List<String>> kept = new HashMap<>();
        for (ReasonTrace example : single.reasonTraces()) {
            kept.computeIfAbsent(example.reasons(), r -> new ArrayList<>()).add(example.customerId());
            assertEquals(all.traces().get(example.customerId()), example.steps(), "the same steps as a traced run");
        }
        assertEquals(firstByCombination, kept);
        assertTrue(single.reasonTraces().size() <= 2 * (1 << TraceReason.values().length));
    }

    @Test
    void anyCustomerCanBeTracedAgainByIdWithTheStepsOfTheRun() {
        ReasonTrace example = single.reasonTraces().get(0);
        assertEquals(example.steps(), simulator.trace(example.customerId()).orElseThrow());
        assertTrue(simulator.trace("no such customer").isEmpty());
    }

    @Test
    void aCancelledRunStopsWithACancellation() {
        long[] reported = new long[1];
        RunProgress cancelAfterFirstBatch = new RunProgress() {
            @Override
            public synchronized void customersDone(long done, long total) {
                reported[0] = Math.max(reported[0], done);
            }

            @Override
            public synchronized boolean cancelled() {
                return reported[0] > 0;
            }
        };
        Assertions.assertThrows(CancellationException.class,
                () -> simulator.run(1, 1, cancelAfterFirstBatch));
        assertEquals(256, reported[0], "stopped after the first batch");
        long[] last = new long[2];
        simulator.run(3, 1, new RunProgress() {
            @Override
            public void customersDone(long done, long total) {
                last[0] = done;
                last[1] = total;
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        assertEquals(SampleData.data().size(), last[0]);
        assertEquals(SampleData.data().size(), last[1]);
    }

    private static Set<TraceReason> reasonsOf(List<TraceStep> steps) {
        Set<TraceReason> reasons = EnumSet.noneOf(TraceReason.class);
        for (TraceStep s : steps) {
            switch (s.decision()) {
                case "converted" -> reasons.add(TraceReason.CONVERTED);
                case "sent" -> reasons.add(TraceReason.SENT);
                case "suppressed: holdout" -> reasons.add(TraceReason.HOLDOUT);
                case "suppressed: no_consent" -> reasons.add(TraceReason.NO_CONSENT);
                case "deferred", "suppressed: quiet_hours" -> reasons.add(TraceReason.QUIET_HOURS);
                case "suppressed: frequency_cap" -> reasons.add(TraceReason.FREQUENCY_CAP);
                case "unsubscribed" -> reasons.add(TraceReason.UNSUBSCRIBED);
                default -> {
                    if (s.decision().equals("entered") && s.reason().contains("holdout")) {
                        reasons.add(TraceReason.HOLDOUT);
                    }
                }
            }
        }
        return reasons;
    }

    private static Map<TraceReason, Long> occurrences(SimulationResults r) {
        Map<TraceReason, Long> counts = new HashMap<>();
        long sent = 0;
        long deferred = 0;
        Map<SuppressionReason, Long> suppressed = new HashMap<>();
        for (int a = 0; a < r.actionKeys().size(); a++) {
            sent += r.sent(a);
            deferred += r.deferred(a);
            for (SuppressionReason s : SuppressionReason.values()) {
                suppressed.merge(s, r.suppressed(a, s), Long::sum);
            }
        }
        counts.put(TraceReason.CONVERTED, r.treatedConversions() + r.holdoutConversions());
        counts.put(TraceReason.HOLDOUT, r.holdoutCustomers());
        counts.put(TraceReason.SENT, sent);
        counts.put(TraceReason.NO_CONSENT, suppressed.get(SuppressionReason.NO_CONSENT));
        counts.put(TraceReason.QUIET_HOURS, deferred + suppressed.get(SuppressionReason.QUIET_HOURS));
        counts.put(TraceReason.FREQUENCY_CAP, suppressed.get(SuppressionReason.FREQUENCY_CAP));
        counts.put(TraceReason.UNSUBSCRIBED, r.totalUnsubscribes());
        return counts;
    }

    private static void assertArrayEquals(long[] expected, long[] actual) {
        Assertions.assertArrayEquals(expected, actual);
    }
}
