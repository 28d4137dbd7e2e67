package com.retailstudio.simulator.ui;

import com.retailstudio.simulator.engine.PortfolioRun;
import com.retailstudio.simulator.engine.SimulationRun;
import com.retailstudio.simulator.model.PortfolioResults;
import com.retailstudio.simulator.model.PortfolioTrace;
import com.retailstudio.simulator.model.ReasonTrace;
import com.retailstudio.simulator.model.TraceReason;
import com.retailstudio.simulator.model.TraceStep;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Finds customers of the last run: by id (running that one customer again with every step recorded) or by what
 * happened to them (from the example traces the run kept for every combination of reasons). Over a portfolio run a
 * customer is shown across its journeys, as one timeline.
 */
public final class TraceSearch {
    private final List<ReasonTrace> examples;
    private final Function<String, Optional<List<TraceStep>>> traceById;

    /** False when only the kept examples can be found by id (a run whose customers stayed with Spark). */
    private final boolean anyCustomer;
    /** A customer's steps across the journeys of a portfolio run; null for one journey's run. */
    private final Function<String, Optional<PortfolioTrace>> timelineById;

    public TraceSearch(List<ReasonTrace> examples, Function<String, Optional<List<TraceStep>>> traceById) {
        this(examples, traceById, true);
    }

    private TraceSearch(List<ReasonTrace> examples, Function<String, Optional<List<TraceStep>>> traceById,
            boolean anyCustomer) {
        this(examples, traceById, anyCustomer, null);
    }

    private TraceSearch(List<ReasonTrace> examples, Function<String, Optional<List<TraceStep>>> traceById,
            boolean anyCustomer, Function<String, Optional<PortfolioTrace>> timelineById) {
        this.examples = List.copyOf(examples);
        this.traceById = traceById;
        this.anyCustomer = anyCustomer;
        this.timelineById = timelineById;
    }

    /**
     * The search over a portfolio run (the desktop engine's, which kept its simulator): any customer by id across the
     * journeys; the examples every journey kept, a customer kept by several journeys once, with what happened to
     * them in all of those.
     */
    static TraceSearch of(PortfolioRun run) {
        PortfolioResults results = run.results();
        Map<String, EnumSet<TraceReason>> reasons = new TreeMap<>();
        Map<String, List<TraceStep>> steps = new LinkedHashMap<>();
        for (int j = 0; j < results.journeyIds().size(); j++) {
            for (ReasonTrace kept : results.journey(j).reasonTraces()) {
                reasons.computeIfAbsent(kept.customerId(), id -> EnumSet.noneOf(TraceReason.class))
                        .addAll(kept.reasons());
                steps.putIfAbsent(kept.customerId(), kept.steps());
            }
        }
        List<ReasonTrace> examples = new ArrayList<>();
        reasons.forEach((id, had) -> examples.add(new ReasonTrace(id, had, steps.get(id))));
        return new TraceSearch(examples, id -> run.simulator().timeline(id).map(PortfolioTrace::traceSteps), true,
                run.simulator()::timeline);
    }

    /** Whether a customer is shown across the journeys of a portfolio ({@link #timeline}). */
    public boolean acrossJourneys() {
        return timelineById != null;
    }

    /**
     * Over a portfolio run, the customer's steps in every journey as one timeline, empty when no customer has that
     * id; always empty over one journey's run ({@link #byId} has its steps).
     */
    public Optional<PortfolioTrace> timeline(String customerId) {
        return timelineById == null ? Optional.empty() : timelineById.apply(customerId.strip());
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
