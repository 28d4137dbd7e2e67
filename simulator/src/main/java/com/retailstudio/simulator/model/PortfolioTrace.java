package com.retailstudio.simulator.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One customer's steps in every journey of a portfolio run as one timeline, each step with its journey: why the
 * customer got each message, and which journey a refused send lost to.
 *
 * @param steps in time order; steps of the same instant in the journeys' priority order, each journey's in its own
 */
public record PortfolioTrace(String customerId, List<JourneyStep> steps) {

    /** A step of one journey. */
    public record JourneyStep(String journeyId, TraceStep step) {
        public JourneyStep {
            Objects.requireNonNull(journeyId, "journeyId");
            Objects.requireNonNull(step, "step");
        }
    }

    public PortfolioTrace {
        Objects.requireNonNull(customerId, "customerId");
        steps = List.copyOf(steps);
    }

    /** Interleaves each journey's steps ({@code byJourney} in priority order) by time. */
    public static PortfolioTrace of(String customerId, Map<String, List<TraceStep>> byJourney) {
        List<JourneyStep> all = new ArrayList<>();
        byJourney.forEach((journey, steps) -> steps.forEach(step -> all.add(new JourneyStep(journey, step))));
        // A stable sort: the same instant keeps the journeys' order and each journey's own.
        all.sort(Comparator.comparing(s -> s.step().time()));
        return new PortfolioTrace(customerId, all);
    }

    /** Whether the customer entered any journey (else there are no steps). */
    public boolean enteredAny() {
        return !steps.isEmpty();
    }

    /** The steps alone, in the timeline's order. */
    public List<TraceStep> traceSteps() {
        return steps.stream().map(JourneyStep::step).toList();
    }

    /** The journey of each step, in the timeline's order. */
    public List<String> journeyIds() {
        return steps.stream().map(JourneyStep::journeyId).toList();
    }
}
