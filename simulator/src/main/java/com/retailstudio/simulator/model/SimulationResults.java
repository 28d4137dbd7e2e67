package com.retailstudio.simulator.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a simulation run counted: per node, per action, treated versus holdout, fatigue and traces. Every figure is a
 * sum, so results of customer partitions {@link #merge} into exactly the results of one run. Filled by the engine;
 * serializable so that a distributed run's tasks (simulator-spark) send their partition's results to the merge.
 */
public final class SimulationResults implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Buckets of the messages-per-customer histogram: 0 to 9 and "10 or more". */
    public static final int HISTOGRAM_BUCKETS = 11;
    /** The first-conversion time of a customer who did not convert. */
    public static final long NOT_CONVERTED = Long.MIN_VALUE;

    private final String[] nodeIds;
    private final String[][] ports;
    private final String[] actionKeys;
    private final int traceFirst;
    private final long[] entered;
    private final long[] waitingAtEnd;
    private final long[] exited;
    private final long[] goalExits;
    private final long[][] passed;
    private final long[] attempts;
    private final long[] sent;
    private final long[][] suppressed;
    private final long[] deferred;
    private final long[] opened;
    private final long[] clicked;
    private final long[] converted;
    private final long[] revenueCents;
    private final long[] unsubscribes;
    /** Which actions send transactional messages (not limited by frequency caps); all false unless set. */
    private boolean[] transactional;
    private final long[] histogram = new long[HISTOGRAM_BUCKETS];
    private long customers;
    private long events;
    private long treated;
    private long holdout;
    private long treatedConversions;
    private long holdoutConversions;
    private long treatedRevenue;
    private long holdoutRevenue;
    private final TreeMap<String, CustomerTrace> traces = new TreeMap<>();
    private int keptUnrequested;
    private String lastUnrequested;
    private final int tracesPerReasons;
    /** Example traces by the mask of their reasons, each the first customers in id order (see {@link TraceReason}). */
    private final TreeMap<Integer, TreeMap<String, List<TraceStep>>> reasonTraces = new TreeMap<>();
    /** The first UTC day of the simulated period (epoch day), or {@code Long.MIN_VALUE} before one is set. */
    private long firstDay = Long.MIN_VALUE;
    private long[] treatedConversionsByDay = new long[0];
    private long[] holdoutConversionsByDay = new long[0];

    /**
     * @param nodeIds    the journey's node ids, in plan order
     * @param ports      each node's output ports
     * @param actionKeys actions ({@code nodeId}) and next-best-action candidates ({@code nodeId/candidateId})
     * @param traceFirst how many customers without an explicit trace request keep their trace: the first entering
     *                   customers in customer-id order, so the same ones whatever the partitioning
     */
    public SimulationResults(List<String> nodeIds, List<List<String>> ports, List<String> actionKeys, int traceFirst) {
        this(nodeIds, ports, actionKeys, traceFirst, 0);
    }

    /**
     * As above, also keeping, for every combination of {@link TraceReason}s that occurs, the traces of the first
     * {@code tracesPerReasons} customers (in customer-id order) who had exactly that combination: so for any wanted
     * reasons an example is kept if one exists, memory stays bounded and partitions merge to the same examples.
     */
    public SimulationResults(List<String> nodeIds, List<List<String>> ports, List<String> actionKeys, int traceFirst,
            int tracesPerReasons) {
        if (tracesPerReasons < 0) {
            throw new IllegalArgumentException("tracesPerReasons must be 0 or more");
        }
        this.tracesPerReasons = tracesPerReasons;
        this.nodeIds = nodeIds.toArray(String[]::new);
        this.ports = ports.stream().map(p -> p.toArray(String[]::new)).toArray(String[][]::new);
        this.actionKeys = actionKeys.toArray(String[]::new);
        this.traceFirst = traceFirst;
        int n = this.nodeIds.length;
        int a = this.actionKeys.length;
        entered = new long[n];
        waitingAtEnd = new long[n];
        exited = new long[n];
        goalExits = new long[n];
        passed = new long[n][];
        for (int i = 0; i < n; i++) {
            passed[i] = new long[this.ports[i].length];
        }
        attempts = new long[a];
        sent = new long[a];
        suppressed = new long[a][SuppressionReason.values().length];
        deferred = new long[a];
        opened = new long[a];
        clicked = new long[a];
        converted = new long[a];
        revenueCents = new long[a];
        unsubscribes = new long[a];
        transactional = new boolean[a];
    }

    /** Marks which actions (in {@code actionKeys} order) send transactional messages; returns this. */
    public SimulationResults withTransactionalActions(List<Boolean> transactionalActions) {
        if (transactionalActions.size() != actionKeys.length) {
            throw new IllegalArgumentException("one transactional mark per action is needed");
        }
        for (int i = 0; i < actionKeys.length; i++) {
            transactional[i] = transactionalActions.get(i);
        }
        return this;
    }

    /**
     * Sets the simulated period (epoch seconds), so conversions can be counted per UTC day of it. Results that merge
     * must cover the same period.
     */
    public SimulationResults period(long startEpochSecond, long endEpochSecond) {
        long start = Math.floorDiv(startEpochSecond, 86_400L);
        long end = Math.floorDiv(endEpochSecond, 86_400L);
        if (end < start) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
        firstDay = start;
        treatedConversionsByDay = new long[(int) (end - start + 1)];
        holdoutConversionsByDay = new long[(int) (end - start + 1)];
        return this;
    }

    /** Adds another partition's results to these; returns this. */
    public SimulationResults merge(SimulationResults other) {
        if (!Arrays.equals(nodeIds, other.nodeIds) || !Arrays.equals(actionKeys, other.actionKeys)
                || !Arrays.equals(transactional, other.transactional)) {
            throw new IllegalArgumentException("results of different journeys cannot be merged");
        }
        add(entered, other.entered);
        add(waitingAtEnd, other.waitingAtEnd);
        add(exited, other.exited);
        add(goalExits, other.goalExits);
        for (int i = 0; i < passed.length; i++) {
            add(passed[i], other.passed[i]);
        }
        add(attempts, other.attempts);
        add(sent, other.sent);
        for (int i = 0; i < suppressed.length; i++) {
            add(suppressed[i], other.suppressed[i]);
        }
        add(deferred, other.deferred);
        add(opened, other.opened);
        add(clicked, other.clicked);
        add(converted, other.converted);
        add(revenueCents, other.revenueCents);
        add(unsubscribes, other.unsubscribes);
        add(histogram, other.histogram);
        customers += other.customers;
        events += other.events;
        treated += other.treated;
        holdout += other.holdout;
        treatedConversions += other.treatedConversions;
        holdoutConversions += other.holdoutConversions;
        treatedRevenue += other.treatedRevenue;
        holdoutRevenue += other.holdoutRevenue;
        if (other.firstDay != Long.MIN_VALUE) {
            if (firstDay == Long.MIN_VALUE) {
                firstDay = other.firstDay;
                treatedConversionsByDay = new long[other.treatedConversionsByDay.length];
                holdoutConversionsByDay = new long[other.holdoutConversionsByDay.length];
            } else if (firstDay != other.firstDay
                    || treatedConversionsByDay.length != other.treatedConversionsByDay.length) {
                throw new IllegalArgumentException("results of different periods cannot be merged");
            }
            add(treatedConversionsByDay, other.treatedConversionsByDay);
            add(holdoutConversionsByDay, other.holdoutConversionsByDay);
        }
        traces.putAll(other.traces);
        trimTraces();
        other.reasonTraces.forEach((mask, kept) -> kept.forEach((id, steps) -> keepReasonTrace(mask, id, steps)));
        return this;
    }

    /** Money is summed in whole cents so that sums do not depend on the order of partitions. */
    private static long cents(double value) {
        return Math.round(value * 100);
    }

    private static void add(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    // ---- recording (engine) ----

    public void customerProcessed(int eventCount) {
        customers++;
        events += eventCount;
    }

    public void recordNodeEntered(int node) {
        entered[node]++;
    }

    public void recordPassed(int node, int port) {
        passed[node][port]++;
    }

    public void recordExited(int node) {
        exited[node]++;
    }

    public void recordGoalExit(int node) {
        goalExits[node]++;
    }

    public void recordWaitingAtEnd(int node) {
        waitingAtEnd[node]++;
    }

    public void recordAttempt(int action) {
        attempts[action]++;
    }

    public void recordSent(int action) {
        sent[action]++;
    }

    public void recordSuppressed(int action, SuppressionReason reason) {
        suppressed[action][reason.ordinal()]++;
    }

    public void recordDeferred(int action) {
        deferred[action]++;
    }

    public void recordOpened(int action) {
        opened[action]++;
    }

    public void recordClicked(int action) {
        clicked[action]++;
    }

    public void recordConverted(int action, double value) {
        converted[action]++;
        revenueCents[action] += cents(value);
    }

    public void recordUnsubscribed(int action) {
        unsubscribes[action]++;
    }

    /**
     * A customer who entered at least once: their group, when they first converted ({@link #NOT_CONVERTED} if they
     * did not; counted on its UTC day of the {@link #period}, so the days add up to the conversions), their goal
     * revenue and the messages they were sent.
     */
    public void enteredCustomer(boolean heldOut, long firstConversion, double goalRevenue, int messages) {
        boolean convertedGoal = firstConversion != NOT_CONVERTED;
        if (heldOut) {
            holdout++;
            holdoutConversions += convertedGoal ? 1 : 0;
            holdoutRevenue += cents(goalRevenue);
        } else {
            treated++;
            treatedConversions += convertedGoal ? 1 : 0;
            treatedRevenue += cents(goalRevenue);
            histogram[Math.min(messages, HISTOGRAM_BUCKETS - 1)]++;
        }
        if (convertedGoal && firstDay != Long.MIN_VALUE) {
            long[] days = heldOut ? holdoutConversionsByDay : treatedConversionsByDay;
            int day = (int) Math.max(0, Math.min(days.length - 1, Math.floorDiv(firstConversion, 86_400L) - firstDay));
            days[day]++;
        }
    }

    public void trace(String customerId, boolean requested, List<TraceStep> steps) {
        traces.put(customerId, new CustomerTrace(customerId, requested, List.copyOf(steps)));
        trimTraces();
    }

    /** Whether a customer with these reasons ({@link TraceReason#mask}) would be kept as an example. */
    public boolean wantsReasonTrace(int reasons, String customerId) {
        if (tracesPerReasons == 0) {
            return false;
        }
        TreeMap<String, List<TraceStep>> kept = reasonTraces.get(reasons);
        return kept == null || kept.size() < tracesPerReasons || customerId.compareTo(kept.lastKey()) < 0;
    }

    /** Keeps a customer's trace as an example of its reasons, if it is among the first of them. */
    public void reasonTrace(int reasons, String customerId, List<TraceStep> steps) {
        if (wantsReasonTrace(reasons, customerId)) {
            keepReasonTrace(reasons, customerId, List.copyOf(steps));
        }
    }

    private void keepReasonTrace(int reasons, String customerId, List<TraceStep> steps) {
        if (tracesPerReasons == 0) {
            return;
        }
        TreeMap<String, List<TraceStep>> kept = reasonTraces.computeIfAbsent(reasons, m -> new TreeMap<>());
        kept.put(customerId, steps);
        while (kept.size() > tracesPerReasons) {
            kept.pollLastEntry();
        }
    }

    /** Whether an unrequested trace of this customer would be kept, so the engine records it only then. */
    public boolean wantsTrace(String customerId) {
        return keptUnrequested < traceFirst || lastUnrequested != null && customerId.compareTo(lastUnrequested) < 0;
    }

    private void trimTraces() {
        int unrequested = 0;
        String last = null;
        for (var it = traces.entrySet().iterator(); it.hasNext(); ) {
            CustomerTrace t = it.next().getValue();
            if (!t.requested()) {
                if (++unrequested > traceFirst) {
                    it.remove();
                    unrequested--;
                } else {
                    last = t.customerId();
                }
            }
        }
        keptUnrequested = unrequested;
        lastUnrequested = last;
    }

    // ---- reading ----

    public List<String> nodeIds() {
        return List.of(nodeIds);
    }

    public List<String> ports(int node) {
        return List.of(ports[node]);
    }

    public List<String> actionKeys() {
        return List.of(actionKeys);
    }

    public int nodeIndex(String nodeId) {
        return List.of(nodeIds).indexOf(nodeId);
    }

    public int actionIndex(String key) {
        return List.of(actionKeys).indexOf(key);
    }

    public long entered(int node) {
        return entered[node];
    }

    public long passed(int node, String port) {
        int p = List.of(ports[node]).indexOf(port);
        return p < 0 ? 0 : passed[node][p];
    }

    public long waitingAtEnd(int node) {
        return waitingAtEnd[node];
    }

    public long exited(int node) {
        return exited[node];
    }

    public long goalExits(int node) {
        return goalExits[node];
    }

    /** Whether the action sends a transactional message (frequency caps neither limit nor count it). */
    public boolean transactional(int action) {
        return transactional[action];
    }

    public long attempts(int action) {
        return attempts[action];
    }

    public long sent(int action) {
        return sent[action];
    }

    public long suppressed(int action, SuppressionReason reason) {
        return suppressed[action][reason.ordinal()];
    }

    public long deferred(int action) {
        return deferred[action];
    }

    public long opened(int action) {
        return opened[action];
    }

    public long clicked(int action) {
        return clicked[action];
    }

    public long converted(int action) {
        return converted[action];
    }

    public double revenue(int action) {
        return revenueCents[action] / 100.0;
    }

    public long unsubscribes(int action) {
        return unsubscribes[action];
    }

    public long totalUnsubscribes() {
        return Arrays.stream(unsubscribes).sum();
    }

    public long customers() {
        return customers;
    }

    public long events() {
        return events;
    }

    public long treatedCustomers() {
        return treated;
    }

    public long holdoutCustomers() {
        return holdout;
    }

    public long treatedConversions() {
        return treatedConversions;
    }

    public long holdoutConversions() {
        return holdoutConversions;
    }

    public double treatedRevenue() {
        return treatedRevenue / 100.0;
    }

    public double holdoutRevenue() {
        return holdoutRevenue / 100.0;
    }

    public Uplift uplift() {
        return Uplift.of(treated, treatedConversions, treatedRevenue(), holdout, holdoutConversions, holdoutRevenue());
    }

    /** Treated customers by number of messages received: index 0 to 9, and 10 for "10 or more". */
    public long[] messagesPerCustomer() {
        return histogram.clone();
    }

    /** Traces by customer id, in customer-id order. */
    public Map<String, List<TraceStep>> traces() {
        Map<String, List<TraceStep>> map = new LinkedHashMap<>();
        traces.values().forEach(t -> map.put(t.customerId(), t.steps()));
        return Collections.unmodifiableMap(map);
    }

    /**
     * The kept example traces, in customer-id order: for each combination of reasons that occurred, the first
     * customers who had it (see the constructor).
     */
    public List<ReasonTrace> reasonTraces() {
        TreeMap<String, ReasonTrace> byId = new TreeMap<>();
        reasonTraces.forEach((mask, kept) -> kept.forEach((id, steps) ->
                byId.put(id, new ReasonTrace(id, TraceReason.of(mask), steps))));
        return List.copyOf(byId.values());
    }

    /** The first UTC day of the simulated period, if one was set. */
    public Optional<LocalDate> firstDay() {
        return firstDay == Long.MIN_VALUE ? Optional.empty()
                : Optional.of(LocalDate.ofEpochDay(firstDay));
    }

    /** Treated customers by the UTC day of the period on which they first converted (day 0 is {@link #firstDay}). */
    public long[] treatedConversionsByDay() {
        return treatedConversionsByDay.clone();
    }

    /** Holdout customers by the UTC day of the period on which they first converted. */
    public long[] holdoutConversionsByDay() {
        return holdoutConversionsByDay.clone();
    }

    /** A stable text of every figure, for comparing runs exactly. */
    public String fingerprint() {
        List<String> parts = new ArrayList<>();
        parts.add(Arrays.toString(entered) + Arrays.toString(waitingAtEnd) + Arrays.toString(exited)
                + Arrays.toString(goalExits) + Arrays.deepToString(passed));
        parts.add(Arrays.toString(attempts) + Arrays.toString(sent) + Arrays.deepToString(suppressed)
                + Arrays.toString(deferred) + Arrays.toString(opened) + Arrays.toString(clicked)
                + Arrays.toString(converted) + Arrays.toString(revenueCents) + Arrays.toString(unsubscribes));
        parts.add(customers + "/" + events + "/" + treated + "/" + holdout + "/" + treatedConversions + "/"
                + holdoutConversions + "/" + treatedRevenue + "/" + holdoutRevenue + Arrays.toString(histogram));
        parts.add(firstDay + Arrays.toString(treatedConversionsByDay) + Arrays.toString(holdoutConversionsByDay));
        parts.add(traces().toString());
        parts.add(reasonTraces().toString());
        return String.join("\n", parts);
    }

    private record CustomerTrace(String customerId, boolean requested, List<TraceStep> steps)
            implements Serializable {
    }
}
