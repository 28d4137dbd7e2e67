package com.retailstudio.simulator.ui;

import com.retailstudio.simulator.model.ReasonTrace;
import com.retailstudio.simulator.model.TraceReason;
import com.retailstudio.simulator.model.TraceStep;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds customers of the last run: by id (running that one customer again with every step recorded) or by what
 * happened to them (from the example traces the run kept for every combination of reasons).
 */
public final class TraceSearch {
    private final List<ReasonTrace> examples;
    private final Function<String, Optional<List<TraceStep>>> traceById;

    public TraceSearch(List<ReasonTrace> examples, Function<String, Optional<List<TraceStep>>> traceById) {
        this.examples = List.copyOf(examples);
        this.traceById = traceById;
    }

    /** Kept examples who had every one of {@code wanted}, in customer-id order; every example when none is wanted. */
    public List<ReasonTrace> matching(Set<TraceReason> wanted) {
        return examples.stream().filter(e -> e.has(wanted)).toList();
    }

    /** The customer's steps in the run, empty when no customer has that id (an empty list: they never entered). */
    public Optional<List<TraceStep>> byId(String customerId) {
        return traceById.apply(customerId.strip());
    }

    /** The reasons a customer of the kept examples had, if they are one. */
    public Optional<Set<TraceReason>> reasonsOf(String customerId) {
        return examples.stream().filter(e -> e.customerId().equals(customerId.strip())).findFirst()
                .map(ReasonTrace::reasons);
    }

    public int exampleCount() {
        return examples.size();
    }
}
