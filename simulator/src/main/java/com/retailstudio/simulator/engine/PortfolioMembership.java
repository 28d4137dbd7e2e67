package com.retailstudio.simulator.engine;

import com.retailstudio.designer.model.PortfolioRules;
import java.util.Set;

/**
 * Who a portfolio's rules keep from all marketing: the global control ({@link PortfolioRules#inGlobalControl}) and
 * the suppressed customers, by id or by a suppressed segment's conditions, which are compiled once and evaluated on
 * the customer as they are at the start of the simulated period.
 */
final class PortfolioMembership {
    private final PortfolioRules rules;
    private final Set<String> suppressedIds;
    private final CompiledCondition[] segments;

    PortfolioMembership(PortfolioRules rules) {
        this.rules = rules;
        this.suppressedIds = rules.suppressedCustomers();
        // Segment conditions read the customer, never a journey's nodes.
        ConditionCompiler compiler = new ConditionCompiler(nodeId -> -1);
        segments = rules.suppressedSegments().stream().map(s -> compiler.compile(s.conditions()))
                .toArray(CompiledCondition[]::new);
    }

    boolean inGlobalControl(String customerId) {
        return rules.inGlobalControl(customerId);
    }

    /** Whether the customer is suppressed; {@code inputs} reads them at the start of the period. */
    boolean suppressed(String customerId, ConditionInputs inputs) {
        if (suppressedIds.contains(customerId)) {
            return true;
        }
        for (CompiledCondition segment : segments) {
            if (segment.test(inputs)) {
                return true;
            }
        }
        return false;
    }
}
