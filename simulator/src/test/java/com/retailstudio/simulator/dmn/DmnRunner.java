package com.retailstudio.simulator.dmn;

import com.retailstudio.designer.dmn.DmnExporter;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.simulator.engine.DecisionProbe;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** A journey's exported DMN, parsed once by the Camunda 7 DMN engine, fed with the simulator's inputs. */
final class DmnRunner {
    static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    private final Journey journey;
    private final List<String> fields;
    private final Map<String, DmnDecision> decisions = new HashMap<>();

    DmnRunner(Journey journey) {
        this.journey = journey;
        this.fields = DecisionProbe.fieldsOf(journey);
        String xml = DmnExporter.toDmn(journey);
        for (DmnDecision d : ENGINE.parseDecisions(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))) {
            decisions.put(d.getKey(), d);
        }
    }

    /** The variables the DMN reads: condition fields, every candidate's propensity, recent messages. */
    Map<String, Object> variables(DecisionProbe probe, DecisionProbe.Moment m, int recentMessages) {
        Map<String, Object> vars = new HashMap<>();
        probe.fieldValues(fields, m).forEach((path, value) -> vars.put(DmnExporter.variable(path), value));
        for (JourneyNode node : journey.nodes()) {
            if (node instanceof JourneyNode.NextBestAction nba) {
                for (JourneyNode.Candidate c : nba.candidates()) {
                    OptionalDouble p = probe.propensity(nba.id(), c.id(), m);
                    vars.put(DmnExporter.propensityVariable(nba.id(), c.id()),
                            p.isPresent() ? p.getAsDouble() : null);
                }
            }
        }
        vars.put(DmnExporter.RECENT_MESSAGES, recentMessages);
        return vars;
    }

    boolean eligible(Map<String, Object> vars) {
        return (Boolean) single(DmnExporter.AUDIENCE_DECISION, vars);
    }

    String branch(String splitId, Map<String, Object> vars) {
        return (String) single(DmnExporter.splitDecision(splitId), vars);
    }

    Optional<String> nextBestAction(String nbaId, Map<String, Object> vars) {
        return Optional.ofNullable((String) single(DmnExporter.nbaDecision(nbaId), vars));
    }

    private Object single(String decisionId, Map<String, Object> vars) {
        DmnDecision decision = decisions.get(decisionId);
        if (decision == null) {
            throw new IllegalStateException("the DMN has no decision " + decisionId);
        }
        DmnDecisionResult result = ENGINE.evaluateDecision(decision, vars);
        return result.getSingleResult() == null ? null : result.getSingleResult().getSingleEntry();
    }
}
