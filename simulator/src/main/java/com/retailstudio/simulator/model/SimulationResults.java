package com.retailstudio.simulator.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a simulation run counted: per node, per action, treated versus holdout, fatigue and traces. Every figure is a
 * sum, so results of customer partitions {@link #merge} into exactly the results of one run. Filled by the engine.
 */
public final class SimulationResults {
    /** Buckets of the messages-per-customer histogram: 0 to 9 and "10 or more". */
    public static final int HISTOGRAM_BUCKETS = 11;

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

    /**
     * @param nodeIds    the journey's node ids, in plan order
     * @param ports      each node's output ports
     * @param actionKeys actions ({@code nodeId}) and next-best-action candidates ({@code nodeId/candidateId})
     * @param traceFirst how many customers without an explicit trace request keep their trace: the first entering
     *                   customers in customer-id order, so the same ones whatever the partitioning
     */
    public SimulationResults(List<String> nodeIds, List<List<String>> ports, List<String> actionKeys, int traceFirst) {
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
    }

    /** An empty result with the same shape, for one partition. */
    public SimulationResults emptyCopy() {
        return new SimulationResults(List.of(nodeIds), Arrays.stream(ports).map(List::of).toList(), List.of(actionKeys),
                traceFirst);
    }

    /** Adds another partition's results to these; returns this. */
    public SimulationResults merge(SimulationResults other) {
        if (!Arrays.equals(nodeIds, other.nodeIds) || !Arrays.equals(actionKeys, other.actionKeys)) {
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
        traces.putAll(other.traces);
        trimTraces();
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

    /** A customer who entered at least once: their group, whether they converted, their goal revenue, their sends. */
    public void enteredCustomer(boolean heldOut, boolean convertedGoal, double goalRevenue, int messages) {
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
    }

    public void trace(String customerId, boolean requested, List<TraceStep> steps) {
        traces.put(customerId, new CustomerTrace(customerId, requested, List.copyOf(steps)));
        trimTraces();
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
        Map<String, List<TraceStep>> map = new java.util.LinkedHashMap<>();
        traces.values().forEach(t -> map.put(t.customerId(), t.steps()));
        return Collections.unmodifiableMap(map);
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
        parts.add(traces().toString());
        return String.join("\n", parts);
    }

    private record CustomerTrace(String customerId, boolean requested, List<TraceStep> steps) {
    }
}
