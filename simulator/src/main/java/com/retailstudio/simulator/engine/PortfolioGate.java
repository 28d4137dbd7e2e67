package com.retailstudio.simulator.engine;

import com.retailstudio.simulator.model.TraceStep;
import java.util.List;

/**
 * Where the journeys of a portfolio run meet for one customer: a send each journey's own guardrails allow is offered
 * here and decided at the end of its instant, with the other journeys' sends of that instant, under the portfolio's
 * rules; and a purchase one journey's message brought reaches every journey.
 */
interface PortfolioGate {
    /**
     * Journey {@code lane} would send its action {@code slot} at {@code t}; it has logged the send in its own log and
     * traced it as sent at step {@code mark} ({@link StepTracer#mark}), which a refusal rewrites.
     */
    void offer(int lane, int slot, long t, int mark);

    /** A simulated purchase worth {@code value} at {@code t}, brought by a message of journey {@code lane}. */
    void purchased(int lane, long t, double value);

    /**
     * Journey {@code lane}'s every step for customer {@code c}, the customer being run now: the portfolio runs them
     * again with every step recorded (only for the few customers kept as examples).
     */
    List<TraceStep> traced(int lane, int c);
}
