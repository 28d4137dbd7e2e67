package com.retailstudio.simulator.engine;

import com.retailstudio.simulator.model.SuppressionReason;
import com.retailstudio.simulator.model.TraceStep;
import java.time.ZoneId;
import java.util.List;

/**
 * What a {@link CustomerRun} tells about a customer's steps, in its own terms (node and action indices, event types,
 * epoch seconds). The methods do nothing by default and {@link #OFF} is that tracer, so an untraced customer (nearly
 * all of them) costs a call that the JIT removes and no sentence is ever built for nobody; {@link StepRecorder} writes
 * the steps down.
 */
interface StepTracer {
    /** The tracer of customers nobody asked to see. */
    StepTracer OFF = new StepTracer() {
    };

    /** Whether steps are written down, so {@link #steps()} holds them. */
    default boolean records() {
        return false;
    }

    /** The steps written down so far. */
    default List<TraceStep> steps() {
        return List.of();
    }

    /** Entered at the entry node on an event of {@code eventType}, or on the trigger itself with -1. */
    default void entered(long t, int eventType, boolean heldOut, int entry) {
    }

    default void left(long t, int node, String reason) {
    }

    /** Left on the goal event. */
    default void reachedGoal(long t, int node, int eventType) {
    }

    /** Left at a port that leads nowhere. */
    default void noStepAfter(long t, int node, int port) {
    }

    /** Converted, at {@code node} or at -1 when no longer in the journey; {@code source} says whose event it was. */
    default void converted(long t, int node, String source, int eventType) {
    }

    /** At a wait until {@code wake}, or until an event of {@code untilType} (-1: none) before then. */
    default void waiting(long t, int node, int untilType, long wake) {
    }

    /**
     * At a wait until a moment on the customer's clock in {@code zone}, {@code wake}, or an event of {@code untilType}
     * (-1: none) before then; {@code passed} when the moment (a date that does not recur) had already gone.
     */
    default void waitingLocal(long t, int node, int untilType, long wake, ZoneId zone, boolean passed) {
    }

    /** Waiting for a profile date the customer's row leaves empty: the date never ends the wait. */
    default void waitingForNoDate(long t, int node, int untilType) {
    }

    /** Left because the plan's exit criterion {@code criterion} was met, on {@code source}'s event or (null) a condition. */
    default void leftByCriterion(long t, int node, int criterion, String source) {
    }

    /** The awaited event came in time. */
    default void awaitedEvent(long t, int node, String source, int eventType) {
    }

    default void waitEnded(long t, int node, boolean timedOut) {
    }

    /** A condition split took {@code port}, because its condition held or because none did. */
    default void branch(long t, int node, int port, boolean conditionHeld) {
    }

    /** A random split took {@code port} on the stable draw {@code u}. */
    default void path(long t, int node, int port, double u) {
    }

    /** An experiment split sent the customer to variant {@code port}: by their bucket, or to the picked winner. */
    default void experimentVariant(long t, int node, int port, int bucket, boolean winner) {
    }

    /** A next-best-action candidate was left out for want of consent. */
    default void withoutConsent(int slot) {
    }

    /** A next-best-action candidate's arbitration score and its terms. */
    default void scored(int slot, double purchase, double fatigue, int recent, double score) {
    }

    /** The next-best-action node chose {@code slot} (-1: none) among the candidates just scored. */
    default void chose(long t, int node, int slot) {
    }

    /** A send held until {@code at}, the start of the customer's best local hour {@code hour} in {@code zone}. */
    default void heldForBestHour(long t, int node, long at, int hour, ZoneId zone) {
    }

    default void sent(long t, int slot) {
    }

    /** The index the next step written down will have (-1 when nothing is written down). */
    default int mark() {
        return -1;
    }

    /** The step at {@code mark} said sent; the send was suppressed for {@code reason} instead. */
    default void suppressedInstead(int mark, long t, int slot, SuppressionReason reason, String why) {
    }

    /** Suppressed for a reason that needs no detail. */
    default void suppressed(long t, int slot, SuppressionReason reason, String why) {
    }

    /** Suppressed by cap {@code cap} of the plan, counted from {@code since}. */
    default void capped(long t, int slot, int cap, long since) {
    }

    /** Deferred by quiet hours in {@code zone} until {@code until}. */
    default void deferred(long t, int slot, ZoneId zone, long until) {
    }

    /** A simulated response of {@code eventType} to the action's send. */
    default void response(long t, int slot, int eventType) {
    }

    default void unsubscribed(long t, int slot) {
    }

    default void waitingAtEnd(long t, int node) {
    }
}
