package com.retailstudio.simulator.engine;

import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.PortfolioRules;
import com.retailstudio.simulator.model.PortfolioResults;
import com.retailstudio.simulator.model.SimulationSettings;
import java.nio.file.Path;
import java.util.List;

/**
 * One complete portfolio simulation: load the data set, fit the response model, compile the journeys, run the
 * customers through all of them together and through each alone; with the time each stage took.
 *
 * @param journeys  the journeys as given, whose order the results do not follow (they are in priority order)
 * @param simulator the simulator that ran; it holds the data set in memory as long as this run is kept
 */
public record PortfolioRun(PortfolioResults results, List<Journey> journeys, PortfolioRules rules,
        ResponseModel model, long customers, long events, long loadMillis, long fitMillis, long compileMillis,
        long simulateMillis, long peakHeapBytes, int partitions, int threads, PortfolioSimulator simulator) {

    public PortfolioRun {
        journeys = List.copyOf(journeys);
    }

    /** Events simulated per second of the simulate stage (each event counted once, however many journeys). */
    public double eventsPerSecond() {
        return simulateMillis == 0 ? events * 1000.0 : events * 1000.0 / simulateMillis;
    }

    /** The journey of results index {@code j}. */
    public Journey journey(int j) {
        String id = results.journeyIds().get(j);
        return journeys.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    public static PortfolioRun execute(List<Journey> journeys, PortfolioRules rules, Path dataFolder,
            SimulationSettings settings, int partitions, int threads) {
        long t0 = System.nanoTime();
        CustomerData data = CustomerData.of(DataSetLoader.load(dataFolder));
        long t1 = System.nanoTime();
        return execute(journeys, rules, data, settings, partitions, threads, (t1 - t0) / 1_000_000,
                RunProgress.NONE);
    }

    /** Simulates on loaded data, telling {@code progress} how the customers go and stopping when it is cancelled. */
    public static PortfolioRun execute(List<Journey> journeys, PortfolioRules rules, CustomerData data,
            SimulationSettings settings, int partitions, int threads, long loadMillis, RunProgress progress) {
        long t1 = System.nanoTime();
        ResponseModel model = ResponseModelFitter.fit(data, threads);
        long t2 = System.nanoTime();
        List<JourneyPlan> plans = journeys.stream().map(JourneyPlan::compile).toList();
        long t3 = System.nanoTime();
        PortfolioSimulator simulator = new PortfolioSimulator(plans, rules, data, model, settings);
        PortfolioResults results = simulator.run(partitions, threads, progress);
        long t4 = System.nanoTime();
        return new PortfolioRun(results, journeys, rules, model, data.size(), data.eventCount(), loadMillis,
                (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000, SimulationRun.peakHeap(),
                partitions, threads, simulator);
    }
}
