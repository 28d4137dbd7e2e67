package com.retailstudio.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.data.io.DataSetCurrency;
import com.retailstudio.designer.io.PortfolioTemplates;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.PortfolioRules;
import com.retailstudio.simulator.io.PortfolioReportJson;
import com.retailstudio.simulator.io.SimulationReportJson;
import com.retailstudio.simulator.model.PortfolioResults;
import com.retailstudio.simulator.model.PortfolioTrace;
import com.retailstudio.simulator.model.ReasonTrace;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.simulator.model.TraceReason;
import com.retailstudio.simulator.model.TraceStep;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A portfolio run's example traces (per journey and per reason, the portfolio's reasons among them) and a customer's
 * timeline across the journeys: the steps of the run, the same however the customers are split.
 */
class PortfolioTracesTest {
    private static final PortfolioRules RULES = PortfolioTemplates.rules(PortfolioTemplates.SHARED_CAPS).orElseThrow();
    private static final List<Journey> JOURNEYS = PortfolioTemplates.journeys(PortfolioTemplates.SHARED_CAPS);
    private static final SimulationSettings SETTINGS = SimulationSettings.defaults(42).withReasonTraces(2);
    private static PortfolioRun single;

    private static PortfolioRun run(SimulationSettings settings, int partitions, int threads) {
        return PortfolioRun.execute(JOURNEYS, RULES, SampleData.data(), settings, partitions, threads, 0,
                RunProgress.NONE);
    }

    @BeforeAll
    static void runOnce() {
        single = run(SETTINGS, 1, 1);
    }

    @Test
    void everyPortfolioReasonHasExamplesWhoseStepsSayWhy() {
        PortfolioResults r = single.results();
        for (ReasonTrace example : examples(r, TraceReason.LOST_TO_PRIORITY)) {
            assertTrue(example.steps().stream().anyMatch(s -> s.decision().equals("suppressed: lost_to_priority")),
                    example.customerId() + ": " + example.steps());
        }
        // A customer of the global control who is also in a journey's holdout is refused nothing by the portfolio.
        List<ReasonTrace> control = examples(r, TraceReason.GLOBAL_CONTROL);
        assertTrue(control.stream().anyMatch(e -> e.steps().stream().anyMatch(s -> s.decision().equals(
                "suppressed: global_control"))), "an example of the global control shows its refusal");
        for (ReasonTrace example : control) {
            assertTrue(example.steps().stream().noneMatch(s -> s.decision().equals("sent")
                    && !s.reason().contains("transactional")), example.customerId() + ": " + example.steps());
        }
        ReasonTrace lost = examples(r, TraceReason.LOST_TO_PRIORITY).get(0);
        TraceStep refused = lost.steps().stream().filter(s -> s.decision().equals("suppressed: lost_to_priority"))
                .findFirst().orElseThrow();
        assertTrue(refused.reason().startsWith("lost to a higher-priority journey: "), refused.reason());
    }

    @Test
    void anExampleHasTheStepsOfTheCustomerTracedAgainAcrossTheJourneys() {
        PortfolioResults r = single.results();
        for (int j = 0; j < r.journeyIds().size(); j++) {
            for (ReasonTrace example : r.journey(j).reasonTraces()) {
                Map<String, List<TraceStep>> again = single.simulator().trace(example.customerId()).orElseThrow();
                assertEquals(example.steps(), again.get(r.journeyIds().get(j)), example.customerId() + " in "
                        + r.journeyIds().get(j));
            }
        }
    }

