package com.retailstudio.simulator.spark;

import com.retailstudio.data.io.EventTable;
import com.retailstudio.designer.io.JourneyFormatException;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.simulator.cli.ProgressLine;
import com.retailstudio.simulator.engine.CustomerData;
import com.retailstudio.simulator.engine.JourneyPlan;
import com.retailstudio.simulator.engine.ResponseModel;
import com.retailstudio.simulator.engine.SimulationRun;
import com.retailstudio.simulator.engine.Simulator;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.SimulationSettings;
import java.io.Serializable;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

/**
 * A simulation run whose customers are simulated inside Spark tasks: the response model is fitted once (by the
 * source, {@link CustomerSource#fitModel}: on the driver, or from counts summed on the executors) and broadcast with
 * the journey and the settings; every task rebuilds its slice of customers and runs the desktop engine
 * ({@link Simulator#runPartition}) over it with the whole data set's horizon; the driver merges the partitions'
 * results with the desktop's {@link SimulationResults#merge}. Every figure is a count or a sum in whole cents and
 * random draws depend on seed, node and customer only, so the report equals the desktop's byte for byte apart from
 * its run block.
 */
public final class SparkSimulation {

    /** The driver holds no customer: its simulator only gives the empty result and cannot trace one again. */
    private static final CustomerData NO_CUSTOMERS = CustomerData.of(List.of(), List.of(),
            EventTable.builder(List.of(), List.of()).build());

    private SparkSimulation() {
    }

    /**
     * What every task needs besides its customers, broadcast once. The journey travels as its JSON (a compiled plan
     * holds predicates that Java serialization cannot carry) and each task compiles it, which takes milliseconds and
     * gives the same plan, since compiling is deterministic.
     */
    record Job(String journeyJson, ResponseModel model, SimulationSettings settings, long horizonStart,
            long horizonEnd) implements Serializable {

        Journey journey() {
            try {
                return JourneyJson.parse(journeyJson);
            } catch (JourneyFormatException e) {
                throw new IllegalStateException("the driver's own journey JSON cannot be read back", e);
            }
        }
    }

    /** Runs every customer of {@code source} in {@code partitions} Spark partitions and merges the results. */
    public static SimulationRun run(SparkSession spark, Journey journey, CustomerSource source,
            SimulationSettings settings, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1");
        }
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        long t0 = System.nanoTime();
        // each job is described by its phase, which the progress lines name (SparkProgress)
        context.setJobDescription(ProgressLine.Phase.READ.key());
        CustomerSource.Extent all = source.extent();
        long t1 = System.nanoTime();
        context.setJobDescription(ProgressLine.Phase.FIT.key());
        ResponseModel model = source.fitModel(context, partitions);
        long t2 = System.nanoTime();
        JourneyPlan plan = JourneyPlan.compile(journey);
        Job job = new Job(JourneyJson.toJson(journey), model, settings, all.horizonStart(), all.horizonEnd());
        if (!job.journey().equals(journey)) {
            throw new IllegalArgumentException("the journey does not survive its JSON unchanged, so the tasks "
                    + "would run another journey than the driver's");
        }
        long t3 = System.nanoTime();
        context.setJobDescription(ProgressLine.Phase.SIMULATE.key());
        Broadcast<Job> broadcast = context.broadcast(job);
        List<SimulationResults> parts;
        try {
            parts = source.partitions(context, partitions)
                    .mapPartitions((Iterator<CustomerSlice> slices) -> simulate(broadcast.value(), slices))
                    .collect();
        } finally {
            broadcast.destroy();
            context.clearJobGroup();
        }
        // the desktop's empty result (the journey's shape, the run's period: it needs no customer), then the
        // partitions in their order
        Simulator driver = new Simulator(plan, NO_CUSTOMERS, model, settings)
                .withHorizon(all.horizonStart(), all.horizonEnd());
        SimulationResults merged = driver.runPartition(0, 0);
        for (SimulationResults part : parts) {
            merged.merge(part);
        }
        long t4 = System.nanoTime();
        return new SimulationRun(merged, model, all.customers(), all.events(), millis(t0, t1), millis(t1, t2),
                millis(t2, t3), millis(t3, t4), SimulationRun.peakHeap(), partitions, context.defaultParallelism(),
                driver);
    }

    /**
     * One task: its slices' customers run by the desktop engine over the whole data set's horizon; nothing when the
     * partition holds no customers.
     */
    static Iterator<SimulationResults> simulate(Job job, Iterator<CustomerSlice> slices) {
        JourneyPlan plan = JourneyPlan.compile(job.journey());
        SimulationResults results = null;
        while (slices.hasNext()) {
            CustomerData data = slices.next().toCustomerData();
            SimulationResults part = new Simulator(plan, data, job.model(), job.settings())
                    .withHorizon(job.horizonStart(), job.horizonEnd()).runPartition(0, data.size());
            results = results == null ? part : results.merge(part);
        }
        return results == null ? Collections.emptyIterator() : List.of(results).iterator();
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
