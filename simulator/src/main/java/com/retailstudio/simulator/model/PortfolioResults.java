package com.retailstudio.simulator.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a portfolio run counted (docs/journey-semantics.md, "Portfolio"): each journey's own results as the portfolio
 * left them, each journey's treated customers against the global control in the portfolio and when simulated alone,
 * and the portfolio's customers against the global control by the set of journeys they entered. Every figure is a
 * sum, so results of customer partitions {@link #merge} into exactly the results of one run.
 *
 * <p>Journeys are in priority order (highest first, then by id), the order in which they are decided.
 */
public final class PortfolioResults implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<String> journeyIds;
    private final List<SimulationResults> journeys;
    private final ControlCounts[] inPortfolio;
    private final ControlCounts[] alone;
    private final boolean aloneRun;
    private final ControlCounts customers = new ControlCounts();
    /** By the set of journeys a customer entered (bit j for journey j), treated against control. */
    private final TreeMap<Integer, ControlCounts> byEntered = new TreeMap<>();

    /**
     * @param journeyIds the journeys in priority order
     * @param journeys   each journey's empty results, shaped for it, in the same order
     * @param aloneRun   whether each journey is also simulated alone (for the cannibalisation)
     */
    public PortfolioResults(List<String> journeyIds, List<SimulationResults> journeys, boolean aloneRun) {
        if (journeyIds.size() != journeys.size() || journeyIds.isEmpty()) {
            throw new IllegalArgumentException("one result sheet per journey is needed, and at least one journey");
        }
        if (journeyIds.size() > Integer.SIZE - 1) {
            throw new IllegalArgumentException("a portfolio run takes at most " + (Integer.SIZE - 1) + " journeys");
        }
        this.journeyIds = List.copyOf(journeyIds);
        this.journeys = List.copyOf(journeys);
        this.aloneRun = aloneRun;
        inPortfolio = new ControlCounts[journeyIds.size()];
        alone = new ControlCounts[journeyIds.size()];
        for (int j = 0; j < inPortfolio.length; j++) {
            inPortfolio[j] = new ControlCounts();
            alone[j] = new ControlCounts();
        }
    }

    /** Adds another partition's results to these; returns this. */
    public PortfolioResults merge(PortfolioResults other) {
        if (!journeyIds.equals(other.journeyIds) || aloneRun != other.aloneRun) {
            throw new IllegalArgumentException("results of different portfolios cannot be merged");
        }
        for (int j = 0; j < inPortfolio.length; j++) {
            journeys.get(j).merge(other.journeys.get(j));
            inPortfolio[j].merge(other.inPortfolio[j]);
            alone[j].merge(other.alone[j]);
        }
        customers.merge(other.customers);
        other.byEntered.forEach((set, counts) -> byEntered.computeIfAbsent(set, s -> new ControlCounts())
                .merge(counts));
        return this;
    }

    // ---- recording (engine) ----

    /**
     * A customer of the portfolio run who entered, and was not held out of, the journeys in {@code entered} (bit j
     * for journey j); whether they are in the global control, converted on any of those journeys' goals, and the
     * goal revenue.
     */
    public void portfolioCustomer(int entered, boolean inControl, boolean converted, double revenue,
            boolean convertedWithoutMarketing) {
        customers.add(inControl, converted, revenue, convertedWithoutMarketing);
        byEntered.computeIfAbsent(entered, s -> new ControlCounts()).add(inControl, converted, revenue,
                convertedWithoutMarketing);
    }

    /**
     * In the portfolio run, a customer who entered journey {@code j} and was not held out of it; whether they
     * reached its goal, and whether they did when simulated without marketing.
     */
    public void journeyCustomer(int j, boolean inControl, boolean converted, double revenue,
            boolean convertedWithoutMarketing) {
        inPortfolio[j].add(inControl, converted, revenue, convertedWithoutMarketing);
    }

    /** In journey {@code j}'s run alone, a customer who entered it and was not held out of it. */
    public void aloneCustomer(int j, boolean inControl, boolean converted, double revenue,
            boolean convertedWithoutMarketing) {
        alone[j].add(inControl, converted, revenue, convertedWithoutMarketing);
    }

    // ---- reading ----

    /** The journeys, in priority order. */
    public List<String> journeyIds() {
        return journeyIds;
    }

    /** Journey {@code j}'s own results in the portfolio run: flow per node, sends and suppressions per action. */
    public SimulationResults journey(int j) {
        return journeys.get(j);
    }

    /**
     * A traced customer's steps (asked for by id, or among the first traced) in every journey as one timeline; a
     * journey that did not trace them, or that they never entered, adds no step.
     */
    public PortfolioTrace trace(String customerId) {
        Map<String, List<TraceStep>> byJourney = new LinkedHashMap<>();
        for (int j = 0; j < journeys.size(); j++) {
            byJourney.put(journeyIds.get(j), journeys.get(j).traces().getOrDefault(customerId, List.of()));
        }
        return PortfolioTrace.of(customerId, byJourney);
    }

    /** Whether each journey was also simulated alone, so {@link #cannibalisation()} is known. */
    public boolean aloneRun() {
        return aloneRun;
    }

    public long customers() {
        return journeys.get(0).customers();
    }

    public long events() {
        return journeys.get(0).events();
    }

    /** Messages journey {@code j} sent in the portfolio run. */
    public long sent(int j) {
        SimulationResults r = journeys.get(j);
        long sum = 0;
        for (int a = 0; a < r.actionKeys().size(); a++) {
            sum += r.sent(a);
        }
        return sum;
    }

    /** Journey {@code j}'s sends suppressed for {@code reason} in the portfolio run. */
    public long suppressed(int j, SuppressionReason reason) {
        SimulationResults r = journeys.get(j);
        long sum = 0;
        for (int a = 0; a < r.actionKeys().size(); a++) {
            sum += r.suppressed(a, reason);
        }
        return sum;
    }

    /** Journey {@code j}'s treated customers (entered, not held out, not in the global control) who converted. */
    public long conversions(int j) {
        return inPortfolio[j].treatedConversions();
    }

    /** Journey {@code j}'s treated customers against its customers in the global control, in the portfolio. */
    public Uplift uplift(int j) {
        return inPortfolio[j].uplift();
    }

    /** Journey {@code j}'s incremental conversions in the portfolio, against the global control. */
    public double incrementalConversions(int j) {
        return inPortfolio[j].incrementalConversions();
    }

    /** As {@link #uplift(int)} with the journey simulated alone under the same rules. */
    public Uplift aloneUplift(int j) {
        return alone[j].uplift();
    }

    /** Journey {@code j}'s incremental conversions when simulated alone, against the same global control. */
    public double aloneIncrementalConversions(int j) {
        return aloneRun ? alone[j].incrementalConversions() : Double.NaN;
    }

    public long sent() {
        long sum = 0;
        for (int j = 0; j < journeys.size(); j++) {
            sum += sent(j);
        }
        return sum;
    }

    public long suppressed(SuppressionReason reason) {
        long sum = 0;
        for (int j = 0; j < journeys.size(); j++) {
            sum += suppressed(j, reason);
        }
        return sum;
    }

    /** Treated customers of the portfolio who converted on the goal of any journey they entered. */
    public long conversions() {
        return customers.treatedConversions();
    }

    /** The portfolio's treated customers against the global control (conversion on any goal of a journey entered). */
    public Uplift uplift() {
        return customers.uplift();
    }

    /**
     * The portfolio's incremental conversions: per set of journeys entered, the treated customers' conversions beyond
     * what the global control's customers who entered the same journeys predict, summed over the sets. Sets without a
     * control customer cannot be measured and add nothing ({@link #unmeasuredCustomers()}).
     */
    public double incrementalConversions() {
        double sum = 0;
        for (ControlCounts counts : byEntered.values()) {
            if (!counts.unmeasured()) {
                sum += counts.incrementalConversions();
            }
        }
        return sum;
    }

    /** Treated customers whose set of journeys entered has no customer in the global control. */
    public long unmeasuredCustomers() {
        long sum = 0;
        for (ControlCounts counts : byEntered.values()) {
            sum += counts.unmeasured() ? counts.treated() : 0;
        }
        return sum;
    }

    /** The sum over journeys of their incremental conversions when each is simulated alone. */
    public double aloneIncrementalConversions() {
        if (!aloneRun) {
            return Double.NaN;
        }
        double sum = 0;
        for (ControlCounts counts : alone) {
            if (!counts.unmeasured()) {
                sum += counts.incrementalConversions();
            }
        }
        return sum;
    }

    /**
     * The conversions the journeys take from each other: the sum of their incremental conversions alone minus the
     * portfolio's; positive when together they add less than apart. NaN without the alone runs.
     */
    public double cannibalisation() {
        return aloneIncrementalConversions() - incrementalConversions();
    }

    /**
     * Journey {@code j}'s treated customers' conversions in the portfolio beyond what the same customers did when
     * simulated without any marketing: the simulator's own counterfactual, free of the global control's sampling
     * noise. NaN without the comparison runs.
     */
    public double simulatedIncrementalConversions(int j) {
        return aloneRun ? inPortfolio[j].simulatedIncrementalConversions() : Double.NaN;
    }

    /** As {@link #simulatedIncrementalConversions(int)} with the journey simulated alone. */
    public double aloneSimulatedIncrementalConversions(int j) {
        return aloneRun ? alone[j].simulatedIncrementalConversions() : Double.NaN;
    }

    /** The portfolio's treated customers' conversions (any goal) beyond theirs without marketing. */
    public double simulatedIncrementalConversions() {
        return aloneRun ? customers.simulatedIncrementalConversions() : Double.NaN;
    }

    /** The sum over journeys of {@link #aloneSimulatedIncrementalConversions(int)}. */
    public double aloneSimulatedIncrementalConversions() {
        double sum = 0;
        for (int j = 0; j < alone.length; j++) {
            sum += aloneSimulatedIncrementalConversions(j);
        }
        return sum;
    }

    /**
     * {@link #cannibalisation()} measured against the same customers simulated without marketing rather than
     * against the global control: the same quantity without the control's sampling noise, which on a small data
     * set can be larger than the cannibalisation itself.
     */
    public double simulatedCannibalisation() {
        return aloneSimulatedIncrementalConversions() - simulatedIncrementalConversions();
    }

    /** A stable text of every figure, for comparing runs exactly. */
    public String fingerprint() {
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < journeys.size(); j++) {
            parts.add(journeyIds.get(j) + ":" + inPortfolio[j] + ":" + alone[j] + "\n" + journeys.get(j).fingerprint());
        }
        parts.add(customers.toString());
        for (Map.Entry<Integer, ControlCounts> e : byEntered.entrySet()) {
            parts.add(e.getKey() + "=" + e.getValue());
        }
        return String.join("\n", parts);
    }
}
