package com.retailstudio.simulator.ui;

import com.retailstudio.designer.model.Journey;
import com.retailstudio.simulator.cli.ProgressLine;
import com.retailstudio.simulator.cli.SparkRunProcess;
import com.retailstudio.simulator.engine.CustomerData;
import com.retailstudio.simulator.engine.RunProgress;
import com.retailstudio.simulator.engine.SimulationRun;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.ui.task.ProgressReporter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * The Simulation section's runs, off the JavaFX thread: on the desktop engine in this process, or on Spark in the
 * Spark runner's process; both with the same settings, reporting progress and stopping when cancelled.
 */
final class EngineRuns {

    /** Example traces kept per combination of reasons, for the trace search. */
    static final int EXAMPLES_PER_COMBINATION = 3;
    /** Spark partitions of a run from the section: a few per core of a local master, tasks small enough to show. */
    static final int SPARK_PARTITIONS = 4;

    private EngineRuns() {
    }

    static SimulationSettings settings(long seed) {
        return untracedSettings(seed).withReasonTraces(EXAMPLES_PER_COMBINATION);
    }

    /** Settings of runs that show no traces (comparisons, portfolios): none kept, none recorded. */
    static SimulationSettings untracedSettings(long seed) {
        return SimulationSettings.defaults(seed).withTrace(Set.of(), 0).withReasonTraces(0);
    }

    static int threads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** Loads the data set, saying so, and stops if the user cancelled meanwhile. */
    static CustomerData load(Path folder, SimulationData reads, ProgressReporter progress) {
        progress.update(-1, "Loading the data set…");
        CustomerData data = reads.customers(folder);
        if (progress.isCancelled()) {
            throw new CancellationException();
        }
        return data;
    }

    /** The desktop engine over the loaded customers, filling the progress from {@code from} to {@code to}. */
    static SimulationRun desktop(Journey journey, CustomerData data, long seed, long loadMillis,
            ProgressReporter progress, double from, double to) {
        progress.update(from, "Simulating “" + journey.name() + "”…");
        int threads = threads();
        return SimulationRun.execute(journey, data, settings(seed), threads * 4, threads, loadMillis,
                customers("Simulating “" + journey.name() + "”", progress, from, to));
    }

    /**
     * The engine's progress told to the user as "{@code doing}: 1,024 of 3,000 customers", filling the progress
     * from {@code from} to {@code to}; the engine stops when the user cancels.
     */
    static RunProgress customers(String doing, ProgressReporter progress, double from, double to) {
        return new RunProgress() {
            private long shown;

            @Override
            public synchronized void customersDone(long done, long total) {
                // Partitions report from their own threads; the figure shown never goes back.
                if (done <= shown) {
                    return;
                }
                shown = done;
                progress.update(from + (to - from) * done / Math.max(1, total), String.format(Locale.ROOT,
                        "%s: %,d of %,d customers", doing, done, total));
            }

            @Override
            public boolean cancelled() {
                return progress.isCancelled();
            }
        };
    }

    /**
     * Spark, in the runner's own process, over the data folder (read on Spark's driver); the progress follows the
     * runner's progress lines. The run comes back without its simulator, so only its example traces can be searched.
     */
    static SimulationRun spark(EngineChoice.SparkTarget target, Journey journey, Path folder, long seed,
            ProgressReporter progress) throws IOException {
        progress.update(-1, "Starting Spark (" + target.master() + ")…");
        return SparkRunProcess.run(target.launcher(), target.master(), folder, journey, settings(seed),
                SPARK_PARTITIONS, new SparkRunProcess.Progress() {
                    @Override
                    public void update(ProgressLine line) {
                        progress.update(line.fraction(), line.describe(target.master()));
                    }

                    @Override
                    public boolean cancelled() {
                        return progress.isCancelled();
                    }
                });
    }
}
