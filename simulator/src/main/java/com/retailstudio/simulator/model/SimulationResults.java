package com.retailstudio.simulator.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a simulation run counted: per node, per action, treated versus holdout, fatigue and traces. Every figure is a
 * sum, so results of customer partitions {@link #merge} into exactly the results of one run. Filled by the engine;
 * serializable so that a distributed run's tasks (simulator-spark) send their partition's results to the merge.
 *
 * <p>The figures live in five parts, each adding up on its own: the flow per node and exits per exit criterion
 * ({@link NodeFlowCounts}), the messages per action ({@link ActionCounts}), treated against holdout with conversions
 * by day and fatigue ({@link GroupOutcomes}), the kept traces ({@link KeptTraces}) and the experiment splits'
 * variants ({@link ExperimentCounts}). This class is over 400 lines because it is the one facade the engine records
 * into and every report reads: its methods are one-line delegations to those parts, kept here so that neither the
 * engine's hot path nor the reports depend on how the parts are split.
 */
public final class SimulationResults implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Buckets of the messages-per-customer histogram: 0 to 9 and "10 or more". */
    public static final int HISTOGRAM_BUCKETS = 11;
    /** The first-conversion time of a customer who did not convert. */
    public static final long NOT_CONVERTED = Long.MIN_VALUE;

    private final String[] nodeIds;
    private final String[] actionKeys;
    private final NodeFlowCounts flow;
    private final ActionCounts actions;
    private final GroupOutcomes groups = new GroupOutcomes();
    private final KeptTraces kept;
    private ExperimentCounts experiments = new ExperimentCounts(List.of(), List.of());
    private List<ExperimentDecision> experimentDecisions = List.of();
    private long customers;
    private long events;

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
        this.kept = new KeptTraces(traceFirst, tracesPerReasons);
        this.nodeIds = nodeIds.toArray(String[]::new);
        this.actionKeys = actionKeys.toArray(String[]::new);
        this.flow = new NodeFlowCounts(ports.stream().map(p -> p.toArray(String[]::new)).toArray(String[][]::new));
        this.actions = new ActionCounts(this.actionKeys.length);
    }

    /** Marks which actions (in {@code actionKeys} order) send transactional messages; returns this. */
    public SimulationResults withTransactionalActions(List<Boolean> transactionalActions) {
        actions.markTransactional(transactionalActions);
        return this;
    }

    /** Names the journey's exit criteria (in the journey's order), whose exits are counted apart; returns this. */
    public SimulationResults withExitCriteria(List<String> criteria) {
        flow.useExitCriteria(criteria);
        return this;
    }

    /**
     * Sets the simulated period (epoch seconds), so conversions can be counted per UTC day of it. Results that merge
     * must cover the same period.
     */
    public SimulationResults period(long startEpochSecond, long endEpochSecond) {
        groups.period(startEpochSecond, endEpochSecond);
        experiments.period(startEpochSecond, endEpochSecond);
        return this;
    }

    /** Counts the variants of these experiment splits (node ids, each split's variant ids); returns this. */
    public SimulationResults withExperiments(List<String> experimentNodeIds, List<List<String>> variantIds) {
        experiments = new ExperimentCounts(experimentNodeIds, variantIds);
        return this;
    }

    /** Attaches what the experiments' winner rules decided (the run that applied them); returns this. */
    public SimulationResults withExperimentDecisions(List<ExperimentDecision> decisions) {
        experimentDecisions = List.copyOf(decisions);
        return this;
    }

    /** Adds another partition's results to these; returns this. */
    public SimulationResults merge(SimulationResults other) {
        if (!Arrays.equals(nodeIds, other.nodeIds) || !Arrays.equals(actionKeys, other.actionKeys)
                || !actions.sameTransactional(other.actions) || !flow.sameExitCriteria(other.flow)) {
            throw new IllegalArgumentException("results of different journeys cannot be merged");
        }
        flow.merge(other.flow);
        actions.merge(other.actions);
        customers += other.customers;
        events += other.events;
        groups.merge(other.groups);
        kept.merge(other.kept);
        experiments.merge(other.experiments);
        return this;
    }

    // ---- recording (engine) ----

    public void customerProcessed(int eventCount) {
        customers++;
        events += eventCount;
    }

    public void recordNodeEntered(int node) {
        flow.recordEntered(node);
    }

    public void recordPassed(int node, int port) {
        flow.recordPassed(node, port);
    }

    public void recordExited(int node) {
        flow.recordExited(node);
    }

    /** A customer left at {@code node} because exit criterion {@code criterion} was met: an exit, not a conversion. */
    public void recordCriterionExit(int node, int criterion) {
        flow.recordCriterionExit(node, criterion);
    }

    public void recordGoalExit(int node) {
        flow.recordGoalExit(node);
    }

    public void recordWaitingAtEnd(int node) {
        flow.recordWaitingAtEnd(node);
    }

    public void recordAttempt(int action) {
        actions.recordAttempt(action);
    }

    public void recordSent(int action) {
        actions.recordSent(action);
    }

    public void recordSuppressed(int action, SuppressionReason reason) {
        actions.recordSuppressed(action, reason);
    }

    public void recordDeferred(int action) {
        actions.recordDeferred(action);
    }

    public void recordOpened(int action) {
        actions.recordOpened(action);
    }

    public void recordClicked(int action) {
        actions.recordClicked(action);
    }

    public void recordConverted(int action, double value) {
        actions.recordConverted(action, value);
    }

    public void recordUnsubscribed(int action) {
        actions.recordUnsubscribed(action);
    }

    /**
     * A customer who entered at least once: their group, when they first converted ({@link #NOT_CONVERTED} if they
     * did not; counted on its UTC day of the {@link #period}, so the days add up to the conversions), their goal
     * revenue and the messages they were sent.
     */
    public void enteredCustomer(boolean heldOut, long firstConversion, double goalRevenue, int messages) {
        groups.enteredCustomer(heldOut, firstConversion, goalRevenue, messages);
    }

    /**
     * A customer an experiment split assigned at random; {@code observable} is when their outcome was known (the later
     * of the assignment and the close of their conversion window).
     */
    public void experimentAssigned(int experiment, int variant, long observable, boolean converted) {
        experiments.assigned(experiment, variant, observable, converted);
    }

    /** A customer an experiment split sent to its picked winner after the decision. */
    public void experimentSentToWinner(int experiment, boolean converted) {
        experiments.sentToWinner(experiment, converted);
    }

    public void trace(String customerId, boolean requested, List<TraceStep> steps) {
        kept.trace(customerId, requested, steps);
    }

    /** Whether a customer with these reasons ({@link TraceReason#mask}) would be kept as an example. */
    public boolean wantsReasonTrace(int reasons, String customerId) {
        return kept.wantsReasonTrace(reasons, customerId);
    }

    /** Keeps a customer's trace as an example of its reasons, if it is among the first of them. */
    public void reasonTrace(int reasons, String customerId, List<TraceStep> steps) {
        kept.reasonTrace(reasons, customerId, steps);
    }

    /** Whether an unrequested trace of this customer would be kept, so the engine records it only then. */
    public boolean wantsTrace(String customerId) {
        return kept.wantsTrace(customerId);
    }

    // ---- reading ----

    public List<String> nodeIds() {
        return List.of(nodeIds);
    }

    public List<String> ports(int node) {
        return flow.ports(node);
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
        return flow.entered(node);
    }

    public long passed(int node, String port) {
        return flow.passed(node, port);
    }

    public long waitingAtEnd(int node) {
        return flow.waitingAtEnd(node);
    }

    public long exited(int node) {
        return flow.exited(node);
    }

    /** The journey's exit criteria in words, in the journey's order. */
    public List<String> exitCriteria() {
        return flow.exitCriteria();
    }

    /** How many customers left because exit criterion {@code criterion} was met (counted in {@link #exited} too). */
    public long criterionExits(int criterion) {
        return flow.criterionExits(criterion);
    }

    public long goalExits(int node) {
        return flow.goalExits(node);
    }

    /** Whether the action sends a transactional message (frequency caps neither limit nor count it). */
    public boolean transactional(int action) {
        return actions.transactional(action);
    }

    public long attempts(int action) {
        return actions.attempts(action);
    }

    public long sent(int action) {
        return actions.sent(action);
    }

    public long suppressed(int action, SuppressionReason reason) {
        return actions.suppressed(action, reason);
    }

    public long deferred(int action) {
        return actions.deferred(action);
    }

    public long opened(int action) {
        return actions.opened(action);
    }

    public long clicked(int action) {
        return actions.clicked(action);
    }

    public long converted(int action) {
        return actions.converted(action);
    }

    public double revenue(int action) {
        return actions.revenue(action);
    }

    public long unsubscribes(int action) {
        return actions.unsubscribes(action);
    }

    public long totalUnsubscribes() {
        return actions.totalUnsubscribes();
    }

    public long customers() {
        return customers;
    }

    public long events() {
        return events;
    }

    public long treatedCustomers() {
        return groups.treatedCustomers();
    }

    public long holdoutCustomers() {
        return groups.holdoutCustomers();
    }

    public long treatedConversions() {
        return groups.treatedConversions();
    }

    public long holdoutConversions() {
        return groups.holdoutConversions();
    }

    public double treatedRevenue() {
        return groups.treatedRevenue();
    }

    public double holdoutRevenue() {
        return groups.holdoutRevenue();
    }

    public Uplift uplift() {
        return groups.uplift();
    }

    /** Treated customers by number of messages received: index 0 to 9, and 10 for "10 or more". */
    public long[] messagesPerCustomer() {
        return groups.messagesPerCustomer();
    }

    /** Traces by customer id, in customer-id order. */
    public Map<String, List<TraceStep>> traces() {
        return kept.traces();
    }

    /**
     * The kept example traces, in customer-id order: for each combination of reasons that occurred, the first
     * customers who had it (see the constructor).
     */
    public List<ReasonTrace> reasonTraces() {
        return kept.reasonTraces();
    }

    /** The first UTC day of the simulated period, if one was set. */
    public Optional<LocalDate> firstDay() {
        return groups.firstDay();
    }

    /** Treated customers by the UTC day of the period on which they first converted (day 0 is {@link #firstDay}). */
    public long[] treatedConversionsByDay() {
        return groups.treatedConversionsByDay();
    }

    /** Holdout customers by the UTC day of the period on which they first converted. */
    public long[] holdoutConversionsByDay() {
        return groups.holdoutConversionsByDay();
    }

    /** The experiment splits' counts per variant. */
    public ExperimentCounts experiments() {
        return experiments;
    }

    /** What the experiments' winner rules decided, in node order; empty without winner rules. */
    public List<ExperimentDecision> experimentDecisions() {
        return experimentDecisions;
    }

    /** A stable text of every figure, for comparing runs exactly. */
    public String fingerprint() {
        return String.join("\n", List.of(flow.fingerprint(), actions.fingerprint(),
                customers + "/" + events + "/" + groups.fingerprintTotals(), groups.fingerprintByDay(),
                traces().toString(), reasonTraces().toString()))
                + (experiments.experiments() == 0 ? "" : "\n" + experiments.fingerprint());
    }
}
