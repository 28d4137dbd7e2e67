package com.retailstudio.simulator.dmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.simulator.engine.CustomerData;
import com.retailstudio.simulator.engine.DecisionProbe;
import com.retailstudio.simulator.engine.JourneyPlan;
import com.retailstudio.simulator.engine.ResponseModel;
import com.retailstudio.simulator.engine.ResponseModelFitter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported DMN, run by a real DMN engine (Camunda 7 with FEEL Scala), decides exactly as the simulator's compiled
 * evaluation for every customer of the bundled sample at the end of its data window.
 */
@Tag("slow")
class DmnFidelityTest {

    @Test
    void theDmnEngineAgreesWithTheSimulatorOnEveryDecisionForEveryCustomerOfTheSample(@TempDir Path tmp)
            throws Exception {
        BundledSample.extractTo(tmp);
        CustomerData data = CustomerData.of(DataSetLoader.load(tmp));
        ResponseModel model = ResponseModelFitter.fit(data);
        long moment = data.horizonEnd();
        assertEquals(3000, data.size());

        long decisions = 0;
        long agreed = 0;
        List<String> disagreements = new ArrayList<>();
        Map<String, Set<String>> outcomes = new TreeMap<>();
        List<String> journeys = new ArrayList<>();
        for (String name : JourneyTemplates.NAMES) {
            Journey journey = JourneyTemplates.load(name).orElseThrow();
            boolean hasSplits = journey.nodes().stream().anyMatch(n -> n instanceof JourneyNode.ConditionSplit
                    || n instanceof JourneyNode.NextBestAction);
            if (journey.audience().isEmpty() && !hasSplits) {
                continue;
            }
            journeys.add(name);
            DecisionProbe probe = new DecisionProbe(JourneyPlan.compile(journey), data, model);
            DmnRunner dmn = new DmnRunner(journey);
            for (int c = 0; c < data.size(); c++) {
                DecisionProbe.Moment m = probe.at(c, moment);
                int recent = c % 3;
                Map<String, Object> vars = dmn.variables(probe, m, recent);
                String simulated = Boolean.toString(probe.eligible(m));
                String engine = Boolean.toString(dmn.eligible(vars));
                decisions++;
                agreed += record(name + " audience", simulated, engine, c, outcomes, disagreements);
                for (JourneyNode node : journey.nodes()) {
                    if (node instanceof JourneyNode.ConditionSplit split) {
                        decisions++;
                        agreed += record(name + " " + split.id(), probe.branch(split.id(), m),
                                dmn.branch(split.id(), vars), c, outcomes, disagreements);
                    } else if (node instanceof JourneyNode.NextBestAction nba) {
                        decisions++;
                        agreed += record(name + " " + nba.id(),
                                probe.nextBestAction(nba.id(), m, recent).orElse("none"),
                                dmn.nextBestAction(nba.id(), vars).orElse("none"), c, outcomes, disagreements);
                    }
                }
            }
        }
        System.out.printf("DMN fidelity: %d customers, journeys %s, %d decisions, %d agree; outcomes %s%n",
                data.size(), journeys, decisions, agreed, outcomes);
        assertEquals(List.of(), disagreements.subList(0, Math.min(10, disagreements.size())));
        assertEquals(decisions, agreed);
        assertTrue(journeys.size() >= 4, "templates with decisions: " + journeys);
        // the comparison is not vacuous: the sample reaches more than one outcome of the audiences and the splits
        assertTrue(outcomes.entrySet().stream().filter(e -> e.getValue().size() > 1).count() >= 3,
                "outcomes " + outcomes);
    }

    private static int record(String decision, String simulated, String engine, int customer,
            Map<String, Set<String>> outcomes, List<String> disagreements) {
        outcomes.computeIfAbsent(decision, k -> new TreeSet<>()).add(simulated);
        if (simulated.equals(engine)) {
            return 1;
        }
        disagreements.add(decision + " customer #" + customer + ": simulator " + simulated + ", DMN " + engine);
        return 0;
    }
}
