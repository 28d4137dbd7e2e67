package com.retailstudio.simulator.ui;

import com.retailstudio.designer.model.Journey;
import com.retailstudio.simulator.engine.CustomerData;
import com.retailstudio.simulator.engine.JourneyPlan;
import com.retailstudio.simulator.engine.ResponseModel;
import com.retailstudio.simulator.engine.RunProgress;
import com.retailstudio.simulator.engine.SimulationRun;
import com.retailstudio.simulator.engine.Simulator;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.ui.task.ProgressReporter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A journey run on the desktop engine one customer at a time, keeping what became of each customer
 * ({@link CustomerOutcome}) beside the usual results, so two runs can be compared customer by customer. Customers are
 * independent and results of partitions merge exactly, so the results are those of an ordinary run; the price is a
 * results object per customer, which is why only comparisons run this way.
 */
final class OutcomeRuns {

    /** Customers run between two looks at cancellation and progress. */
    private static final int BATCH = 256;

    /** A run and each customer's outcome, by customer index ({@link CustomerOutcome} ordinals). */
    record RunWithOutcomes(SimulationRun run, byte[] outcomes) {
    }

    private OutcomeRuns() {
    }

    /**
     * Runs {@code journey} over every customer of {@code data} with the response model fitted once for the
     * comparison, filling the progress from {@code from} to {@code to}; stops with a {@link CancellationException}
     * soon after the user cancels.
     */
    static RunWithOutcomes run(Journey journey, CustomerData data, ResponseModel model, long seed, long loadMillis,
            long fitMillis, ProgressReporter progress, double from, double to) {
        progress.update(from, "Simulating “" + journey.name() + "”…");
        long t0 = System.nanoTime();
        JourneyPlan plan = JourneyPlan.compile(journey);
        // No traces: the comparison shows none, and each customer run alone would otherwise keep one as an example.
        SimulationSettings settings = EngineRuns.untracedSettings(seed);
        Simulator simulator = new Simulator(plan, data, model, settings);
        long t1 = System.nanoTime();
        int n = data.size();
        int threads = EngineRuns.threads();
        int parts = Math.max(1, Math.min(n, threads * 4));
        byte[] outcomes = new byte[n];
        AtomicLong done = new AtomicLong();
        RunProgress shown = EngineRuns.customers("Simulating “" + journey.name() + "”", progress, from, to);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        SimulationResults merged = newResults(plan, settings, data);
        try {
            List<Future<SimulationResults>> futures = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                int first = (int) ((long) n * p / parts);
                int end = (int) ((long) n * (p + 1) / parts);
                futures.add(pool.submit(() -> {
                    SimulationResults part = newResults(plan, settings, data);
                    for (int c = first; c < end; c++) {
                        SimulationResults alone = simulator.runPartition(c, c + 1);
                        outcomes[c] = (byte) CustomerOutcome.of(alone).ordinal();
                        part.merge(alone);
                        if ((c - first) % BATCH == BATCH - 1) {
                            if (shown.cancelled()) {
                                throw new CancellationException("the comparison was cancelled");
                            }
                            shown.customersDone(done.addAndGet(BATCH), n);
                        }
                    }
                    shown.customersDone(done.addAndGet((end - first) % BATCH), n);
                    return part;
                }));
            }
            for (Future<SimulationResults> part : futures) {
                merged.merge(part.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the comparison was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        long t2 = System.nanoTime();
        SimulationRun run = new SimulationRun(merged, model, n, data.eventCount(), loadMillis, fitMillis,
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, SimulationRun.peakHeap(), parts, threads, simulator);
        return new RunWithOutcomes(run, outcomes);
    }

    private static SimulationResults newResults(JourneyPlan plan, SimulationSettings settings, CustomerData data) {
        return plan.newResults(settings.traceFirst(), settings.tracesPerReasons())
                .period(data.horizonStart(), data.horizonEnd());
    }
}
