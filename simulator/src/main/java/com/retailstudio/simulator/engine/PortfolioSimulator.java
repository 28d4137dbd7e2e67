package com.retailstudio.simulator.engine;

import com.retailstudio.designer.model.PortfolioRules;
import com.retailstudio.simulator.engine.PortfolioCustomerRun.Role;
import com.retailstudio.simulator.model.PortfolioResults;
import com.retailstudio.simulator.model.PortfolioTrace;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.simulator.model.TraceStep;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Simulates several compiled journeys together on the same customers under a portfolio's rules
 * (docs/journey-semantics.md, "Portfolio"), and each journey alone under the same rules, so the results hold every
 * journey's uplift against the global control in both and the cannibalisation. Customers are split into partitions of
 * consecutive customers, run on their own and merged in partition order, so any partitioning gives the same results.
 */
public final class PortfolioSimulator {
    /** Customers run between two looks at cancellation and progress. */
    private static final int BATCH = 256;

    private final List<JourneyPlan> plans;
    private final PortfolioRules rules;
    private final CustomerData data;
    private final ResponseModel model;
    private final SimulationSettings settings;
    private final boolean aloneRuns;
    private final int[] rank;
    private final PortfolioMembership membership;
    private final long horizonStart;
    private final long horizonEnd;

    /**
     * @param plans the journeys, in any order: they run in priority order ({@link PortfolioRules#rank}, then id)
     * @param rules the portfolio's rules; {@link PortfolioRules#none} for journeys that share no caps
     */
    public PortfolioSimulator(List<JourneyPlan> plans, PortfolioRules rules, CustomerData data, ResponseModel model,
            SimulationSettings settings) {
        this(plans, rules, data, model, settings, true, data.horizonStart(), data.horizonEnd());
    }

    private PortfolioSimulator(List<JourneyPlan> plans, PortfolioRules rules, CustomerData data, ResponseModel model,
            SimulationSettings settings, boolean aloneRuns, long horizonStart, long horizonEnd) {
        Objects.requireNonNull(rules, "rules");
        if (plans.isEmpty()) {
            throw new IllegalArgumentException("a portfolio needs at least one journey");
        }
        Set<String> ids = new HashSet<>();
        for (JourneyPlan plan : plans) {
            if (!ids.add(plan.journeyId)) {
                throw new IllegalArgumentException("the journey " + plan.journeyId + " is in the portfolio twice");
            }
        }
        this.plans = plans.stream().sorted(Comparator.comparingInt((JourneyPlan p) -> rules.rank(p.journeyId))
                .thenComparing(p -> p.journeyId)).toList();
        this.rules = rules;
        this.data = Objects.requireNonNull(data, "data");
        this.model = Objects.requireNonNull(model, "model");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.aloneRuns = aloneRuns;
        this.rank = this.plans.stream().mapToInt(p -> rules.rank(p.journeyId)).toArray();
        this.membership = new PortfolioMembership(rules);
        this.horizonStart = horizonStart;
        this.horizonEnd = horizonEnd;
    }

    /**
     * The same portfolio over another horizon (epoch seconds): a part of a data set loaded on its own (a Spark
     * task's customers) must run with the whole data set's horizon for its results to merge into the whole run's.
     */
    public PortfolioSimulator withHorizon(long start, long end) {
        return new PortfolioSimulator(plans, rules, data, model, settings, aloneRuns, start, end);
    }

    /**
     * The same portfolio without the runs of each journey alone and without marketing: faster, with no
     * cannibalisation and no simulated incremental figures.
     */
    public PortfolioSimulator withoutAloneRuns() {
        return new PortfolioSimulator(plans, rules, data, model, settings, false, horizonStart, horizonEnd);
    }

    /** The journeys' ids in the order they run and report: priority order, then id. */
    public List<String> journeyIds() {
        return plans.stream().map(p -> p.journeyId).toList();
    }

    /** Runs every customer in {@code partitions} parts on up to {@code threads} threads and merges the results. */
    public PortfolioResults run(int partitions, int threads) {
        return run(partitions, threads, RunProgress.NONE);
    }

    /**
     * As {@link #run(int, int)}, telling {@code progress} how many customers are done and stopping with a
     * {@link CancellationException} soon after it says {@link RunProgress#cancelled()}.
     */
    public PortfolioResults run(int partitions, int threads, RunProgress progress) {
        if (partitions < 1 || threads < 1) {
            throw new IllegalArgumentException("partitions and threads must be at least 1");
        }
        AtomicLong done = new AtomicLong();
        List<PortfolioResults> parts;
        try (RangeTasks tasks = new RangeTasks(Math.min(threads, partitions), "portfolio-simulation")) {
            parts = tasks.map(data.size(), partitions, (from, to) -> runPartition(from, to, progress, done));
        }
        PortfolioResults merged = newResults(settings.traceFirst(), settings.tracesPerReasons());
        for (PortfolioResults part : parts) {
            merged.merge(part);
        }
        return merged;
    }

    /**
     * One customer's every step in each journey of the portfolio run, by journey id in priority order (empty steps
     * for a journey they never entered; empty when there is no such customer), by running them again alone: the same
     * steps as in the whole run, since customers are independent.
     */
    public Optional<Map<String, List<TraceStep>>> trace(String customerId) {
        for (int c = 0; c < data.size(); c++) {
            if (data.id(c).equals(customerId)) {
                SimulationSettings traced = settings.withTrace(Set.of(customerId), 0).withReasonTraces(0);
                PortfolioResults one = new PortfolioSimulator(plans, rules, data, model, traced, false,
                        horizonStart, horizonEnd).runPartition(c, c + 1);
                Map<String, List<TraceStep>> steps = new LinkedHashMap<>();
                for (int j = 0; j < plans.size(); j++) {
                    steps.put(plans.get(j).journeyId, one.journey(j).traces().getOrDefault(customerId, List.of()));
                }
                return Optional.of(steps);
            }
        }
        return Optional.empty();
    }

