package com.retailstudio.simulator.ui;

import com.retailstudio.designer.model.Journey;
import com.retailstudio.simulator.engine.CustomerData;
import com.retailstudio.simulator.engine.FutureResults;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A journey run on the desktop engine block by block of consecutive customers, keeping each block's treated and
 * holdout customers and conversions beside the usual results, so two runs can be compared on the customers they
 * share ({@link PairedOutcomes}). Customers are independent and results of partitions merge exactly, so the results
 * are those of an ordinary run. Up to {@link #MAX_BLOCKS} customers a block holds one customer; beyond, blocks grow so
 * there are at most that many, since a results object per block has a cost (about 50 µs) that per customer would
 * make a comparison of a million customers ten times slower than its runs.
 */
final class OutcomeRuns {

    /** The most blocks a run is split into; data sets up to this many customers are compared customer by customer. */
    static final int MAX_BLOCKS = 4096;
    /** Blocks run between two looks at cancellation and progress. */
    private static final int BATCH = 64;

    /** A run and its counts per block, with the block size (the last block may be shorter). */
    record RunWithOutcomes(SimulationRun run, PairedOutcomes.BlockCounts blocks, int blockSize) {
    }

    private OutcomeRuns() {
    }

    /** Customers per block for a data set of {@code customers}: 1 up to {@link #MAX_BLOCKS} customers. */
    static int blockSize(int customers) {
        return Math.max(1, (customers + MAX_BLOCKS - 1) / MAX_BLOCKS);
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
        // No traces: the comparison shows none, and each block run alone would otherwise keep its own examples.
        SimulationSettings settings = EngineRuns.untracedSettings(seed);
        Simulator simulator = new Simulator(plan, data, model, settings);
        long t1 = System.nanoTime();
        int n = data.size();
        int size = blockSize(n);
        int blocks = (n + size - 1) / size;
        int threads = EngineRuns.threads();
        int parts = Math.max(1, Math.min(blocks, threads * 4));
        PairedOutcomes.BlockCounts counts = new PairedOutcomes.BlockCounts(blocks);
        AtomicLong done = new AtomicLong();
        RunProgress shown = EngineRuns.customers("Simulating “" + journey.name() + "”", progress, from, to);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        SimulationResults merged = newResults(plan, settings, data);
        try {
            List<Future<SimulationResults>> futures = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                int firstBlock = (int) ((long) blocks * p / parts);
                int endBlock = (int) ((long) blocks * (p + 1) / parts);
                futures.add(pool.submit(() -> {
                    SimulationResults part = newResults(plan, settings, data);
                    for (int block = firstBlock; block < endBlock; block++) {
                        int first = block * size;
                        int end = Math.min(n, first + size);
                        SimulationResults alone = simulator.runPartition(first, end);
                        counts.set(block, alone.treatedCustomers(), alone.treatedConversions(),
                                alone.holdoutCustomers(), alone.holdoutConversions());
                        part.merge(alone);
                        long customersDone = done.addAndGet(end - first);
                        if ((block - firstBlock) % BATCH == BATCH - 1 || block == endBlock - 1) {
                            if (shown.cancelled()) {
                                throw new CancellationException("the comparison was cancelled");
                            }
                            shown.customersDone(customersDone, n);
                        }
                    }
                    return part;
                }));
            }
            for (Future<SimulationResults> part : futures) {
                merged.merge(FutureResults.get(part));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the comparison was interrupted");
        } finally {
            pool.shutdownNow();
        }
        long t2 = System.nanoTime();
        SimulationRun run = new SimulationRun(merged, model, n, data.eventCount(), loadMillis, fitMillis,
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, SimulationRun.peakHeap(), parts, threads, simulator);
        return new RunWithOutcomes(run, counts, size);
    }

    private static SimulationResults newResults(JourneyPlan plan, SimulationSettings settings, CustomerData data) {
        return plan.newResults(settings.traceFirst(), settings.tracesPerReasons())
                .period(data.horizonStart(), data.horizonEnd());
    }
}
