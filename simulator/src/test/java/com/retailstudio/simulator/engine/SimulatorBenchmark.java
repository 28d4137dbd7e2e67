package com.retailstudio.simulator.engine;

import com.retailstudio.data.generate.DataGenerator;
import com.retailstudio.data.generate.GenerationProgress;
import com.retailstudio.data.generate.GeneratorConfig;
import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.SimulationSettings;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Benchmark (a main in the test sources, so production code never writes to standard output): simulates the 12-node {@link BenchmarkJourney} over a generated data set and prints load, fit and
 * simulation times, events per second and heap. Arguments: {@code DIR} (an existing generated folder) or
 * {@code --customers N} (generate into a temporary folder), then optionally {@code --partitions K --threads T
 * --runs R}.
 */
public final class SimulatorBenchmark {
    private SimulatorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = null;
        int customers = 0;
        int partitions = 2;
        int threads = Runtime.getRuntime().availableProcessors();
        int runs = 3;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--customers" -> customers = Integer.parseInt(args[++i]);
                case "--partitions" -> partitions = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> folder = Path.of(args[i]);
            }
        }
        if (folder == null) {
            folder = Files.createTempDirectory("simulator-benchmark");
            long g = System.nanoTime();
            DataGenerator.generate(GeneratorConfig.defaults().withCustomers(customers), folder, GenerationProgress.NONE);
            System.out.printf(Locale.ROOT, "generated %,d customers in %.1f s into %s%n", customers,
                    (System.nanoTime() - g) / 1e9, folder);
        }
        long t0 = System.nanoTime();
        CustomerData data = CustomerData.of(DataSetLoader.load(folder));
        long t1 = System.nanoTime();
        System.gc();
        long dataHeap = usedHeap();
        ResponseModel model = ResponseModelFitter.fit(data, threads);
        long t2 = System.nanoTime();
        JourneyPlan plan = JourneyPlan.compile(BenchmarkJourney.cartRecovery());
        Simulator simulator = new Simulator(plan, data, model, SimulationSettings.defaults(42));
        System.out.printf(Locale.ROOT, "data: %,d customers, %,d events; load %.1f s, fit %.2f s; heap with data %,d MiB%n",
                data.size(), data.eventCount(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, dataHeap >> 20);
        double[] rates = new double[runs];
        SimulationResults last = null;
        resetPeaks();
        for (int r = 0; r < runs; r++) {
            long s = System.nanoTime();
            last = simulator.run(partitions, threads);
            double seconds = (System.nanoTime() - s) / 1e9;
            rates[r] = data.eventCount() / seconds;
            System.out.printf(Locale.ROOT, "run %d: %.2f s, %,.0f events/s, %,d entered, %,d sent%n", r + 1, seconds,
                    rates[r], last.entered(0), sentTotal(last));
        }
        Arrays.sort(rates);
        System.out.printf(Locale.ROOT, "median %,.0f events/s, best %,.0f events/s (%d partitions, %d threads); "
                        + "peak heap during runs %,d MiB (data alone %,d MiB)%n", rates[runs / 2], rates[runs - 1],
                partitions, threads, peakHeap() >> 20, dataHeap >> 20);
    }

    private static long sentTotal(SimulationResults r) {
        long sum = 0;
        for (int a = 0; a < r.actionKeys().size(); a++) {
            sum += r.sent(a);
        }
        return sum;
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        return SimulationRun.peakHeap();
    }
}