    /** As {@link #trace}, as one timeline across the journeys; empty when there is no such customer. */
    public Optional<PortfolioTrace> timeline(String customerId) {
        return trace(customerId).map(steps -> PortfolioTrace.of(customerId, steps));
    }

    /** Runs customers {@code [from, to)} alone. */
    public PortfolioResults runPartition(int from, int to) {
        return runPartition(from, to, RunProgress.NONE, new AtomicLong());
    }

    private PortfolioResults runPartition(int from, int to, RunProgress progress, AtomicLong done) {
        PortfolioResults results = newResults(settings.traceFirst(), settings.tracesPerReasons());
        long start = horizonStart;
        long end = horizonEnd;
        // The caps remember the window of the last cap reached, so each partition's thread checks its own.
        PortfolioCaps caps = new PortfolioCaps(rules.caps());
        CustomerRun[] lanes = new CustomerRun[plans.size()];
        int[] journey = new int[plans.size()];
        for (int j = 0; j < lanes.length; j++) {
            lanes[j] = new CustomerRun(plans.get(j), data, model, settings, results.journey(j), start, end);
            journey[j] = j;
        }
        PortfolioCustomerRun without = null;
        PortfolioCustomerRun portfolio;
        List<PortfolioCustomerRun> alone = new ArrayList<>();
        if (!aloneRuns) {
            portfolio = new PortfolioCustomerRun(lanes, journey, rank, membership, caps, data, model, results,
                    Role.PORTFOLIO, null, end);
        } else {
            SimulationSettings untraced = settings.withTrace(Set.of(), 0).withReasonTraces(0);
            without = new PortfolioCustomerRun(lanes(untraced, start, end), journey, rank, membership, caps, data,
                    model, results, Role.WITHOUT_MARKETING, null, end);
            portfolio = new PortfolioCustomerRun(lanes, journey, rank, membership, caps, data, model, results,
                    Role.PORTFOLIO, without, end);
            for (int j = 0; j < plans.size(); j++) {
                CustomerRun[] one = {scratchLane(j, untraced, start, end)};
                alone.add(new PortfolioCustomerRun(one, new int[] {j}, new int[] {rank[j]}, membership, caps, data,
                        model, results, Role.ALONE, without, end));
            }
        }
        if (settings.tracesPerReasons() > 0) {
            portfolio.recordExamplesWith(recordingRun(journey, start, end));
        }
        for (int c = from; c < to; c++) {
            if ((c - from) % BATCH == BATCH - 1) {
                if (progress.cancelled()) {
                    throw new CancellationException("the simulation was cancelled");
                }
                progress.customersDone(done.addAndGet(BATCH), data.size());
            }
            portfolio.walk(c);
            // Customers who entered no journey in the portfolio enter none alone or without marketing either, and a
            // journey alone only customers who may enter it (PortfolioCustomerRun#enteredAny, #mayEnterAlone); the
            // other runs would record nothing for them. Nor do they run again where they would repeat the portfolio's
            // walk: without marketing when they were delivered none, a journey alone when no other swayed it there.
            boolean entered = without != null && portfolio.enteredAny();
            if (entered && portfolio.deliveredNoMarketing()) {
                without.finishAs(portfolio);
            } else if (entered) {
                without.run(c);
            }
            portfolio.finish();
            for (int j = 0; entered && j < alone.size(); j++) {
                if (portfolio.walkedAsAlone(j)) {
                    portfolio.finishAsAlone(j);
                } else if (portfolio.mayEnterAlone(j)) {
                    alone.get(j).run(c);
                }
            }
        }
        progress.customersDone(done.addAndGet((to - from) % BATCH), data.size());
        return results;
    }

    /** The portfolio again with every step recorded into results nobody reads: run for the example customers. */
    private PortfolioCustomerRun recordingRun(int[] journey, long start, long end) {
        CustomerRun[] recording = new CustomerRun[plans.size()];
        for (int j = 0; j < recording.length; j++) {
            recording[j] = CustomerRun.recording(plans.get(j), data, model, settings, start, end);
        }
        return new PortfolioCustomerRun(recording, journey, rank, membership, new PortfolioCaps(rules.caps()), data,
                model, newResults(0, 0), Role.PORTFOLIO, null, end);
    }

    /** Every journey's run into results of its own that nobody reads: only the customers' outcomes are kept. */
    private CustomerRun[] lanes(SimulationSettings untraced, long start, long end) {
        CustomerRun[] lanes = new CustomerRun[plans.size()];
        for (int j = 0; j < lanes.length; j++) {
            lanes[j] = scratchLane(j, untraced, start, end);
        }
        return lanes;
    }

    private CustomerRun scratchLane(int j, SimulationSettings untraced, long start, long end) {
        SimulationResults scratch = plans.get(j).newResults(0).period(start, end);
        return new CustomerRun(plans.get(j), data, model, untraced, scratch, start, end);
    }

    private PortfolioResults newResults(int traceFirst, int tracesPerReasons) {
        List<SimulationResults> sheets = plans.stream().map(p -> p.newResults(traceFirst, tracesPerReasons)
                .period(horizonStart, horizonEnd)).toList();
        return new PortfolioResults(journeyIds(), sheets, aloneRuns);
    }
}
