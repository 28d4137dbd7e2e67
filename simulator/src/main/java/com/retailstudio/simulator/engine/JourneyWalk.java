package com.retailstudio.simulator.engine;

import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.simulator.model.SuppressionReason;
import com.retailstudio.simulator.model.TraceReason;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * An entered customer's way through a journey's nodes (docs/journey-semantics.md): what each node does, the waits,
 * and the sends, which {@link Guardrails} may stop and to which {@link ResponseSimulator} draws the responses.
 * {@link CustomerRun} walks the customer's timeline and calls in at entry, at each wake-up and on the events a node
 * may wait for. One instance per run, reset for every customer.
 *
 * <p>Over 400 lines because every node kind works on the same per-customer fields (where the customer is, what is
 * pending, the send log, the consent bits, the reasons), and the portfolio's callbacks ({@link #refuse},
 * {@link #deliver}, {@link #withdrawConsent}) change those same fields; waits on the local clock, best-hour sends,
 * exit criteria and experiments already live in {@link LocalWaitTime}, {@link SendTimes}, {@link ExitCriteria} and
 * {@link ExperimentTracker}. The next split is the portfolio's callbacks, once the per-customer fields are an object.
 */
final class JourneyWalk {
    private static final long NEVER = EntrySchedule.NEVER;
    private static final int MAX_STEPS = 1000;

    /** What became of an attempt to send, and whether the customer moves on from the node that sent. */
    private enum SendOutcome {
        SENT(true), SUPPRESSED(true), DEFERRED(false), CAPPED_EXIT(false);

        final boolean movesOn;

        SendOutcome(boolean movesOn) {
            this.movesOn = movesOn;
        }
    }

    /** What the customer at the current node is waiting for until {@code wake}. */
    private enum Pending { NONE, WAIT, QUIET_HOURS, BEST_HOUR }

    private final JourneyPlan plan;
    private final SimulationResults results;
    private final ConditionInputs inputs;
    private final long seed;
    private final boolean exitWhenCapped;
    private final int[] actionNode;
    private final int[] actionJourneyChannel;
    private final boolean[] actionTransactional;
    private final int[] actionChannelConsent;
    private final Guardrails guardrails;
    private final NextBestAction nextBestAction;
    private final SendTimes sendTimes;
    private final ExitCriteria exitCriteria;
    private final ResponseSimulator responses;
    /** The {@link ConditionInputs#history} bits of the current entry, shared with the run. */
    private final byte[] history;
    private final SendLog sends = new SendLog();
    /** In a portfolio run, where sends the guardrails allow are offered; null when the journey runs alone. */
    private PortfolioGate gate;
    private int lane;
    private final ExperimentTracker experiments;

    // per customer
    private int customer;
    private String customerId;
    private ZoneId zone;
    private StepTracer trace;
    private int consentBits;
    private boolean heldOut;
    private int messages;
    /** What happened to the customer's sends, as {@link TraceReason} bits. */
    private int reasons;
    private boolean active;
    private int node;
    private long wake;
    private Pending pending;
    private int pendingSlot;
    private long lastExit;

    JourneyWalk(JourneyPlan plan, CustomerData data, ResponseModel model, SimulationSettings settings,
            SimulationResults results, ActionColumns actions, byte[] history, SimulatedEvents simulated,
            ConditionInputs inputs) {
        this.plan = plan;
        this.results = results;
        this.inputs = inputs;
        this.seed = settings.seed();
        this.exitWhenCapped = settings.capped() == SimulationSettings.CappedMode.EXIT;
        this.actionNode = actions.node;
        this.actionJourneyChannel = actions.journeyChannel;
        this.actionTransactional = actions.transactional;
        this.actionChannelConsent = actions.channelConsent;
        this.guardrails = new Guardrails(plan, settings, actions);
        this.nextBestAction = new NextBestAction(plan, model, data, settings, guardrails, actions);
        this.sendTimes = new SendTimes(plan, model, data, actions);
        this.exitCriteria = new ExitCriteria(plan, inputs, results);
        this.responses = new ResponseSimulator(model, data, settings.seed(), actions, simulated);
        this.history = history;
        this.experiments = new ExperimentTracker(plan, results);
    }

    /**
     * Offers every send the guardrails allow to {@code portfolio} as journey {@code laneIndex}, drawing responses
     * from a stream of the journey's own when {@code ownStream}.
     */
    void joinPortfolio(PortfolioGate portfolio, int laneIndex, boolean ownStream) {
        gate = portfolio;
        lane = laneIndex;
        if (ownStream) {
            responses.streamOfJourney(plan.journeyId);
        }
    }

    void reset(int c, String id, ZoneId timeZone, int consent, StepTracer tracer) {
        customer = c;
        customerId = id;
        zone = timeZone;
        trace = tracer;
        consentBits = consent;
        heldOut = false;
        messages = 0;
        reasons = 0;
        active = false;
        wake = NEVER;
        pending = Pending.NONE;
        lastExit = Long.MIN_VALUE;
        sends.clear();
        responses.reset(c, id, timeZone);
        experiments.reset(id);
    }

    boolean active() {
        return active;
    }

    /** The current node, or -1 when the customer is not in the journey. */
    int node() {
        return active ? node : -1;
    }

    /** When the customer at a wait (or a held send) is due, or {@link EntrySchedule#NEVER}. */
    long wakeTime() {
        return active ? wake : NEVER;
    }

    long lastExit() {
        return lastExit;
    }

    int consentBits() {
        return consentBits;
    }

    boolean heldOut() {
        return heldOut;
    }

    int messages() {
        return messages;
    }

    int reasons() {
        return reasons;
    }

    /** A message the data says the customer received (the settings count these towards caps and fatigue). */
    void logDataSend(long t, int journeyChannel) {
        sends.add(t, journeyChannel, false);
    }

    /** Enters at {@code t} (entry number {@code entry}) on an event of {@code eventType}, or -1 for the trigger. */
    void enter(long t, int eventType, int entry) {
        if (entry == 1) {
            heldOut = guardrails.heldOut(customerId);
        }
        active = true;
        experiments.entered(t);
        Arrays.fill(history, (byte) 0);
        trace.entered(t, eventType, heldOut, entry);
        arrive(plan.entryNode, t);
    }

    /** The goal event at {@code t}: the customer leaves. */
    void reachGoal(long t, int eventType) {
        results.recordGoalExit(node);
        trace.reachedGoal(t, node, eventType);
        leave(t);
    }

    /** Another event while in the journey: an exit criterion may take the customer out, or a wait for it ends. */
    void event(long t, int eventType, String source) {
        if (leftByCriterion(t, eventType, source)) {
            return;
        }
        if (plan.kind[node] == JourneyPlan.WAIT && pending == Pending.WAIT && plan.waitUntilType[node] == eventType) {
            trace.awaitedEvent(t, node, source, eventType);
            pending = Pending.NONE;
            wake = NEVER;
            follow(node, 0, t);
        }
    }

    /** The customer's experiment splits, told of conversions and counted at the end by {@link CustomerRun}. */
    ExperimentTracker experiments() {
        return experiments;
    }

    /** The data ended at {@code t} with the customer still in the journey. */
    void atEnd(long t) {
        results.recordWaitingAtEnd(node);
        trace.waitingAtEnd(t, node);
    }

    void wakeUp() {
        long t = wake;
        if (leftByCriterion(t, -1, null)) {
            return;
        }
        wake = NEVER;
        Pending p = pending;
        pending = Pending.NONE;
        if (p == Pending.WAIT) {
            trace.waitEnded(t, node, plan.waitUntilType[node] >= 0);
            follow(node, plan.waitUntilType[node] >= 0 ? 1 : 0, t);
        } else if (sendMovesOn(pendingSlot, t, p == Pending.QUIET_HOURS)) {
            follow(node, 0, t);
        }
    }

    private void follow(int from, int port, long t) {
        results.recordPassed(from, port);
        int to = plan.next[from][port];
        if (to < 0) {
            node = from;
            results.recordExited(from);
            trace.noStepAfter(t, from, port);
            leave(t);
            return;
        }
        arrive(to, t);
    }

    private void arrive(int first, long t) {
        int current = first;
        for (int steps = 0; steps < MAX_STEPS; steps++) {
            node = current;
            results.recordNodeEntered(current);
            int port;
            switch (plan.kind[current]) {
                case JourneyPlan.ENTRY -> {
                    // an exit criterion that already holds lets the customer in and out at once, counted as an exit
                    if (leftByCriterion(t, -1, null)) {
                        return;
                    }
                    port = 0;
                }
                case JourneyPlan.WAIT -> {
                    pending = Pending.WAIT;
                    wake = LocalWaitTime.start(plan, current, t, zone, inputs.data(), customer, trace);
                    return;
                }
                case JourneyPlan.CONDITION_SPLIT -> port = branch(current, t);
                case JourneyPlan.RANDOM_SPLIT -> port = plan.experiments.experimentOf[current] >= 0
                        ? experiments.route(current, t, trace) : path(current, t);
                case JourneyPlan.ACTION -> {
                    if (heldForBestHour(current, plan.actionOf[current], t) || !sendMovesOn(plan.actionOf[current], t,
                            false)) {
                        return;
                    }
                    port = 0;
                }
                case JourneyPlan.NEXT_BEST_ACTION -> {
                    int slot = nextBestAction.choose(current, t, customer, zone, consentBits, sends, trace);
                    if (slot < 0) {
                        port = 1;
                    } else {
                        if (heldForBestHour(current, slot, t) || !sendMovesOn(slot, t, false)) {
                            return;
                        }
                        port = 0;
                    }
                }
                default -> {
                    exit(t, "exit node");
                    return;
                }
            }
            results.recordPassed(current, port);
            int to = plan.next[current][port];
            if (to < 0) {
                results.recordExited(current);
                trace.noStepAfter(t, current, port);
                leave(t);
                return;
            }
            current = to;
        }
        // The exit counts at the node the loop was about to enter; the trace names the node it was at.
        results.recordExited(current);
        trace.left(t, node, "more than " + MAX_STEPS + " steps without a wait (a loop)");
        leave(t);
    }

    /**
     * Holds action {@code slot} of node {@code at} until the customer's best hour when the node sends at the best
     * hour and now is not it; says whether it did.
     */
    private boolean heldForBestHour(int at, int slot, long t) {
        long sendTime = plan.sendAtBestHour[at] ? sendTimes.sendTime(slot, customer, zone, t) : t;
        if (sendTime == t) {
            return false;
        }
        pending = Pending.BEST_HOUR;
        pendingSlot = slot;
        wake = sendTime;
        trace.heldForBestHour(t, at, sendTime, sendTimes.bestHour(slot, customer), zone);
        return true;
    }

    /** Takes the customer out when an exit criterion is met at {@code t} (on {@code source}'s event of a type, or -1). */
    private boolean leftByCriterion(long t, int eventType, String source) {
        int k = exitCriteria.met(eventType);
        if (k < 0) {
            return false;
        }
        exitCriteria.record(node, k, t, source, trace);
        reasons |= TraceReason.EXIT_CRITERION.bit();
        leave(t);
        return true;
    }

    /** The port of the first branch whose condition holds, or the last (otherwise) port. */
    private int branch(int split, long t) {
        CompiledCondition[] branches = plan.branches[split];
        int port = branches.length;
        for (int b = 0; b < branches.length; b++) {
            if (branches[b].test(inputs)) {
                port = b;
                break;
            }
        }
        trace.branch(t, split, port, port < branches.length);
        return port;
    }

    /** The port a stable draw for this customer and split falls in. */
    private int path(int split, long t) {
        double u = StableHash.uniform(seed, plan.nodeIds[split], customerId);
        double[] cum = plan.cumulative[split];
        int port = cum.length - 1;
        for (int p = 0; p < cum.length; p++) {
            if (u < cum[p]) {
                port = p;
                break;
            }
        }
        trace.path(t, split, port, u);
        return port;
    }

    /** Leaves the journey at {@code t} from the current node; the caller has counted and traced why. */
    private void leave(long t) {
        active = false;
        wake = NEVER;
        pending = Pending.NONE;
        lastExit = t;
    }

    private void exit(long t, String reason) {
        results.recordExited(node);
        trace.left(t, node, reason);
        leave(t);
    }

    // ---- sends ----

    /**
     * Attempts to send action {@code slot} from the current node and says whether the customer moves on: not when
     * quiet hours defer the send, nor when a frequency cap ends the journey (the one place that exit is taken).
     * A send resumed after quiet hours was counted as an attempt when it was deferred.
     */
    private boolean sendMovesOn(int slot, long t, boolean afterQuietHours) {
        SendOutcome outcome = attemptSend(slot, t, afterQuietHours);
        if (outcome == SendOutcome.CAPPED_EXIT) {
            exit(t, "frequency cap reached and the cap setting is exit");
        }
        return outcome.movesOn;
    }

    private SendOutcome attemptSend(int slot, long t, boolean afterQuietHours) {
        if (!afterQuietHours) {
            results.recordAttempt(slot);
        }
        Guardrails.Verdict verdict = guardrails.check(slot, t, zone, consentBits, heldOut, afterQuietHours, sends);
        if (verdict == Guardrails.Verdict.SEND) {
            if (gate != null) {
                // Whatever the portfolio decides, the customer moves on, as after a suppression.
                sends.add(t, actionJourneyChannel[slot], actionTransactional[slot]);
                // Traced as sent in its place among the instant's steps; a refusal rewrites that step.
                int mark = trace.mark();
                trace.sent(t, slot);
                gate.offer(lane, slot, t, mark);
                return SendOutcome.SENT;
            }
            send(slot, t);
            return SendOutcome.SENT;
        }
        reasons |= verdict.reasonBit;
        if (verdict == Guardrails.Verdict.DEFER) {
            results.recordDeferred(slot);
            pending = Pending.QUIET_HOURS;
            pendingSlot = slot;
            wake = guardrails.quietUntil();
            trace.deferred(t, slot, zone, wake);
            return SendOutcome.DEFERRED;
        }
        results.recordSuppressed(slot, verdict.suppression);
        if (verdict == Guardrails.Verdict.FREQUENCY_CAP) {
            trace.capped(t, slot, guardrails.cap(), guardrails.capSince());
            return exitWhenCapped ? SendOutcome.CAPPED_EXIT : SendOutcome.SUPPRESSED;
        }
        trace.suppressed(t, slot, verdict.suppression, verdict.why);
        return SendOutcome.SUPPRESSED;
    }

    private void send(int slot, long t) {
        sends.add(t, actionJourneyChannel[slot], actionTransactional[slot]);
        trace.sent(t, slot);
        deliver(slot, t);
    }

    /**
     * The portfolio refused a send it was offered: it is taken back from the journey's log and counted as
     * suppressed for {@code reason}, and {@code traceReason} joins what happened to the customer.
     */
    void refuse(int slot, long t, int mark, SuppressionReason reason, TraceReason traceReason, String why) {
        sends.removeLatest(t, actionJourneyChannel[slot]);
        reasons |= traceReason.bit();
        results.recordSuppressed(slot, reason);
        trace.suppressedInstead(mark, t, slot, reason, why);
    }

    /** The consent bits the customer withdrew by unsubscribing elsewhere (another journey's message). */
    void withdrawConsent(int bits) {
        consentBits &= ~bits;
    }

    /** The consent bits an unsubscribe from action {@code slot}'s channel withdraws. */
    int channelConsent(int slot) {
        return actionChannelConsent[slot];
    }

    /** Sends a message already logged and traced; returns whether the customer unsubscribed in response. */
    boolean deliver(int slot, long t) {
        messages++;
        reasons |= TraceReason.SENT.bit();
        results.recordSent(slot);
        history[actionNode[slot]] |= 1;
        if (responses.respond(slot, t)) {
            consentBits &= ~actionChannelConsent[slot];
            results.recordUnsubscribed(slot);
            reasons |= TraceReason.UNSUBSCRIBED.bit();
            trace.unsubscribed(t, slot);
            return true;
        }
        return false;
    }
}
