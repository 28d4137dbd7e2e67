package com.retailstudio.simulator.ui;

import com.retailstudio.simulator.engine.SimulationRun;
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

    /** False when only the kept examples can be found by id (a run whose customers stayed with Spark). */
    private final boolean anyCustomer;

    public TraceSearch(List<ReasonTrace> examples, Function<String, Optional<List<TraceStep>>> traceById) {
        this(examples, traceById, true);
    }

    private TraceSearch(List<ReasonTrace> examples, Function<String, Optional<List<TraceStep>>> traceById,
            boolean anyCustomer) {
        this.examples = List.copyOf(examples);
        this.traceById = traceById;
        this.anyCustomer = anyCustomer;
    }

    /**
     * The search over a finished run: any customer by id when the run kept its simulator (the desktop engine), else
     * (a Spark run, whose customers stayed with Spark) only the kept examples, by id or by reason.
     */
    static TraceSearch of(SimulationRun run) {
        List<ReasonTrace> examples = run.results().reasonTraces();
        if (run.simulator() != null) {
            return new TraceSearch(examples, run.simulator()::trace);
        }
        return new TraceSearch(examples, id -> examples.stream().filter(e -> e.customerId().equals(id)).findFirst()
                .map(ReasonTrace::steps), false);
    }

    /** Whether {@link #byId} finds any customer of the data set, not only the kept examples. */
    public boolean findsAnyCustomer() {
        return anyCustomer;
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
