package com.retailstudio.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.designer.dmn.DmnExporter;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The exported send-hour decisions, run by the Camunda 7 DMN engine, give the hour the simulator sends at
 * ({@link SendTimes}): for the winback template (a next best action at the best hour, one candidate's channel under
 * quiet hours), fed with sample customers' fitted hour factors, and with random hour factors full of ties.
 */
@Tag("slow")
class SendHourDmnTest {
    private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    private static Map<String, DmnDecision> decisions(Journey journey) {
        Map<String, DmnDecision> out = new HashMap<>();
        String xml = DmnExporter.toDmn(journey);
        for (DmnDecision d : ENGINE.parseDecisions(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))) {
            out.put(d.getKey(), d);
        }
        return out;
    }

    private static int dmnHour(DmnDecision decision, double[] hourFactors) {
        List<Double> response = new ArrayList<>();
        for (double f : hourFactors) {
            response.add(f);
        }
        Object hour = ENGINE.evaluateDecision(decision, Map.of(DmnExporter.HOUR_RESPONSE, response))
                .getSingleResult().getSingleEntry();
        return ((Number) hour).intValue();
    }

    /** Per action slot of the plan that sends at the best hour, its send-hour decision. */
    private static Map<Integer, DmnDecision> slotDecisions(JourneyPlan plan, Map<String, DmnDecision> decisions) {
        Map<Integer, DmnDecision> out = new HashMap<>();
        for (int slot = 0; slot < plan.actionKeys.size(); slot++) {
            DmnDecision decision = decisions.get(DmnExporter.sendHourDecision(plan.actionKeys.get(slot)));
            if (decision != null) {
                out.put(slot, decision);
            }
        }
        assertEquals(3, out.size(), "the winback next best action's three candidates");
        return out;
    }

    @Test
    void theExportedSendHourIsTheSimulatorsForSampleCustomers() {
        Journey winback = JourneyTemplates.load("winback").orElseThrow();
        JourneyPlan plan = JourneyPlan.compile(winback);
        CustomerData data = SampleData.data();
        ResponseModel model = ResponseModelFitter.fit(data);
        SendTimes simulator = new SendTimes(plan, model, data, new ActionColumns(plan));
        Map<Integer, DmnDecision> exported = slotDecisions(plan, decisions(winback));
        int disagreements = 0;
        int checked = 0;
        Set<Integer> hours = new HashSet<>();
        // every fifth customer: 600 customers over all six age bands, 1,800 decisions
        for (int c = 0; c < data.size(); c += 5) {
            for (int slot : exported.keySet()) {
                int dmn = dmnHour(exported.get(slot), model.h[data.ageBand(c)]);
                hours.add(dmn);
                checked++;
                if (dmn != simulator.bestHour(slot, c)) {
                    disagreements++;
                }
            }
        }
        assertEquals(0, disagreements, "of " + checked);
        assertTrue(hours.size() > 2, "the sample's age bands have different best hours: " + hours);
    }

    @Test
    void theExportedSendHourAgreesOnRandomHourFactorsWithTiesAndQuietHours() {
        Journey winback = JourneyTemplates.load("winback").orElseThrow();
        JourneyPlan plan = JourneyPlan.compile(winback);
        Map<Integer, DmnDecision> exported = slotDecisions(plan, decisions(winback));
        CustomerData one = new Cases().customer("C1", "Europe/London").data();
        Random random = new Random(20);
        for (int trial = 0; trial < 300; trial++) {
            ResponseModel model = Cases.constant(0.1, 0);
            // few distinct values, so ties between hours are common
            for (int h = 0; h < ResponseModel.HOURS; h++) {
                model.h[one.ageBand(0)][h] = random.nextInt(4) * 0.5;
            }
            SendTimes simulator = new SendTimes(plan, model, one, new ActionColumns(plan));
            for (int slot : exported.keySet()) {
                assertEquals(simulator.bestHour(slot, 0), dmnHour(exported.get(slot), model.h[one.ageBand(0)]),
                        "trial " + trial + ", " + plan.actionKeys.get(slot));
            }
        }
        assertTrue(winback.nodes().stream().anyMatch(n -> n instanceof JourneyNode.NextBestAction nba
                && nba.sendAtBestHour()), "the template sends at the best hour");
    }
}
