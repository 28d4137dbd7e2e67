package com.retailstudio.simulator.engine;

import com.retailstudio.data.model.EventType;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.simulator.model.TraceReason;
import com.retailstudio.simulator.model.TraceStep;
import java.util.List;

/**
 * Runs one customer at a time through a {@link JourneyPlan} over their events in time order (see
 * docs/journey-semantics.md). One instance per partition, reused for every customer, so no per-customer objects
 * outlive the customer. This class walks the customer's timeline (their data events, simulated responses, wake-ups
 * and scheduled entries), lets them in and counts their conversions; {@link JourneyWalk} takes them through the
 * nodes and sends, and {@link EntrySchedule} says when a scheduled journey lets them in. Every step is told to a
 * {@link StepTracer}: {@link StepTracer#OFF} for all but the few customers traced.
 *
 * <p>Over 400 lines because one customer's timeline is one loop over this object's per-customer fields, read on every
 * event; a portfolio run ({@link PortfolioCustomerRun}) steps the same loop a step at a time ({@code begin},
 * {@code stepOwn}, {@code finish}), so the single-journey and the portfolio paths share it rather than each holding a
 * copy. The next split is those fields into a per-customer state object both paths hand on.
 */
final class CustomerRun implements ConditionInputs {
    private static final long NEVER = EntrySchedule.NEVER;
    private static final int MESSAGE_SENT = EventType.MESSAGE_SENT.ordinal();
    private static final int PURCHASE = ResponseSimulator.PURCHASE;

    private final JourneyPlan plan;
    private final CustomerData data;
    private final ResponseModel model;
    private final SimulationSettings settings;
    private final SimulationResults results;
    private final boolean countDataSends;
    private final long horizonStart;
    private final long horizonEnd;
    private final ActionColumns actions;
    private final int[] actionNode;
    private final JourneyWalk walk;
    private final EntrySchedule schedule;
    private final byte[] history;
    /** Whether this run exists to trace customers again for the examples (its counts are thrown away). */
    private final boolean forceTrace;
    private CustomerRun tracer;
    /** In a portfolio run, where purchases are told; null when the journey runs alone. */
    private PortfolioGate gate;
    private int lane;

