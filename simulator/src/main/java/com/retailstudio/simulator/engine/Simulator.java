package com.retailstudio.simulator.engine;

import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.simulator.model.TraceStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a compiled journey over a data set's customers: split into partitions of consecutive customers, each run on
 * its own (in parallel when there are cores for it), results merged in partition order.
 */
public final class Simulator {
    /** Customers run between two looks at cancellation and progress. */
    private static final int BATCH = 256;
    private final JourneyPlan plan;
    private final CustomerData data;
    private final ResponseModel model;
    private final SimulationSettings settings;
    private final long horizonStart;
    private final long horizonEnd;

    /** A simulator whose horizon is the data's first to last event. */
    public Simulator(JourneyPlan plan, CustomerData data, ResponseModel model, SimulationSettings settings) {
        this(plan, data, model, settings, data.horizonStart(), data.horizonEnd());
    }

    private Simulator(JourneyPlan plan, CustomerData data, ResponseModel model, SimulationSettings settings,
            long horizonStart, long horizonEnd) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.data = Objects.requireNonNull(data, "data");
        this.model = Objects.requireNonNull(model, "model");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.horizonStart = horizonStart;
        this.horizonEnd = horizonEnd;
    }

    /**
     * The same simulator over another horizon (epoch seconds): a part of a data set loaded on its own must be run
     * with the whole data set's horizon (and response model) for its results to merge into the whole run's.
     */
    public Simulator withHorizon(long start, long end) {
        return new Simulator(plan, data, model, settings, start, end);
    }

    /** The same simulator running another compilation of the journey (e.g. with experiment winners picked). */
    Simulator withPlan(JourneyPlan other) {
        return new Simulator(other, data, model, settings, horizonStart, horizonEnd);
    }

    JourneyPlan plan() {
        return plan;
    }

    long horizonStart() {
        return horizonStart;
    }

    long horizonEnd() {
        return horizonEnd;
    }

    /** Runs customers {@code [from, to)} alone. */
    public SimulationResults runPartition(int from, int to) {
        return runPartition(from, to, RunProgress.NONE, new AtomicLong());
    }

    private SimulationResults runPartition(int from, int to, RunProgress progress, AtomicLong done) {
        SimulationResults results = newResults();
        CustomerRun run = new CustomerRun(plan, data, model, settings, results, horizonStart, horizonEnd);
        for (int c = from; c < to; c++) {
            if ((c - from) % BATCH == BATCH - 1) {
                if (progress.cancelled()) {
                    throw new CancellationException("the simulation was cancelled");
                }
                progress.customersDone(done.addAndGet(BATCH), data.size());
            }
            run.run(c);
        }
        progress.customersDone(done.addAndGet((to - from) % BATCH), data.size());
        return results;
    }

    private SimulationResults newResults() {
        return plan.newResults(settings.traceFirst(), settings.tracesPerReasons()).period(horizonStart, horizonEnd);
    }

    /**
     * One customer's every step (empty when they never entered), by running them again alone: the same steps as in
     * the whole run, since customers are independent.
     */
    public Optional<List<TraceStep>> trace(String customerId) {
        for (int c = 0; c < data.size(); c++) {
            if (data.id(c).equals(customerId)) {
                CustomerRun run = new CustomerRun(plan, data, model, settings, plan.newResults(0), horizonStart,
                        horizonEnd);
                return Optional.of(run.traced(c));
            }
        }
        return Optional.empty();
    }

    /** Runs every customer in {@code partitions} parts on up to {@code threads} threads and merges the results. */
    public SimulationResults run(int partitions, int threads) {
        return run(partitions, threads, RunProgress.NONE);
    }

    /**
     * As {@link #run(int, int)}, telling {@code progress} how many customers are done and stopping with a
     * {@link CancellationException} soon after it says {@link RunProgress#cancelled()}.
     */
    public SimulationResults run(int partitions, int threads, RunProgress progress) {
        if (partitions < 1 || threads < 1) {
            throw new IllegalArgumentException("partitions and threads must be at least 1");
        }
        int n = data.size();
        List<int[]> ranges = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            ranges.add(new int[] {(int) ((long) n * p / partitions), (int) ((long) n * (p + 1) / partitions)});
        }
        AtomicLong done = new AtomicLong();
        if (threads == 1 || partitions == 1) {
            SimulationResults merged = newResults();
            for (int[] r : ranges) {
                merged.merge(runPartition(r[0], r[1], progress, done));
            }
            return merged;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, partitions));
        try {
            List<Future<SimulationResults>> futures = new ArrayList<>();
            for (int[] r : ranges) {
                futures.add(pool.submit(() -> runPartition(r[0], r[1], progress, done)));
            }
            SimulationResults merged = newResults();
            for (Future<SimulationResults> f : futures) {
                merged.merge(FutureResults.get(f));
            }
            return merged;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the simulation was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
