package com.retailstudio.simulator.dmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.designer.dmn.DmnExporter;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConsentRules;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.EntryTrigger;
import com.retailstudio.designer.model.Experiment;
import com.retailstudio.designer.model.ExperimentAssignment;
import com.retailstudio.designer.model.Goal;
import com.retailstudio.designer.model.Guardrails;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.ObjectiveWeights;
import com.retailstudio.designer.model.Position;
import com.retailstudio.designer.model.ReEntryPolicy;
import com.retailstudio.simulator.engine.CustomerData;
import com.retailstudio.simulator.engine.ExperimentWinner;
import com.retailstudio.simulator.engine.JourneyPlan;
import com.retailstudio.simulator.engine.ResponseModel;
import com.retailstudio.simulator.engine.ResponseModelFitter;
import com.retailstudio.simulator.engine.Simulator;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.simulator.model.TraceStep;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported experiment decision, run by Camunda with the customer's bucket, gives every sample customer the
 * variant the simulator sent them to, before and after a winner is picked.
 * Slow: the whole sample, traced.
 */
@Tag("slow")
class ExperimentDmnTest {
    private static final Position AT = new Position(0, 0);

    private static Journey journey() {
        JourneyNode.RandomSplit split = new JourneyNode.RandomSplit("offer-test", "Offer test", AT, List.of(
                new JourneyNode.Path("a", "10 % off", 50), new JourneyNode.Path("b", "Free delivery", 30),
                new JourneyNode.Path("c", "Points", 20)), Optional.of(Experiment.pickWinner(14, 0.05)));
        List<JourneyNode> nodes = List.of(new JourneyNode.Entry("entry", "Entry", AT), split,
                new JourneyNode.Exit("x", "A", AT), new JourneyNode.Exit("y", "B", AT),
                new JourneyNode.Exit("z", "C", AT));
        List<Edge> edges = List.of(new Edge("entry", "next", "offer-test"), new Edge("offer-test", "a", "x"),
                new Edge("offer-test", "b", "y"), new Edge("offer-test", "c", "z"));
        return new Journey("exp-journey", "Experiment", "", 1, new Goal("purchase", Duration.ofDays(7)),
                new EntryTrigger.AudienceTrigger("everyone", Condition.Group.always()), Condition.Group.always(),
                ReEntryPolicy.once(), nodes, edges, new Guardrails(List.of(), Optional.empty(),
                ConsentRules.standard(), 0), ObjectiveWeights.balanced());
    }

    @Test
    void theExportedDecisionAssignsEverySampleCustomerTheSimulatorsVariant(@TempDir Path tmp) throws Exception {
        BundledSample.extractTo(tmp);
        CustomerData data = CustomerData.of(DataSetLoader.load(tmp));
        Journey journey = journey();
        DmnDecision decision = DmnRunner.ENGINE.parseDecisions(new ByteArrayInputStream(
                DmnExporter.toDmn(journey).getBytes(StandardCharsets.UTF_8))).stream()
                .filter(d -> d.getKey().equals(DmnExporter.experimentDecision("offer-test"))).findFirst()
                .orElseThrow();
        Set<String> ids = new HashSet<>();
        for (int c = 0; c < data.size(); c++) {
            ids.add(data.id(c));
        }
        SimulationSettings settings = SimulationSettings.defaults(7).withTrace(ids, 0);
        JourneyPlan plan = JourneyPlan.compile(journey);
        ResponseModel model = ResponseModelFitter.fit(data);
        SimulationResults random = new Simulator(plan, data, model, settings).run(2, 1);
        SimulationResults picked = new Simulator(plan.withExperimentWinners(List.of(new ExperimentWinner(
                "offer-test", 1, data.horizonStart() - 1))), data, model, settings).run(2, 1);
        Map<String, Integer> perVariant = new HashMap<>();
        for (int c = 0; c < data.size(); c++) {
            String id = data.id(c);
            Map<String, Object> vars = new HashMap<>();
            vars.put(DmnExporter.experimentBucketVariable("offer-test"),
                    ExperimentAssignment.bucket("exp-journey", "offer-test", id));
            vars.put(DmnExporter.experimentWinnerVariable("offer-test"), null);
            String variant = DmnRunner.ENGINE.evaluateDecision(decision, vars).getSingleResult().getSingleEntry();
            assertEquals(simulated(random, id), variant, id);
            perVariant.merge(variant, 1, Integer::sum);
            vars.put(DmnExporter.experimentWinnerVariable("offer-test"), "b");
            assertEquals(simulated(picked, id), DmnRunner.ENGINE.evaluateDecision(decision, vars).getSingleResult()
                    .getSingleEntry(), id);
        }
        assertEquals(data.size(), perVariant.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(Math.abs(perVariant.get("c") - 0.2 * data.size()) < 4 * Math.sqrt(data.size() * 0.16),
                "c takes about 20 %: " + perVariant);
    }

    private static String simulated(SimulationResults results, String customerId) {
        TraceStep step = results.traces().get(customerId).stream().filter(s -> s.nodeId().equals("offer-test"))
                .findFirst().orElseThrow();
        return step.decision().substring("variant ".length());
    }
}
