package com.retailstudio.simulator.engine;

import static com.retailstudio.simulator.engine.Cases.AT;
import static com.retailstudio.simulator.engine.Cases.action;
import static com.retailstudio.simulator.engine.Cases.entry;
import static com.retailstudio.simulator.engine.Cases.exit;
import static com.retailstudio.simulator.engine.Cases.journey;
import static com.retailstudio.simulator.engine.Cases.none;
import static com.retailstudio.simulator.engine.Cases.onEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.data.model.EventType;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.Experiment;
import com.retailstudio.designer.model.ExperimentAssignment;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.ReEntryPolicy;
import com.retailstudio.simulator.io.SimulationReportJson;
import com.retailstudio.simulator.model.ExperimentCounts;
import com.retailstudio.simulator.model.ExperimentDecision;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.simulator.model.TraceStep;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The experiment split's stable variants and its winner rule, run by the engine (docs/journey-semantics.md). */
class ExperimentSemanticsTest {
    private static final Instant START = Instant.parse("2026-06-01T10:00:00Z");
    private static final int DAYS = 30;
    private static final int PER_DAY = 30;

    /** Variant a sends an SMS (which the model answers with a purchase 30 % of the time); b sends nothing, or the same. */
    private static Journey experiment(boolean bAlsoSends, Experiment rule) {
        JourneyNode.RandomSplit split = new JourneyNode.RandomSplit("ab", "Test", AT, List.of(
                new JourneyNode.Path("a", "SMS", 50), new JourneyNode.Path("b", "Nothing", 50)), Optional.of(rule));
        return journey(onEvent("cart_abandon"), none(), ReEntryPolicy.once(),
                List.of(entry(), split, action("sms-a", JourneyChannel.SMS), action("sms-b", JourneyChannel.SMS),
                        exit("end")),
                List.of(new Edge("entry", "next", "ab"), new Edge("ab", "a", "sms-a"),
                        new Edge("ab", "b", bAlsoSends ? "sms-b" : "end"), new Edge("sms-a", "next", "end"),
                        new Edge("sms-b", "next", "end")));
    }

    /** 30 customers abandon a cart on each of 30 days; the data runs 40 days. */
    private static CustomerData customers() {
        Cases cases = new Cases();
        for (int i = 0; i < DAYS * PER_DAY; i++) {
            String id = "C" + i;
            cases.customer(id, "Europe/London").event(id, START.plusSeconds(86_400L * (i / PER_DAY)).toString(),
                    EventType.CART_ABANDON);
        }
        cases.event("C0", START.plusSeconds(86_400L * 40).toString(), EventType.PAGE_VIEW);
        return cases.data();
    }

    private static ExperimentPasses.Outcome run(Journey journey, CustomerData data, int partitions) {
        Simulator simulator = new Simulator(JourneyPlan.compile(journey), data, Cases.constant(0.3, 0.5),
                SimulationSettings.defaults(7).withTrace(Set.of("C10", "C800"), 0));
        return ExperimentPasses.run(simulator, partitions, 1, RunProgress.NONE);
    }

    @Test
    void theWinnerRulePicksThePlantedBetterVariantAndSendsLaterCustomersToIt() {
        Journey journey = experiment(false, Experiment.pickWinner(10, 0.05));
        ExperimentPasses.Outcome outcome = run(journey, customers(), 1);
        SimulationResults r = outcome.results();
        assertEquals(2, outcome.runs());
        ExperimentDecision decision = r.experimentDecisions().get(0);
        assertEquals(0, decision.winner(), decision.explanation());
        assertEquals(START.plusSeconds(10 * 86_400L).getEpochSecond(), decision.decisionTime());
        // Observable on day 10: customers who entered on days 0 to 3 (their 7-day window closed by then).
        assertEquals(4 * PER_DAY, decision.atDecision().variants().stream().mapToLong(v -> v.customers()).sum());
        // Customers reaching the split after the decision (entered on days 11 to 29) all went to the winner.
        ExperimentCounts counts = r.experiments();
        assertEquals(19L * PER_DAY, counts.winnerCustomers(0));
        long randomB = counts.customers(0)[1];
        assertEquals(randomB, r.passed(r.nodeIndex("ab"), "b"));
        assertEquals(11L * PER_DAY, counts.customers(0)[0] + randomB);
        assertEquals("variant a", step(r, "C800").decision());
        assertTrue(step(r, "C800").reason().contains("picked winner"));
        // The final run's own counts give the same decision: nothing before it changed.
        ExperimentDecision again = ExperimentDecision.decide("ab", List.of("a", "b"), 10, 0.05,
                START.getEpochSecond(), START.plusSeconds(40 * 86_400L).getEpochSecond(),
                counts.customersObservedBy(0, 10), counts.conversionsObservedBy(0, 10));
        assertEquals(decision.atDecision(), again.atDecision());
    }

