package com.retailstudio.simulator.engine;

import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.EventType;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.simulator.model.TraceReason;
import com.retailstudio.simulator.model.TraceStep;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * Runs one customer at a time through a {@link JourneyPlan} over their events in time order (see
 * docs/journey-semantics.md). One instance per partition, reused for every customer, so no per-customer objects
 * outlive the customer. This class walks the customer's timeline and the journey's nodes; {@link Guardrails} decide
 * whether a send goes out, {@link ResponseSimulator} how the customer responds to it, {@link NextBestAction} what a
 * next-best-action node sends and {@link EntrySchedule} when a scheduled journey lets customers in. Every step is
 * told to a {@link StepTracer}: {@link StepTracer#OFF} for all but the few customers traced.
 */
final class CustomerRun implements ConditionInputs {
    private static final long NEVER = EntrySchedule.NEVER;
    private static final int MAX_STEPS = 1000;
    private static final int[] JOURNEY_CHANNEL_OF_DATA = journeyChannelOfData();
    private static final int MESSAGE_SENT = EventType.MESSAGE_SENT.ordinal();
    private static final int PURCHASE = ResponseSimulator.PURCHASE;

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
    private final CustomerData data;
    private final ResponseModel model;
    private final SimulationSettings settings;
    private final SimulationResults results;
    private final boolean countDataSends;
    private final boolean exitWhenCapped;
    private final long horizonStart;
    private final long horizonEnd;
    private final ActionColumns actions;
    private final int[] actionNode;
    private final int[] actionJourneyChannel;
    private final boolean[] actionTransactional;
    private final int[] actionChannelConsent;
    private final Guardrails guardrails;
    private final NextBestAction nextBestAction;
    private final ResponseSimulator responses;
    private final EntrySchedule schedule;
    private final byte[] history;
    /** Whether this run exists to trace customers again for the examples (its counts are thrown away). */
    private final boolean forceTrace;
    private CustomerRun tracer;

    // per customer
    private int customer;
    private String customerId;
    private ZoneId zone;
    private int startPos;
    private int endPos;
    private int pos;
    private long now;
    private int consentBits;
    private boolean active;
    private int node;
    private long wake;
    private Pending pending;
    private int pendingSlot;
    private int triggerEvent;
    private int entries;
    private long entryTime;
    private long lastExit;
    private boolean convertedThisEntry;
    private boolean converted;
    private double goalRevenue;
    private boolean heldOut;
    private int messages;
    private boolean matchingAudience;
    private long nextSchedule;
    private StepTracer trace;
    private boolean traceRequested;
    /** What happened to the customer, as {@link TraceReason} bits, so the run can keep an example of each. */
    private int reasons;
    private long firstConversion;
    private final SendLog sends = new SendLog();
    private final SimulatedEvents simulated = new SimulatedEvents();

    CustomerRun(JourneyPlan plan, CustomerData data, ResponseModel model, SimulationSettings settings,
            SimulationResults results, long horizonStart, long horizonEnd) {
        this(plan, data, model, settings, results, horizonStart, horizonEnd, false);
    }

    private CustomerRun(JourneyPlan plan, CustomerData data, ResponseModel model, SimulationSettings settings,
            SimulationResults results, long horizonStart, long horizonEnd, boolean forceTrace) {
        if (plan.actionCount() == 0 && plan.nodeCount == 0) {
            throw new IllegalArgumentException("an empty journey cannot run");
        }
        this.forceTrace = forceTrace;
        this.plan = plan;
        this.data = data;
        this.model = model;
        this.settings = settings;
        this.results = results;
        this.countDataSends = settings.countDataSends();
        this.exitWhenCapped = settings.capped() == SimulationSettings.CappedMode.EXIT;
        this.horizonStart = horizonStart;
        this.horizonEnd = horizonEnd;
        actions = new ActionColumns(plan);
        actionNode = actions.node;
        actionJourneyChannel = actions.journeyChannel;
        actionTransactional = actions.transactional;
        actionChannelConsent = actions.channelConsent;
        guardrails = new Guardrails(plan, settings, actions);
        nextBestAction = new NextBestAction(plan, model, data, settings, guardrails, actions);
        responses = new ResponseSimulator(model, data, settings.seed(), actions, simulated);
        schedule = plan.trigger == JourneyPlan.TRIGGER_SCHEDULE ? new EntrySchedule(plan.schedule, horizonStart) : null;
        history = new byte[plan.nodeCount];
    }

    private static int[] journeyChannelOfData() {
        int[] map = new int[Channel.values().length];
        map[Channel.WEB.ordinal()] = JourneyChannel.WEB.ordinal();
        map[Channel.EMAIL.ordinal()] = JourneyChannel.EMAIL.ordinal();
        map[Channel.APP.ordinal()] = JourneyChannel.APP_PUSH.ordinal();
        map[Channel.SMS.ordinal()] = JourneyChannel.SMS.ordinal();
        map[Channel.STORE.ordinal()] = JourneyChannel.STORE_ASSOCIATE.ordinal();
        map[Channel.PAID_MEDIA.ordinal()] = JourneyChannel.PAID_MEDIA.ordinal();
        return map;
    }

    /** Runs customer {@code c} from the horizon's start to its end and adds what happened to the results. */
    void run(int c) {
        reset(c);
        if (plan.trigger == JourneyPlan.TRIGGER_AUDIENCE) {
            now = horizonStart;
            checkAudience(-1);
        }
        if (schedule != null) {
            nextSchedule = schedule.first(zone);
        }
        while (true) {
            long tData = pos < endPos ? data.time(pos) : NEVER;
            long tSyn = simulated.isEmpty() ? NEVER : simulated.nextTime();
            long tWake = active ? wake : NEVER;
            long t = Math.min(Math.min(tData, tSyn), Math.min(tWake, nextSchedule));
            if (t == NEVER || t > horizonEnd) {
                break;
            }
            now = t;
            if (tData == t) {
                dataEvent(pos++);
            } else if (tSyn == t) {
                syntheticEvent(simulated.poll());
            } else if (tWake == t) {
                wakeUp();
            } else {
                tryEnter(-1);
                nextSchedule = schedule.next();
            }
        }
        if (active) {
            results.recordWaitingAtEnd(node);
            trace.waitingAtEnd(horizonEnd, node);
        }
        if (entries > 0) {
            if (heldOut) {
                reasons |= TraceReason.HOLDOUT.bit();
            }
            results.enteredCustomer(heldOut, firstConversion, goalRevenue, messages);
            if (!forceTrace) {
                if (trace.records()) {
                    results.trace(customerId, traceRequested, trace.steps());
                }
                if (settings.tracesPerReasons() > 0 && results.wantsReasonTrace(reasons, customerId)) {
                    // Few customers are kept as examples, so they are run again with tracing rather than tracing all.
                    results.reasonTrace(reasons, customerId, trace.records() ? trace.steps() : tracer().traced(c));
                }
            }
        }
        results.customerProcessed(endPos - startPos);
    }

    /** Runs customer {@code c} again with every step recorded; the counts go to a scratch result. */
    List<TraceStep> traced(int c) {
        if (!forceTrace) {
            return tracer().traced(c);
        }
        run(c);
        return List.copyOf(trace.steps());
    }

    private CustomerRun tracer() {
        if (tracer == null) {
            tracer = new CustomerRun(plan, data, model, settings, plan.newResults(0), horizonStart, horizonEnd, true);
        }
        return tracer;
    }

    private void reset(int c) {
        customer = c;
        customerId = data.id(c);
        zone = data.zone(c);
        startPos = data.firstEvent(c);
        endPos = data.endEvent(c);
        pos = startPos;
        consentBits = data.consentBits(c);
        active = false;
        wake = NEVER;
        pending = Pending.NONE;
        triggerEvent = -1;
        entries = 0;
        lastExit = Long.MIN_VALUE;
        convertedThisEntry = false;
        converted = false;
        goalRevenue = 0;
        heldOut = false;
        messages = 0;
        matchingAudience = false;
        nextSchedule = NEVER;
        responses.reset(c, customerId, zone);
        sends.clear();
        simulated.clear();
        reasons = 0;
        firstConversion = SimulationResults.NOT_CONVERTED;
        traceRequested = !settings.traceCustomers().isEmpty() && settings.traceCustomers().contains(customerId);
        trace = forceTrace || traceRequested || settings.traceFirst() > 0 && results.wantsTrace(customerId)
                ? new StepRecorder(plan, actions) : StepTracer.OFF;
    }

    // ---- events ----

    private void dataEvent(int position) {
        int type = data.type(position);
        if (type == MESSAGE_SENT && countDataSends) {
            sends.add(now, JOURNEY_CHANNEL_OF_DATA[data.channel(position)], false);
        }
        double value = type == PURCHASE && !Double.isNaN(data.value(position)) ? data.value(position) : 0;
        goalAndWait(type, value, "data");
        if (plan.trigger == JourneyPlan.TRIGGER_EVENT && type == plan.triggerType) {
            tryEnter(position);
        } else if (plan.trigger == JourneyPlan.TRIGGER_AUDIENCE) {
            checkAudience(-1);
        }
    }

    private void syntheticEvent(int i) {
        int type = simulated.type(i);
        int slot = simulated.slot(i);
        double value = simulated.value(i);
        if (type == ResponseSimulator.EMAIL_OPEN || type == ResponseSimulator.PUSH_OPEN) {
            results.recordOpened(slot);
            history[actionNode[slot]] |= 2;
        } else if (type == ResponseSimulator.EMAIL_CLICK) {
            results.recordClicked(slot);
            history[actionNode[slot]] |= 4;
        } else if (type == PURCHASE) {
            results.recordConverted(slot, value);
        }
        trace.response(now, slot, type);
        goalAndWait(type, value, "simulated");
    }

    private void goalAndWait(int type, double value, String source) {
        if (type == plan.goalType && entries > 0 && !convertedThisEntry && now - entryTime <= plan.goalWindowSeconds) {
            convertedThisEntry = true;
            if (!converted) {
                firstConversion = now;
                reasons |= TraceReason.CONVERTED.bit();
            }
            converted = true;
            goalRevenue += value;
            trace.converted(now, active ? node : -1, source, type);
        }
        if (!active) {
            return;
        }
        if (type == plan.goalType) {
            results.recordGoalExit(node);
            trace.reachedGoal(now, node, type);
            leave(now);
        } else if (plan.kind[node] == JourneyPlan.WAIT && pending == Pending.WAIT && plan.waitUntilType[node] == type) {
            trace.awaitedEvent(now, node, source, type);
            pending = Pending.NONE;
            wake = NEVER;
            follow(node, 0, now);
        }
    }

    // ---- entry and exit ----

    private void checkAudience(int row) {
        boolean matches = plan.triggerFilter.test(this);
        if (matches && !matchingAudience) {
            tryEnter(row);
        }
        matchingAudience = matches;
    }

    private void tryEnter(int position) {
        if (active || entries >= plan.maxEntries) {
            return;
        }
        if (entries > 0 && now - lastExit < plan.cooldownSeconds) {
            return;
        }
        int previous = triggerEvent;
        triggerEvent = position;
        if (plan.trigger == JourneyPlan.TRIGGER_EVENT && !plan.triggerFilter.test(this) || !plan.audience.test(this)) {
            triggerEvent = previous;
            return;
        }
        if (entries == 0) {
            heldOut = guardrails.heldOut(customerId);
        }
        entries++;
        active = true;
        entryTime = now;
        convertedThisEntry = false;
        Arrays.fill(history, (byte) 0);
        trace.entered(now, position >= 0 ? data.type(position) : -1, heldOut, entries);
        arrive(plan.entryNode, now);
    }

    /** Leaves the journey at {@code t} from the current node; the caller has told the tracer why. */
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

    // ---- nodes ----

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
                case JourneyPlan.ENTRY -> port = 0;
                case JourneyPlan.WAIT -> {
                    pending = Pending.WAIT;
                    wake = t + plan.waitSeconds[current];
                    trace.waiting(t, current, plan.waitUntilType[current], wake);
                    return;
                }
                case JourneyPlan.CONDITION_SPLIT -> port = branch(current, t);
                case JourneyPlan.RANDOM_SPLIT -> port = path(current, t);
                case JourneyPlan.ACTION -> {
                    if (!sendMovesOn(plan.actionOf[current], t, false)) {
                        return;
                    }
                    port = 0;
                }
                case JourneyPlan.NEXT_BEST_ACTION -> {
                    int slot = nextBestAction.choose(current, t, customer, zone, consentBits, sends, trace);
                    if (slot < 0) {
                        port = 1;
                    } else {
                        long at = plan.nbaBestHour[current] ? nextBestAction.bestHourTime(customer, zone, t) : t;
                        if (at > t) {
                            pending = Pending.BEST_HOUR;
                            pendingSlot = slot;
                            wake = at;
                            trace.heldForBestHour(t, current, at);
                            return;
                        }
                        if (!sendMovesOn(slot, t, false)) {
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

    /** The port of the first branch whose condition holds, or the last (otherwise) port. */
    private int branch(int split, long t) {
        CompiledCondition[] branches = plan.branches[split];
        int port = branches.length;
        for (int b = 0; b < branches.length; b++) {
            if (branches[b].test(this)) {
                port = b;
                break;
            }
        }
        trace.branch(t, split, port, port < branches.length);
        return port;
    }

    /** The port a stable draw for this customer and split falls in. */
    private int path(int split, long t) {
        double u = StableHash.uniform(settings.seed(), plan.nodeIds[split], customerId);
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

    private void wakeUp() {
        long t = wake;
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
        messages++;
        reasons |= TraceReason.SENT.bit();
        results.recordSent(slot);
        history[actionNode[slot]] |= 1;
        trace.sent(t, slot);
        if (responses.respond(slot, t)) {
            consentBits &= ~actionChannelConsent[slot];
            results.recordUnsubscribed(slot);
            reasons |= TraceReason.UNSUBSCRIBED.bit();
            trace.unsubscribed(t, slot);
        }
    }

    // ---- condition inputs ----

    @Override
    public CustomerData data() {
        return data;
    }

    @Override
    public int customer() {
        return customer;
    }

    @Override
    public int triggerEvent() {
        return triggerEvent;
    }

    @Override
    public int consentBits() {
        return consentBits;
    }

    @Override
    public int countEvents(int eventType, long windowSeconds) {
        return data.countEvents(startPos, endPos, eventType, now, windowSeconds);
    }

    @Override
    public double secondsSinceLast(int eventType) {
        return data.secondsSinceLast(startPos, endPos, eventType, now);
    }

    @Override
    public boolean history(int nodeIndex, int fact) {
        return (history[nodeIndex] & (1 << fact)) != 0;
    }
}
