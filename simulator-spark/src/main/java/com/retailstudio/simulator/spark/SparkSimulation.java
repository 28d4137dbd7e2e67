package com.retailstudio.simulator.spark;

import com.retailstudio.data.io.EventTable;
import com.retailstudio.designer.io.JourneyFormatException;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.io.PortfolioRulesReader;
import com.retailstudio.designer.io.PortfolioRulesWriter;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.PortfolioRules;
import com.retailstudio.simulator.cli.ProgressLine;
import com.retailstudio.simulator.engine.CustomerData;
import com.retailstudio.simulator.engine.ExperimentPasses;
import com.retailstudio.simulator.engine.ExperimentWinner;
import com.retailstudio.simulator.engine.JourneyPlan;
import com.retailstudio.simulator.engine.PortfolioRun;
import com.retailstudio.simulator.engine.PortfolioSimulator;
import com.retailstudio.simulator.engine.ResponseModel;
import com.retailstudio.simulator.engine.SimulationRun;
import com.retailstudio.simulator.engine.Simulator;
import com.retailstudio.simulator.model.PortfolioResults;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.SimulationSettings;
import java.io.Serializable;
import java.util.List;
import java.util.function.BinaryOperator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * A simulation run whose customers are simulated inside Spark tasks: the response model is fitted once (by the
 * source, {@link CustomerSource#fitModel}: on the driver, or from counts summed on the executors) and broadcast with
 * the journeys and the settings; every task rebuilds its slice of customers and runs the desktop engine
 * ({@link Simulator#runPartition}, or {@link PortfolioSimulator#runPartition} for several journeys together) over it
 * with the whole data set's horizon; the driver merges the partitions' results in partition order with the desktop's
 * {@code merge}. Every figure is a count or a sum in whole cents and random draws depend on seed, node and customer
 * only, so the report equals the desktop's byte for byte apart from its run block. A journey whose experiment picks a
 * winner runs in the desktop's passes ({@link ExperimentPasses}): one Spark job per pass over the same cached slices.
 */
public final class SparkSimulation {

    /** The driver holds no customer: its simulator only gives the empty result and cannot trace one again. */
    private static final CustomerData NO_CUSTOMERS = CustomerData.of(List.of(), List.of(),
            EventTable.builder(List.of(), List.of()).build());

    private SparkSimulation() {
    }

    /**
     * What every task of a single journey's pass needs besides its customers, broadcast once per pass. The journey
     * travels as its JSON (a compiled plan holds predicates that Java serialization cannot carry) and each task
     * compiles it, which takes milliseconds and gives the same plan, since compiling is deterministic; then applies
     * the winners picked by earlier passes.
     */
    record Job(String journeyJson, ResponseModel model, SimulationSettings settings, long horizonStart,
            long horizonEnd, List<ExperimentWinner> winners) implements Serializable {

        Job {
            winners = List.copyOf(winners);
        }

        JourneyPlan plan() {
            JourneyPlan plan = JourneyPlan.compile(parse(journeyJson));
            return winners.isEmpty() ? plan : plan.withExperimentWinners(winners);
        }
    }

    /**
     * What every task of a portfolio run needs: the journeys and the portfolio's rules as their JSON (suppressed
     * segments carry their conditions, the global control is a percentage and a salted hash of the customer id), the
     * model, the settings and the whole data set's horizon.
     */
    record PortfolioJob(List<String> journeysJson, String rulesJson, ResponseModel model, SimulationSettings settings,
            long horizonStart, long horizonEnd) implements Serializable {

        PortfolioJob {
            journeysJson = List.copyOf(journeysJson);
        }

        PortfolioSimulator simulator(CustomerData data) {
            return new PortfolioSimulator(journeysJson.stream().map(json -> JourneyPlan.compile(parse(json))).toList(),
                    rules(), data, model, settings).withHorizon(horizonStart, horizonEnd);
        }

        PortfolioRules rules() {
            try {
                return PortfolioRulesReader.parse(rulesJson);
            } catch (JourneyFormatException e) {
                throw new IllegalStateException("the driver's own portfolio rules JSON cannot be read back", e);
            }
        }
    }

    /**
     * The run's customers as Spark partitions, its extent and its model: the first two stages of every run, with
     * their times; {@code sliceMillis}, the time the source took to make its partitions (a CSV folder's slices are
     * cut on the driver), belongs to the simulate stage.
     */
    private record Prepared(JavaSparkContext context, JavaRDD<CustomerSlice> slices, CustomerSource.Extent extent,
            ResponseModel model, long loadMillis, long fitMillis, long sliceMillis) {

        void release() {
            slices.unpersist(false);
            context.clearJobGroup();
        }
    }

    /** Runs every customer of {@code source} in {@code partitions} Spark partitions and merges the results. */
    public static SimulationRun run(SparkSession spark, Journey journey, CustomerSource source,
            SimulationSettings settings, int partitions) {
        long compileStarted = System.nanoTime();
        JourneyPlan plan = JourneyPlan.compile(journey);
        String json = JourneyJson.toJson(journey);
        requireSurvives(journey, json);
        long compileMillis = millis(compileStarted, System.nanoTime());
        Prepared prepared = prepare(spark, source, partitions, ExperimentPasses.picksWinners(plan));
        long t0 = System.nanoTime();
        long start = prepared.extent().horizonStart();
        long end = prepared.extent().horizonEnd();
        ExperimentPasses.Decided decided;
        try {
            decided = ExperimentPasses.run(plan, start, end, winners -> simulate(prepared.context(),
                    prepared.slices(), new Job(json, prepared.model(), settings, start, end, winners),
                    SparkSimulation::simulate, emptyResults(plan, winners, prepared, settings), SimulationResults::merge));
        } finally {
            prepared.release();
        }
        Simulator driver = driverSimulator(plan, decided.winners(), prepared, settings);
        long t1 = System.nanoTime();
        return new SimulationRun(decided.results(), prepared.model(), prepared.extent().customers(),
                prepared.extent().events(), prepared.loadMillis(), prepared.fitMillis(), compileMillis,
                prepared.sliceMillis() + millis(t0, t1), SimulationRun.peakHeap(), partitions, prepared.context().defaultParallelism(), driver);
    }

    /**
     * Runs every customer of {@code source} through {@code journeys} together under {@code rules}, and through each
     * journey alone, as the desktop's {@link PortfolioRun#execute}; the partitions' results merged in their order.
     */
    public static PortfolioRun runPortfolio(SparkSession spark, List<Journey> journeys, PortfolioRules rules,
            CustomerSource source, SimulationSettings settings, int partitions) {
        List<String> json = journeys.stream().map(JourneyJson::toJson).toList();
        for (int j = 0; j < journeys.size(); j++) {
            requireSurvives(journeys.get(j), json.get(j));
        }
        String rulesJson = PortfolioRulesWriter.write(rules);
        Prepared prepared = prepare(spark, source, partitions, false);
        long t0 = System.nanoTime();
        PortfolioJob job = new PortfolioJob(json, rulesJson, prepared.model(), settings,
                prepared.extent().horizonStart(), prepared.extent().horizonEnd());
        PortfolioSimulator driver;
        PortfolioResults results;
        try {
            if (!job.rules().equals(rules)) {
                throw new IllegalArgumentException("the portfolio rules do not survive their JSON unchanged, so the "
                        + "tasks would run other rules than the driver's");
            }
            // the desktop's empty result (the journeys' shapes, the run's period: it needs no customer)
            driver = job.simulator(NO_CUSTOMERS);
            long t1 = System.nanoTime();
            results = simulate(prepared.context(), prepared.slices(), job, SparkSimulation::simulatePortfolio,
                    driver.runPartition(0, 0), PortfolioResults::merge);
            long t2 = System.nanoTime();
            return new PortfolioRun(results, journeys, rules, prepared.model(), prepared.extent().customers(),
                    prepared.extent().events(), prepared.loadMillis(), prepared.fitMillis(), millis(t0, t1),
                    prepared.sliceMillis() + millis(t1, t2), SimulationRun.peakHeap(), partitions, prepared.context().defaultParallelism(),
                    driver);
        } finally {
            prepared.release();
        }
    }

    /**
     * The extent and the model. The slices are kept (memory, spilling to disk) when they are read more than once:
     * by the fit on the executors and the simulate stage, or by several passes, so the source is read and grouped
     * once.
     */
    private static Prepared prepare(SparkSession spark, CustomerSource source, int partitions, boolean passes) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1");
        }
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        long t0 = System.nanoTime();
        // each job is described by its phase, which the progress lines name (SparkProgress)
        context.setJobDescription(ProgressLine.Phase.READ.key());
        CustomerSource.Extent all = source.extent();
        long t1 = System.nanoTime();
        JavaRDD<CustomerSlice> slices = source.partitions(context, partitions);
        if (passes || source.fitsFromSlices()) {
            slices.persist(StorageLevel.MEMORY_AND_DISK());
        }
        long sliced = System.nanoTime();
        context.setJobDescription(ProgressLine.Phase.FIT.key());
        ResponseModel model;
        try {
            model = source.fitModel(context, slices);
        } catch (RuntimeException e) {
            slices.unpersist(false);
            throw e;
        }
        long t2 = System.nanoTime();
        context.setJobDescription(ProgressLine.Phase.SIMULATE.key());
        return new Prepared(context, slices, all, model, millis(t0, t1), millis(sliced, t2), millis(t1, sliced));
    }

    /** One Spark job: {@code task} over every slice, the results merged in partition order into {@code merged}. */
    private static <J extends Serializable, R> R simulate(JavaSparkContext context, JavaRDD<CustomerSlice> slices,
            J job, Task<J, R> task, R merged, BinaryOperator<R> merge) {
        Broadcast<J> broadcast = context.broadcast(job);
        try {
            R all = merged;
            for (R part : slices.map(slice -> task.run(broadcast.value(), slice)).collect()) {
                all = merge.apply(all, part);
            }
            return all;
        } finally {
            broadcast.destroy();
        }
    }

    /** What a task does with one slice. */
    @FunctionalInterface
    interface Task<J, R> extends Serializable {
        R run(J job, CustomerSlice slice);
    }

    /** One slice's customers run by the desktop engine over the whole data set's horizon. */
    static SimulationResults simulate(Job job, CustomerSlice slice) {
        CustomerData data = slice.toCustomerData();
        return new Simulator(job.plan(), data, job.model(), job.settings())
                .withHorizon(job.horizonStart(), job.horizonEnd()).runPartition(0, data.size());
    }

    /** One slice's customers run through the portfolio and each journey alone over the whole data set's horizon. */
    static PortfolioResults simulatePortfolio(PortfolioJob job, CustomerSlice slice) {
        CustomerData data = slice.toCustomerData();
        return job.simulator(data).runPartition(0, data.size());
    }

    /** The desktop's empty result of a pass: the journey's shape and the run's period, no customer. */
    private static SimulationResults emptyResults(JourneyPlan plan, List<ExperimentWinner> winners, Prepared prepared,
            SimulationSettings settings) {
        return driverSimulator(plan, winners, prepared, settings).runPartition(0, 0);
    }

    private static Simulator driverSimulator(JourneyPlan plan, List<ExperimentWinner> winners, Prepared prepared,
            SimulationSettings settings) {
        JourneyPlan pass = winners.isEmpty() ? plan : plan.withExperimentWinners(winners);
        return new Simulator(pass, NO_CUSTOMERS, prepared.model(), settings)
                .withHorizon(prepared.extent().horizonStart(), prepared.extent().horizonEnd());
    }

    private static void requireSurvives(Journey journey, String json) {
        if (!parse(json).equals(journey)) {
            throw new IllegalArgumentException("the journey " + journey.id() + " does not survive its JSON "
                    + "unchanged, so the tasks would run another journey than the driver's");
        }
    }

    private static Journey parse(String json) {
        try {
            return JourneyJson.parse(json);
        } catch (JourneyFormatException e) {
            throw new IllegalStateException("the driver's own journey JSON cannot be read back", e);
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
