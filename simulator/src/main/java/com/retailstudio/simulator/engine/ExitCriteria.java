package com.retailstudio.simulator.engine;

import com.retailstudio.simulator.model.SimulationResults;

/**
 * A journey's exit criteria for the engine (docs/journey-semantics.md, "Exit criteria"): which one a customer meets,
 * by an event or by a condition holding now, and how leaving by it is counted and traced, as an exit and never as a
 * conversion. One instance per run.
 */
final class ExitCriteria {
    private final JourneyPlan plan;
    private final ConditionInputs inputs;
    private final SimulationResults results;

    ExitCriteria(JourneyPlan plan, ConditionInputs inputs, SimulationResults results) {
        this.plan = plan;
        this.inputs = inputs;
        this.results = results;
    }

    /**
     * The first criterion met now: one on {@code eventType} (-1: no event), else one whose condition holds; -1 for
     * none.
     */
    int met(int eventType) {
        for (int k = 0; eventType >= 0 && k < plan.exitEventType.length; k++) {
            if (plan.exitEventType[k] == eventType) {
                return k;
            }
        }
        for (int k = 0; k < plan.exitCondition.length; k++) {
            if (plan.exitCondition[k] != null && plan.exitCondition[k].test(inputs)) {
                return k;
            }
        }
        return -1;
    }

    /** Counts and traces leaving {@code node} at {@code t} by criterion {@code k}; {@code source} whose event it was. */
    void record(int node, int k, long t, String source, StepTracer trace) {
        results.recordCriterionExit(node, k);
        trace.leftByCriterion(t, node, k, plan.exitEventType[k] >= 0 ? source : null);
    }
}
