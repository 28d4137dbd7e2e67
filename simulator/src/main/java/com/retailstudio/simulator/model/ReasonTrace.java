package com.retailstudio.simulator.model;

import java.util.List;
import java.util.Set;

/** A kept example customer: what happened to them in the run, and their every step. */
public record ReasonTrace(String customerId, Set<TraceReason> reasons, List<TraceStep> steps) {
    public ReasonTrace {
        reasons = Set.copyOf(reasons);
        steps = List.copyOf(steps);
    }

    /** Whether this customer had every one of {@code wanted} (and maybe more). */
    public boolean has(Set<TraceReason> wanted) {
        return reasons.containsAll(wanted);
    }
}
