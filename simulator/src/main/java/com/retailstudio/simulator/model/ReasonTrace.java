package com.retailstudio.simulator.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A kept example customer: what happened to them in the run, and their every step. */
public record ReasonTrace(String customerId, Set<TraceReason> reasons, List<TraceStep> steps) {
    public ReasonTrace {
        // In the enum's order, not Set.copyOf's, whose order changes from one JVM to the next: the reasons are printed
        // (fingerprints, the trace's sentence) and must read the same in every run.
        EnumSet<TraceReason> ordered = EnumSet.noneOf(TraceReason.class);
        ordered.addAll(reasons);
        reasons = Collections.unmodifiableSet(ordered);
        steps = List.copyOf(steps);
    }

    /** Whether this customer had every one of {@code wanted} (and maybe more). */
    public boolean has(Set<TraceReason> wanted) {
        return reasons.containsAll(wanted);
    }
}