    // per customer
    private int customer;
    private String customerId;
    private int startPos;
    private int endPos;
    private int pos;
    private long now;
    private int triggerEvent;
    private int entries;
    private long entryTime;
    private boolean convertedThisEntry;
    private boolean converted;
    private double goalRevenue;
    private boolean matchingAudience;
    private long nextSchedule;
    private StepTracer trace;
    private boolean traceRequested;
    /** What happened to the customer outside their sends, as {@link TraceReason} bits. */
    private int reasons;
    private long firstConversion;
    private final SimulatedEvents simulated = new SimulatedEvents();
    private final EventWindows windows = new EventWindows();

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
        this.horizonStart = horizonStart;
        this.horizonEnd = horizonEnd;
        actions = new ActionColumns(plan);
        actionNode = actions.node;
        history = new byte[plan.nodeCount];
        walk = new JourneyWalk(plan, data, model, settings, results, actions, history, simulated, this);
        schedule = plan.trigger == JourneyPlan.TRIGGER_SCHEDULE ? new EntrySchedule(plan.schedule, horizonStart) : null;
    }

    /** Runs customer {@code c} from the horizon's start to its end and adds what happened to the results. */
    void run(int c) {
        begin(c);
        while (true) {
            long tData = pos < endPos ? data.time(pos) : NEVER;
            long tSyn = simulated.isEmpty() ? NEVER : simulated.nextTime();
            long tWake = walk.wakeTime();
            long t = Math.min(Math.min(tData, tSyn), Math.min(tWake, nextSchedule));
            if (t == NEVER || t > horizonEnd) {
                break;
            }
            now = t;
            if (tData == t) {
                dataEvent(pos++);
            } else {
                ownStep(tSyn, tWake);
            }
        }
        finish();
    }

    // ---- stepping: a portfolio run walks several journeys' runs of one customer together in time order ----

    /**
     * Joins a portfolio run as journey {@code lane}: sends are offered to {@code portfolio}, purchases told to it;
     * responses come from a stream of the journey's own when {@code ownStream}.
     */
    void joinPortfolio(PortfolioGate portfolio, int lane, boolean ownStream) {
        gate = portfolio;
        this.lane = lane;
        walk.joinPortfolio(portfolio, lane, ownStream);
    }

    /** Starts customer {@code c} at the horizon's start; then {@link #dataEventAt}, {@link #stepOwn}, {@link #finish}. */
    void begin(int c) {
        reset(c);
        now = horizonStart;
        if (plan.trigger == JourneyPlan.TRIGGER_AUDIENCE) {
            checkAudience(-1);
        }
        if (schedule != null) {
            nextSchedule = schedule.first(data.zone(c));
        }
    }

    /** When this journey next does something of its own (a response, a wake-up, a scheduled entry), or never. */
    long nextOwnTime() {
        long tSyn = simulated.isEmpty() ? NEVER : simulated.nextTime();
        return Math.min(Math.min(tSyn, walk.wakeTime()), nextSchedule);
    }

    /** The customer's data event at {@code position}, in its turn; false when it was none of this journey's. */
    boolean dataEventAt(int position) {
        now = data.time(position);
        if ((interest() & 1 << data.type(position)) == 0) {
            return false;
        }
        dataEvent(position);
        return true;
    }

    /**
     * The event types (bit {@code 1 << type}) {@link #dataEventAt} takes now: all while in the journey or for an
     * audience trigger; out of it only the trigger, a message sent (caps, fatigue) and, after an entry, the goal, since
     * the portfolio hands every journey its customer's events and most are none of these. The portfolio keeps each
     * lane's answer to skip the rest unasked.
     */
    int interest() {
        return walk.active() || plan.trigger == JourneyPlan.TRIGGER_AUDIENCE ? -1
                : 1 << MESSAGE_SENT | (plan.trigger == JourneyPlan.TRIGGER_EVENT ? 1 << plan.triggerType : 0)
                        | (entries > 0 ? 1 << plan.goalType : 0);
    }

    /** This journey's next own step, at {@link #nextOwnTime()}. */
    void stepOwn() {
        long tSyn = simulated.isEmpty() ? NEVER : simulated.nextTime();
        long tWake = walk.wakeTime();
        now = Math.min(Math.min(tSyn, tWake), nextSchedule);
        ownStep(tSyn, tWake);
    }

    /** A purchase another journey's message brought: this journey's goal and waits see it too. */
    void sharedPurchase(long t, double value) {
        now = t;
        goalAndWait(PURCHASE, value, "simulated");
    }

    private void ownStep(long tSyn, long tWake) {
        if (tSyn == now) {
            syntheticEvent(simulated.poll());
        } else if (tWake == now) {
            walk.wakeUp();
        } else {
            tryEnter(-1);
            nextSchedule = schedule.next();
        }
    }

    /** Ends the customer at the horizon's end and adds what happened to the results. */
    void finish() {
        if (walk.active()) {
            walk.atEnd(horizonEnd);
        }
        if (entries > 0) {
            if (walk.heldOut()) {
                reasons |= TraceReason.HOLDOUT.bit();
            }
            results.enteredCustomer(walk.heldOut(), firstConversion, goalRevenue, walk.messages());
            walk.experiments().finish();
            if (!forceTrace) {
                keepTrace(customer, reasons | walk.reasons());
            }
        }
        results.customerProcessed(endPos - startPos);
    }

    /** Whether the customer entered the journey in this run. */
    boolean entered() {
        return entries > 0;
    }

    /** When the customer first reached the goal, or {@link SimulationResults#NOT_CONVERTED}. */
    long firstConversion() {
        return firstConversion;
    }

    double goalRevenue() {
        return goalRevenue;
    }

    JourneyWalk walk() {
        return walk;
    }

    JourneyPlan plan() {
        return plan;
    }

    ActionColumns actions() {
        return actions;
    }

    /** Adds what happened to the customer outside the journey's own sends (the portfolio's refusals). */
    void addReason(TraceReason reason) {
        reasons |= reason.bit();
    }

    private void keepTrace(int c, int allReasons) {
        if (trace.records()) {
            results.trace(customerId, traceRequested, trace.steps());
        }
        if (settings.tracesPerReasons() > 0 && results.wantsReasonTrace(allReasons, customerId)) {
            // Few customers are kept as examples, so they are run again with tracing rather than tracing all; a
            // journey of a portfolio cannot be run again alone, so the portfolio runs the customer again.
            results.reasonTrace(allReasons, customerId, trace.records() ? trace.steps()
                    : gate != null ? gate.traced(lane, c) : tracer().traced(c));
        }
    }

    /**
     * A run that records every step of every customer and keeps no trace itself: a portfolio's lane run again for
     * the example customers ({@link PortfolioGate#traced}).
     */
    static CustomerRun recording(JourneyPlan plan, CustomerData data, ResponseModel model,
            SimulationSettings settings, long horizonStart, long horizonEnd) {
        return new CustomerRun(plan, data, model, settings, plan.newResults(0).period(horizonStart, horizonEnd),
                horizonStart, horizonEnd, true);
    }

    /** The steps recorded of the last customer (empty unless they were traced). */
    List<TraceStep> recordedSteps() {
        return List.copyOf(trace.steps());
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
        startPos = data.firstEvent(c);
        endPos = data.endEvent(c);
        pos = startPos;
        windows.reset(data, startPos, endPos);
        triggerEvent = -1;
        entries = 0;
        convertedThisEntry = false;
        converted = false;
        goalRevenue = 0;
        matchingAudience = false;
        nextSchedule = NEVER;
        simulated.clear();
        reasons = 0;
        firstConversion = SimulationResults.NOT_CONVERTED;
        traceRequested = !settings.traceCustomers().isEmpty() && settings.traceCustomers().contains(customerId);
        trace = forceTrace || traceRequested || settings.traceFirst() > 0 && results.wantsTrace(customerId)
                ? new StepRecorder(plan, actions) : StepTracer.OFF;
        walk.reset(c, customerId, data.zone(c), data.consentBits(c), trace);
    }

    // ---- events ----

    private void dataEvent(int position) {
        int type = data.type(position);
        if (type == MESSAGE_SENT && countDataSends) {
            walk.logDataSend(now, ActionColumns.JOURNEY_CHANNEL_OF_DATA[data.channel(position)]);
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
        if (type == PURCHASE && gate != null) {
            gate.purchased(lane, now, value);
        }
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
            walk.experiments().converted(now);
            trace.converted(now, walk.node(), source, type);
        }
        if (!walk.active()) {
            return;
        }
        if (type == plan.goalType) {
            walk.reachGoal(now, type);
        } else {
            walk.event(now, type, source);
        }
    }

    // ---- entry ----

    private void checkAudience(int row) {
        boolean matches = plan.triggerFilter.test(this);
        if (matches && !matchingAudience) {
            tryEnter(row);
        }
        matchingAudience = matches;
    }

    private void tryEnter(int position) {
        if (walk.active() || entries >= plan.maxEntries) {
            return;
        }
        if (entries > 0 && now - walk.lastExit() < plan.cooldownSeconds) {
            return;
        }
        int previous = triggerEvent;
        triggerEvent = position;
        if (plan.trigger == JourneyPlan.TRIGGER_EVENT && !plan.triggerFilter.test(this) || !plan.audience.test(this)) {
            triggerEvent = previous;
            return;
        }
        entries++;
        entryTime = now;
        convertedThisEntry = false;
        walk.enter(now, position >= 0 ? data.type(position) : -1, entries);
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
        return walk.consentBits();
    }

    @Override
    public int countEvents(int eventType, long windowSeconds) {
        return windows.count(eventType, windowSeconds, now);
    }

    @Override
    public double secondsSinceLast(int eventType) {
        return windows.secondsSinceLast(eventType, now);
    }

    @Override
    public boolean history(int nodeIndex, int fact) {
        return (history[nodeIndex] & (1 << fact)) != 0;
    }
}
