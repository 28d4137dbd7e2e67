package com.retailstudio.simulator.engine;

import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.EventType;
import com.retailstudio.data.model.MessageKind;
import com.retailstudio.designer.model.Arbitration;
import com.retailstudio.designer.model.EntryTrigger;
import com.retailstudio.designer.model.Holdout;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.simulator.model.SuppressionReason;
import com.retailstudio.simulator.model.TraceReason;
import com.retailstudio.simulator.model.TraceStep;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Runs one customer at a time through a {@link JourneyPlan} over their events in time order (see
 * docs/journey-semantics.md). One instance per partition, reused for every customer, so no per-customer objects
 * outlive the customer.
 */
final class CustomerRun implements ConditionInputs {
    private static final long NEVER = Long.MAX_VALUE;
    private static final int MAX_STEPS = 1000;
    private static final int SENT = 0;
    private static final int SUPPRESSED = 1;
    private static final int DEFERRED = 2;
    private static final int EXIT = 3;
    private static final int PENDING_NONE = 0;
    private static final int PENDING_WAIT = 1;
    private static final int PENDING_QUIET = 2;
    private static final int PENDING_BEST_HOUR = 3;
    private static final long OPEN_DELAY = 3600;
    private static final long CLICK_DELAY = 5400;
    private static final long PURCHASE_DELAY = 86_400;
    private static final int[] JOURNEY_CHANNEL_OF_DATA = journeyChannelOfData();
    private static final int MESSAGE_SENT = EventType.MESSAGE_SENT.ordinal();
    private static final int EMAIL_OPEN = EventType.EMAIL_OPEN.ordinal();
    private static final int EMAIL_CLICK = EventType.EMAIL_CLICK.ordinal();
    private static final int PUSH_OPEN = EventType.PUSH_OPEN.ordinal();
    private static final int PURCHASE = EventType.PURCHASE.ordinal();
    private static final int[] REASON_OF_SUPPRESSION = {TraceReason.HOLDOUT.bit(), TraceReason.NO_CONSENT.bit(),
        TraceReason.QUIET_HOURS.bit(), TraceReason.FREQUENCY_CAP.bit()};

