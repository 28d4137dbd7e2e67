package com.retailstudio.simulator.engine;

import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.SimulationSettings;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * One complete simulation: load the data set, fit the response model, compile the journey, run the customers in
 * partitions; with the time each stage took.
 *
 * @param peakHeapBytes the sum of the heap pools' peak usage during the process so far
 * @param simulator     the simulator that ran, to trace any one customer again ({@link Simulator#trace}); it holds
 *                      the data set in memory as long as this run is kept
 */
public record SimulationRun(SimulationResults results, ResponseModel model, long customers, long events,
        long loadMillis, long fitMillis, long compileMillis, long simulateMillis, long peakHeapBytes, int partitions,
        int threads, Simulator simulator) {

    /** Events simulated per second of the simulate stage. */
    public double eventsPerSecond() {
        return simulateMillis == 0 ? events * 1000.0 : events * 1000.0 / simulateMillis;
    }

    public long totalMillis() {
        return loadMillis + fitMillis + compileMillis + simulateMillis;
    }

    public static SimulationRun execute(Journey journey, Path dataFolder, SimulationSettings settings, int partitions,
            int threads) {
        long t0 = System.nanoTime();
        CustomerData data = CustomerData.of(DataSetLoader.load(dataFolder));
        long t1 = System.nanoTime();
        return execute(journey, data, settings, partitions, threads, (t1 - t0) / 1_000_000);
    }

    public static SimulationRun execute(Journey journey, CustomerData data, SimulationSettings settings, int partitions,
            int threads, long loadMillis) {
        return execute(journey, data, settings, partitions, threads, loadMillis, RunProgress.NONE);
    }

    /** As above, telling {@code progress} how the customers go and stopping when it is cancelled. */
    public static SimulationRun execute(Journey journey, CustomerData data, SimulationSettings settings, int partitions,
            int threads, long loadMillis, RunProgress progress) {
        long t1 = System.nanoTime();
        ResponseModel model = ResponseModelFitter.fit(data, threads);
        long t2 = System.nanoTime();
        JourneyPlan plan = JourneyPlan.compile(journey);
        long t3 = System.nanoTime();
        ExperimentPasses.Outcome outcome = ExperimentPasses.run(new Simulator(plan, data, model, settings), partitions,
                threads, progress);
        Simulator simulator = outcome.simulator();
        SimulationResults results = outcome.results();
        long t4 = System.nanoTime();
        return new SimulationRun(results, model, data.size(), data.eventCount(), loadMillis, (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000, peakHeap(), partitions, threads, simulator);
    }

    /** The sum of the heap pools' peak usage in this JVM so far. */
    public static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