    @Test
    void aCustomerWhoLostToPriorityShowsTheWinnersSendBeforeTheRefusalOnOneTimeline() {
        PortfolioResults r = single.results();
        ReasonTrace lost = examples(r, TraceReason.LOST_TO_PRIORITY).get(0);
        PortfolioTrace timeline = single.simulator().timeline(lost.customerId()).orElseThrow();
        int refused = indexOf(timeline, "suppressed: lost_to_priority");
        PortfolioTrace.JourneyStep refusal = timeline.steps().get(refused);
        String winner = refusal.step().reason().substring("lost to a higher-priority journey: ".length())
                .split(" ")[0];
        assertTrue(r.journeyIds().indexOf(winner) < r.journeyIds().indexOf(refusal.journeyId()), winner);
        boolean winnerSentBefore = timeline.steps().subList(0, refused).stream().anyMatch(s ->
                s.journeyId().equals(winner) && s.step().decision().equals("sent"));
        assertTrue(winnerSentBefore, "the winner's send is on the timeline before the refusal: " + timeline);
        for (int i = 1; i < timeline.steps().size(); i++) {
            assertFalse(timeline.steps().get(i).step().time().isBefore(timeline.steps().get(i - 1).step().time()));
        }
        assertEquals(timeline.steps().size(), single.simulator().trace(lost.customerId()).orElseThrow().values()
                .stream().mapToInt(List::size).sum());
    }

    @Test
    void oneTwoAndFourPartitionsKeepTheSameExamplesAndTimelines() {
        String asked = examples(single.results(), TraceReason.LOST_TO_PRIORITY).get(0).customerId();
        SimulationSettings settings = SETTINGS.withTrace(Set.of(asked, "nobody"), 0);
        String one = findings(settings, run(settings, 1, 1));
        assertEquals(one, findings(settings, run(settings, 2, 2)));
        assertEquals(one, findings(settings, run(settings, 4, 2)));
    }

    @Test
    void theReportListsExamplesPerJourneyAndReasonAndTheTimelinesAskedFor() throws Exception {
        String asked = examples(single.results(), TraceReason.LOST_TO_PRIORITY).get(0).customerId();
        SimulationSettings settings = SETTINGS.withTrace(Set.of(asked, "nobody"), 0);
        PortfolioRun run = run(settings, 2, 2);
        JsonNode report = new ObjectMapper().readTree(PortfolioReportJson.toJson(settings, run,
                DataSetCurrency.DEFAULT));
        JsonNode journeys = report.at("/results/journeys");
        JsonNode examples = journeys.get(1).get("example_traces");
        for (TraceReason reason : TraceReason.values()) {
            assertTrue(examples.has(reason.json()), reason.json());
        }
        boolean anyLost = false;
        for (JsonNode journey : journeys) {
            JsonNode lost = journey.at("/example_traces/lost_to_priority");
            assertTrue(lost.size() <= 2);
            anyLost |= lost.size() > 0;
        }
        assertTrue(anyLost, "a journey has examples of sends lost to priority");
        JsonNode timeline = report.at("/results/customer_traces/" + asked);
        assertEquals(run.simulator().timeline(asked).orElseThrow().steps().size(), timeline.size());
        assertTrue(timeline.findValuesAsText("decision").contains("suppressed: lost_to_priority"));
        assertTrue(timeline.get(0).has("journey"));
        assertEquals(0, report.at("/results/customer_traces/nobody").size());

        JsonNode without = new ObjectMapper().readTree(PortfolioReportJson.toJson(SimulationSettings.defaults(42),
                run(SimulationSettings.defaults(42), 1, 1), DataSetCurrency.DEFAULT));
        assertTrue(without.at("/results/journeys/0/example_traces").isMissingNode(), "no examples unless asked");
        assertEquals(0, without.at("/results/customer_traces").size());
    }

    private static List<ReasonTrace> examples(PortfolioResults r, TraceReason reason) {
        return r.journeyIds().stream().flatMap(id -> r.journey(r.journeyIds().indexOf(id)).reasonTraces().stream())
                .filter(t -> t.reasons().contains(reason)).toList();
    }

    private static int indexOf(PortfolioTrace timeline, String decision) {
        for (int i = 0; i < timeline.steps().size(); i++) {
            if (timeline.steps().get(i).step().decision().equals(decision)) {
                return i;
            }
        }
        throw new AssertionError("no step " + decision + " in " + timeline);
    }

    private static String findings(SimulationSettings settings, PortfolioRun run) {
        return SimulationReportJson.findings(PortfolioReportJson.toJson(settings, run, DataSetCurrency.DEFAULT))
                + run.results().fingerprint();
    }
}