    @Test
    void theReportCarriesVariantsPairsAndTheDecision() throws Exception {
        Journey journey = experiment(false, Experiment.pickWinner(10, 0.05));
        CustomerData data = customers();
        ExperimentPasses.Outcome outcome = run(journey, data, 1);
        SimulationRun run = new SimulationRun(outcome.results(), Cases.constant(0.3, 0.5), data.size(),
                data.eventCount(), 0, 0, 0, 0, 0, 1, 1, outcome.simulator());
        JsonNode experiment = new ObjectMapper().readTree(SimulationReportJson.toJson(journey,
                SimulationSettings.defaults(7), run)).at("/results/experiments/0");
        assertEquals("ab", experiment.get("node").asText());
        assertEquals(2, experiment.get("variants").size());
        assertTrue(experiment.at("/comparisons/0/ci_low").asDouble() > 0, experiment.toString());
        assertTrue(experiment.at("/comparisons/0/holm_p").asDouble() < 0.05);
        assertEquals("a", experiment.at("/decision/winner").asText());
        assertEquals("2026-06-11T10:00:00Z", experiment.at("/decision/decided_at").asText());
        assertEquals(19L * PER_DAY, experiment.at("/sent_to_winner/customers").asLong());
    }

    @Test
    void variantsAreTheStableBucketOfJourneyNodeAndCustomer() {
        ExperimentPasses.Outcome outcome = run(experiment(false, Experiment.fixedHorizon(0.05)), customers(), 1);
        int[] upper = ExperimentAssignment.upperBuckets(List.of(new JourneyNode.Path("a", "", 50),
                new JourneyNode.Path("b", "", 50)));
        String expected = "variant " + (ExperimentAssignment.variant(upper,
                ExperimentAssignment.bucket("journey-1", "ab", "C10")) == 0 ? "a" : "b");
        assertEquals(expected, step(outcome.results(), "C10").decision());
        assertEquals(1, outcome.runs());
        assertTrue(outcome.results().experimentDecisions().isEmpty(), "a fixed horizon decides nothing");
        long a = outcome.results().experiments().customers(0)[0];
        assertTrue(Math.abs(a - 450) < 4 * Math.sqrt(900 * 0.25), "a took " + a + " of 900");
    }

    @Test
    void withoutADifferenceNoWinnerIsPickedAndTheSplitKeepsItsShares() {
        ExperimentPasses.Outcome outcome = run(experiment(true, Experiment.pickWinner(10, 0.05)), customers(), 1);
        ExperimentDecision decision = outcome.results().experimentDecisions().get(0);
        assertFalse(decision.picked(), decision.explanation());
        assertEquals(1, outcome.runs());
        assertEquals(0, outcome.results().experiments().winnerCustomers(0));
    }

    @Test
    void twoPassRunsArePartitionExact() {
        Journey journey = experiment(false, Experiment.pickWinner(10, 0.05));
        CustomerData data = customers();
        assertEquals(run(journey, data, 1).results().fingerprint(), run(journey, data, 7).results().fingerprint());
    }

    @Test
    void aDecisionDayAfterTheDataEndsPicksNothing() {
        ExperimentPasses.Outcome outcome = run(experiment(false, Experiment.pickWinner(60, 0.05)), customers(), 1);
        ExperimentDecision decision = outcome.results().experimentDecisions().get(0);
        assertFalse(decision.picked());
        assertTrue(decision.explanation().contains("after the simulated period ends"), decision.explanation());
    }

    private static TraceStep step(SimulationResults r, String customer) {
        return r.traces().get(customer).stream().filter(s -> s.nodeId().equals("ab")).findFirst().orElseThrow();
    }
}