    private final JourneyPlan plan;
    private final CustomerData data;
    private final ResponseModel model;
    private final SimulationSettings settings;
    private final SimulationResults results;
    private final boolean countDataSends;
    private final long horizonStart;
    private final long horizonEnd;
    private final int[] aJourneyChannel;
    private final int[] aDataChannel;
    private final int[] aKind;
    private final int[] aConsent;
    private final int[] aNode;
    private final double[] aValue;
    private final double[] aWeight;
    private final boolean[] aTransactional;
    private final int[] channelConsent;
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
    private int pending;
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
    private int scheduleStep;
    private SplittableRandom random;
    private List<TraceStep> trace;
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
        this.forceTrace = forceTrace;
        this.plan = plan;
        this.data = data;
        this.model = model;
        this.settings = settings;
        this.results = results;
        this.countDataSends = settings.countDataSends();
        this.horizonStart = horizonStart;
        this.horizonEnd = horizonEnd;
        int n = plan.actionCount();
        aJourneyChannel = plan.actionJourneyChannel.stream().mapToInt(Integer::intValue).toArray();
        aDataChannel = plan.actionDataChannel.stream().mapToInt(Integer::intValue).toArray();
        aKind = plan.actionKind.stream().mapToInt(Integer::intValue).toArray();
        aConsent = plan.actionConsent.stream().mapToInt(Integer::intValue).toArray();
        aNode = plan.actionNode.stream().mapToInt(Integer::intValue).toArray();
        aValue = plan.actionValue.stream().mapToDouble(Double::doubleValue).toArray();
        aWeight = plan.actionWeight.stream().mapToDouble(Double::doubleValue).toArray();
        aTransactional = new boolean[n];
        for (int a = 0; a < n; a++) {
            aTransactional[a] = plan.actionTransactional.get(a);
        }
        channelConsent = new int[JourneyChannel.values().length];
        for (JourneyChannel c : JourneyChannel.values()) {
            channelConsent[c.ordinal()] = c.requiredConsent().map(p -> 1 << p.ordinal()).orElse(0);
        }
        history = new byte[plan.nodeCount];
        if (n == 0 && plan.nodeCount == 0) {
            throw new IllegalArgumentException("an empty journey cannot run");
        }
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
        if (plan.trigger == JourneyPlan.TRIGGER_SCHEDULE) {
            firstSchedule();
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
                scheduledEntry();
            }
        }
        if (active) {
            results.recordWaitingAtEnd(node);
            step(horizonEnd, plan.nodeIds[node], "waiting at the end", "still in the journey when the data ends");
        }
        if (entries > 0) {
            if (heldOut) {
                reasons |= TraceReason.HOLDOUT.bit();
            }
            results.enteredCustomer(heldOut, firstConversion, goalRevenue, messages);
            if (!forceTrace) {
                if (trace != null) {
                    results.trace(customerId, traceRequested, trace);
                }
                if (settings.tracesPerReasons() > 0 && results.wantsReasonTrace(reasons, customerId)) {
                    // Few customers are kept as examples, so they are run again with tracing rather than tracing all.
                    results.reasonTrace(reasons, customerId, trace != null ? trace : tracer().traced(c));
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
        return List.copyOf(trace);
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
        pending = PENDING_NONE;
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
        random = null;
        sends.clear();
        simulated.clear();
        reasons = 0;
        firstConversion = SimulationResults.NOT_CONVERTED;
        traceRequested = !settings.traceCustomers().isEmpty() && settings.traceCustomers().contains(customerId);
        trace = forceTrace || traceRequested || settings.traceFirst() > 0 && results.wantsTrace(customerId)
                ? new ArrayList<>() : null;
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
        if (type == EMAIL_OPEN || type == PUSH_OPEN) {
            results.recordOpened(slot);
            history[aNode[slot]] |= 2;
        } else if (type == EMAIL_CLICK) {
            results.recordClicked(slot);
            history[aNode[slot]] |= 4;
        } else if (type == PURCHASE) {
            results.recordConverted(slot, value);
        }
        if (trace != null) {
            step(now, plan.actionKeys.get(slot), "response: " + EventType.values()[type].csv(),
                    "simulated from the response model");
        }
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
            if (trace != null) {
                step(now, active ? plan.nodeIds[node] : "-", "converted",
                        source + " " + EventType.values()[type].csv() + " within the goal window");
            }
        }
        if (!active) {
            return;
        }
        if (type == plan.goalType) {
            results.recordGoalExit(node);
            leave(now, "goal reached: " + EventType.values()[type].csv());
        } else if (plan.kind[node] == JourneyPlan.WAIT && pending == PENDING_WAIT && plan.waitUntilType[node] == type) {
            step(now, plan.nodeIds[node], "event", source + " " + EventType.values()[type].csv() + " in time");
            pending = PENDING_NONE;
            wake = NEVER;
            follow(node, 0, now);
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

    private void firstSchedule() {
        scheduleStep = 0;
        nextSchedule = scheduleTime(0);
        EntryTrigger.ScheduleTrigger s = plan.schedule;
        if (s.repeat() != EntryTrigger.Repeat.ONCE && nextSchedule < horizonStart) {
            long startDay = s.start().toEpochDay();
            long horizonDay = LocalClock.localDay(zone, horizonStart);
            int unit = switch (s.repeat()) {
                case DAILY -> 1;
                case WEEKLY -> 7;
                default -> 31;
            };
            scheduleStep = (int) Math.max(0, (horizonDay - startDay) / unit - 1);
            nextSchedule = scheduleTime(scheduleStep);
            while (nextSchedule < horizonStart) {
                nextSchedule = scheduleTime(++scheduleStep);
            }
        }
        if (nextSchedule < horizonStart) {
            nextSchedule = NEVER;
        }
    }

    private long scheduleTime(int k) {
        EntryTrigger.ScheduleTrigger s = plan.schedule;
        LocalDate day = switch (s.repeat()) {
            case ONCE, DAILY -> s.start().plusDays(k);
            case WEEKLY -> s.start().plusWeeks(k);
            case MONTHLY -> s.start().plusMonths(k);
        };
        return ZonedDateTime.of(day, s.at(), zone).toEpochSecond();
    }

    private void scheduledEntry() {
        tryEnter(-1);
        nextSchedule = plan.schedule.repeat() == EntryTrigger.Repeat.ONCE ? NEVER : scheduleTime(++scheduleStep);
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
            heldOut = plan.holdoutPercent > 0 && Holdout.isHeldOut(plan.journeyId, customerId, plan.holdoutPercent);
        }
        entries++;
        active = true;
        entryTime = now;
        convertedThisEntry = false;
        Arrays.fill(history, (byte) 0);
        if (trace != null) {
            step(now, plan.nodeIds[plan.entryNode], "entered", (position >= 0 ? EventType.values()[data.type(position)].csv() : "trigger")
                    + (heldOut ? "; in the holdout group: receives nothing" : "") + "; entry " + entries);
        }
        arrive(plan.entryNode, now);
    }

    private void leave(long t, String reason) {
        if (trace != null) {
            step(t, plan.nodeIds[node], "left the journey", reason);
        }
        active = false;
        wake = NEVER;
        pending = PENDING_NONE;
        lastExit = t;
    }

    // ---- nodes ----

    private void follow(int from, int port, long t) {
        results.recordPassed(from, port);
        int to = plan.next[from][port];
        if (to < 0) {
            node = from;
            results.recordExited(from);
            leave(t, "no step after port " + plan.ports.get(from).get(port));
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
                    pending = PENDING_WAIT;
                    wake = t + plan.waitSeconds[current];
                    if (trace != null) {
                        step(t, plan.nodeIds[current], "waiting", plan.waitUntilType[current] >= 0
                                ? "until " + EventType.values()[plan.waitUntilType[current]].csv() + " or "
                                + Instant.ofEpochSecond(wake) : "until " + Instant.ofEpochSecond(wake));
                    }
                    return;
                }
                case JourneyPlan.CONDITION_SPLIT -> {
                    CompiledCondition[] branches = plan.branches[current];
                    port = branches.length;
                    for (int b = 0; b < branches.length; b++) {
                        if (branches[b].test(this)) {
                            port = b;
                            break;
                        }
                    }
                    if (trace != null) {
                        step(t, plan.nodeIds[current], "branch " + plan.ports.get(current).get(port),
                                port < branches.length ? "its condition holds" : "no branch condition holds");
                    }
                }
                case JourneyPlan.RANDOM_SPLIT -> {
                    double u = StableHash.uniform(settings.seed(), plan.nodeIds[current], customerId);
                    double[] cum = plan.cumulative[current];
                    port = cum.length - 1;
                    for (int p = 0; p < cum.length; p++) {
                        if (u < cum[p]) {
                            port = p;
                            break;
                        }
                    }
                    if (trace != null) {
                        step(t, plan.nodeIds[current], "path " + plan.ports.get(current).get(port),
                                "stable draw " + String.format(Locale.ROOT, "%.4f", u));
                    }
                }
                case JourneyPlan.ACTION -> {
                    int outcome = attemptSend(plan.actionOf[current], t, true, false);
                    if (outcome == DEFERRED) {
                        return;
                    }
                    if (outcome == EXIT) {
                        results.recordExited(current);
                        leave(t, "frequency cap reached and the cap setting is exit");
                        return;
                    }
                    port = 0;
                }
                case JourneyPlan.NEXT_BEST_ACTION -> {
                    int slot = choose(current, t);
                    if (slot < 0) {
                        port = 1;
                    } else {
                        if (plan.nbaBestHour[current]) {
                            long at = bestHourTime(slot, t);
                            if (at > t) {
                                pending = PENDING_BEST_HOUR;
                                pendingSlot = slot;
                                wake = at;
                                if (trace != null) {
                                    step(t, plan.nodeIds[current], "holding for the best hour",
                                            "sends at " + Instant.ofEpochSecond(at));
                                }
                                return;
                            }
                        }
                        int outcome = attemptSend(slot, t, true, false);
                        if (outcome == DEFERRED) {
                            return;
                        }
                        if (outcome == EXIT) {
                            results.recordExited(current);
                            leave(t, "frequency cap reached and the cap setting is exit");
                            return;
                        }
                        port = 0;
                    }
                }
                default -> {
                    results.recordExited(current);
                    leave(t, "exit node");
                    return;
                }
            }
            results.recordPassed(current, port);
            int to = plan.next[current][port];
            if (to < 0) {
                results.recordExited(current);
                leave(t, "no step after port " + plan.ports.get(current).get(port));
                return;
            }
            current = to;
        }
        results.recordExited(current);
        leave(t, "more than " + MAX_STEPS + " steps without a wait (a loop)");
    }

    private void wakeUp() {
        long t = wake;
        wake = NEVER;
        int p = pending;
        pending = PENDING_NONE;
        if (p == PENDING_WAIT) {
            int port = plan.waitUntilType[node] >= 0 ? 1 : 0;
            if (trace != null) {
                step(t, plan.nodeIds[node], plan.waitUntilType[node] >= 0 ? "timeout" : "waited", "the wait ended");
            }
            follow(node, port, t);
            return;
        }
        int outcome = attemptSend(pendingSlot, t, p == PENDING_BEST_HOUR, p == PENDING_QUIET);
        if (outcome == DEFERRED) {
            return;
        }
        if (outcome == EXIT) {
            results.recordExited(node);
            leave(t, "frequency cap reached and the cap setting is exit");
            return;
        }
        follow(node, 0, t);
    }

    private int choose(int nbaNode, long t) {
        int best = -1;
        double bestScore = 0;
        int recent = sends.received(t - settings.fatigueWindow().toSeconds() + 1);
        int hour = LocalClock.localHour(zone, t);
        StringBuilder why = trace != null ? new StringBuilder() : null;
        for (int slot : plan.candidatesOf[nbaNode]) {
            if ((consentBits & aConsent[slot]) != aConsent[slot]) {
                if (why != null) {
                    why.append(plan.actionKeys.get(slot)).append(": no consent; ");
                }
                continue;
            }
            double p = model.purchase(aDataChannel[slot], aKind[slot], data.ageBand(customer), hour,
                    data.priceSensitivity(customer), data.tier(customer));
            double score = Arbitration.score(p, aValue[slot], aWeight[slot], plan.nbaFatigue[nbaNode], recent);
            if (why != null) {
                why.append(String.format(Locale.ROOT, "%s: %.5f × %s × %s − %s × %d = %.4f; ",
                        plan.actionKeys.get(slot), p, aValue[slot], aWeight[slot], plan.nbaFatigue[nbaNode], recent,
                        score));
            }
            if (score > bestScore) {
                best = slot;
                bestScore = score;
            }
        }
        if (why != null) {
            step(t, plan.nodeIds[nbaNode], best < 0 ? "none" : "chose " + plan.actionKeys.get(best), why.toString());
        }
        return best;
    }

    private long bestHourTime(int slot, long t) {
        int best = model.bestHour(data.ageBand(customer));
        if (LocalClock.localHour(zone, t) == best) {
            return t;
        }
        return LocalClock.nextAt(zone, t, LocalTime.of(best, 0));
    }

    // ---- guardrails and sends ----

    private int attemptSend(int slot, long t, boolean countAttempt, boolean afterQuietHours) {
        String key = plan.actionKeys.get(slot);
        if (countAttempt) {
            results.recordAttempt(slot);
        }
        if (heldOut) {
            return suppress(slot, t, SuppressionReason.HOLDOUT, "holdout group: receives nothing");
        }
        if ((consentBits & aConsent[slot]) != aConsent[slot]) {
            return suppress(slot, t, SuppressionReason.NO_CONSENT, "consent not granted for the channel or offer");
        }
        int channel = aJourneyChannel[slot];
        if (!afterQuietHours && plan.quietHours != null && (plan.quietChannels & (1 << channel)) != 0
                && plan.quietHours.contains(LocalClock.localTime(zone, t))) {
            if (settings.quietHours() == SimulationSettings.QuietHoursMode.DROP) {
                return suppress(slot, t, SuppressionReason.QUIET_HOURS, "quiet hours in the customer's time zone");
            }
            long until = LocalClock.nextAt(zone, t, plan.quietTo);
            results.recordDeferred(slot);
            reasons |= TraceReason.QUIET_HOURS.bit();
            pending = PENDING_QUIET;
            pendingSlot = slot;
            wake = until;
            if (trace != null) {
                step(t, key, "deferred", "quiet hours in " + zone + " until " + plan.quietTo + " local ("
                        + Instant.ofEpochSecond(until) + ")");
            }
            return DEFERRED;
        }
        // Transactional messages are neither held back by caps nor counted towards them.
        for (int k = 0; !aTransactional[slot] && k < plan.capMax.length; k++) {
            int capChannel = plan.capChannel[k];
            if (capChannel >= 0 && capChannel != channel) {
                continue;
            }
            long since = plan.capCalendarDays[k] > 0
                    ? LocalClock.startOfDay(zone, LocalClock.localDay(zone, t) - (plan.capCalendarDays[k] - 1))
                    : t - plan.capWindowSeconds[k] + 1;
            if (sends.countTowardsCaps(capChannel, since) >= plan.capMax[k]) {
                suppress(slot, t, SuppressionReason.FREQUENCY_CAP, "at most " + plan.capMax[k] + " messages"
                        + (capChannel >= 0 ? " on " + JourneyChannel.values()[capChannel].json() : "") + " since "
                        + Instant.ofEpochSecond(since));
                return settings.capped() == SimulationSettings.CappedMode.EXIT ? EXIT : SUPPRESSED;
            }
        }
        sends.add(t, channel, aTransactional[slot]);
        messages++;
        reasons |= TraceReason.SENT.bit();
        results.recordSent(slot);
        history[aNode[slot]] |= 1;
        if (trace != null) {
            step(t, key, "sent", JourneyChannel.values()[channel].json() + " "
                    + MessageKind.values()[aKind[slot]].csv()
                    + (aTransactional[slot] ? ", transactional: frequency caps do not apply" : ""));
        }
        respond(slot, t);
        return SENT;
    }

    private int suppress(int slot, long t, SuppressionReason reason, String why) {
        results.recordSuppressed(slot, reason);
        reasons |= REASON_OF_SUPPRESSION[reason.ordinal()];
        if (trace != null) {
            step(t, plan.actionKeys.get(slot), "suppressed: " + reason.json(), why);
        }
        return SUPPRESSED;
    }

    private void respond(int slot, long t) {
        if (random == null) {
            random = new SplittableRandom(StableHash.hash(settings.seed(), "responses", customerId));
        }
        double u1 = random.nextDouble();
        double u2 = random.nextDouble();
        double u3 = random.nextDouble();
        double u4 = random.nextDouble();
        int c = aDataChannel[slot];
        double p = model.primary(c, aKind[slot], data.ageBand(customer), LocalClock.localHour(zone, t),
                data.priceSensitivity(customer), data.tier(customer));
        double value = model.purchaseValue[c];
        if (c == Channel.EMAIL.ordinal()) {
            if (u1 < p) {
                simulated.add(t + OPEN_DELAY, EMAIL_OPEN, slot, 0);
                if (u2 < model.clickGivenOpen) {
                    simulated.add(t + CLICK_DELAY, EMAIL_CLICK, slot, 0);
                    if (u3 < model.purchaseGivenClick) {
                        simulated.add(t + PURCHASE_DELAY, PURCHASE, slot, value);
                    }
                }
            }
        } else if (c == Channel.APP.ordinal()) {
            if (u1 < p) {
                simulated.add(t + OPEN_DELAY, PUSH_OPEN, slot, 0);
                if (u2 < model.purchaseGivenPushOpen) {
                    simulated.add(t + PURCHASE_DELAY, PURCHASE, slot, value);
                }
            }
        } else if (u1 < p) {
            simulated.add(t + PURCHASE_DELAY, PURCHASE, slot, value);
        }
        if (u4 < model.unsubscribePerSend[c]) {
            consentBits &= ~channelConsent[aJourneyChannel[slot]];
            results.recordUnsubscribed(slot);
            reasons |= TraceReason.UNSUBSCRIBED.bit();
            if (trace != null) {
                step(t, plan.actionKeys.get(slot), "unsubscribed", "simulated from the response model");
            }
        }
    }

    private void step(long t, String nodeId, String decision, String reason) {
        if (trace != null) {
            trace.add(new TraceStep(Instant.ofEpochSecond(t), nodeId, decision, reason));
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
