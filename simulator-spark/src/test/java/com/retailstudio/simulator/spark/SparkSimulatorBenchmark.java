package com.retailstudio.simulator.spark;

import com.retailstudio.data.generate.DataGenerator;
import com.retailstudio.data.generate.GenerationProgress;
import com.retailstudio.data.generate.GeneratorConfig;
import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.simulator.engine.BenchmarkJourney;
import com.retailstudio.simulator.engine.CustomerData;
import com.retailstudio.simulator.engine.ResponseModelFitter;
import com.retailstudio.simulator.engine.SimulationRun;
import com.retailstudio.simulator.io.SimulationReportJson;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.SimulationSettings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

/**
 * Benchmark (a main in the test sources): the desktop engine and Spark local mode on the same data in the same JVM.
 * Loads a data set once, runs the 12-node {@link BenchmarkJourney} on the desktop engine (2 partitions, 2 threads),
 * then on Spark {@code local[N]} with each partition count, and prints per configuration the simulate stage's wall
 * time (for Spark: slicing the customers, broadcasting, the job and the merge), events per second, seconds per
 * million customers, the peak heap of the configuration's runs and the ratio to the desktop; then the broadcast's
 * size (journey JSON + fitted model + settings) and the bytes of customer slices shipped to the tasks. Every Spark
 * report is checked against the desktop's. Arguments: {@code DIR} or {@code --customers N} (generated into
 * {@code /tmp/spark-bench-N}, kept for the next run), {@code --master local[2]}, {@code --partitions 1,2,4},
 * {@code --runs 3}.
 */
public final class SparkSimulatorBenchmark {
    private SparkSimulatorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = null;
        int customers = 0;
        String master = "local[2]";
        int[] partitionCounts = {1, 2, 4};
        int runs = 3;
        boolean parquet = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--customers" -> customers = Integer.parseInt(args[++i]);
                case "--master" -> master = args[++i];
                case "--partitions" -> partitionCounts = Arrays.stream(args[++i].split(","))
                        .mapToInt(Integer::parseInt).toArray();
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--parquet" -> parquet = true;
                default -> folder = Path.of(args[i]);
            }
        }
        if (folder == null) {
            folder = Path.of("/tmp/spark-bench-" + customers);
            if (!Files.isRegularFile(folder.resolve("events.csv"))) {
                Files.createDirectories(folder);
                DataGenerator.generate(GeneratorConfig.defaults().withCustomers(customers), folder,
                        GenerationProgress.NONE);
            }
        }
        long t0 = System.nanoTime();
        CustomerData data = CustomerData.of(DataSetLoader.load(folder));
        long loadMillis = (System.nanoTime() - t0) / 1_000_000;
        System.gc();
        long dataHeap = usedHeap();
        Journey journey = BenchmarkJourney.cartRecovery();
        SimulationSettings settings = SimulationSettings.defaults(42);
        System.out.printf(Locale.ROOT, "data: %,d customers, %,d events, load %,d ms, heap with data %,d MiB; "
                        + "load average %.1f%n", data.size(), data.eventCount(), loadMillis, dataHeap >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        resetPeaks();
        String desktop = null;
        long[] desktopMillis = new long[runs];
        for (int r = 0; r < runs; r++) {
            SimulationRun run = SimulationRun.execute(journey, data, settings, 2, 2, 0);
            desktopMillis[r] = run.simulateMillis();
            desktop = SimulationReportJson.findings(SimulationReportJson.toJson(journey, settings, run));
        }
        long desktopMedian = report("desktop engine, 2 partitions / 2 threads", data, desktopMillis, dataHeap, 0);

        SparkSession spark = SparkLocal.session(master);
        ShuffleBytes shuffle = new ShuffleBytes();
        spark.sparkContext().addSparkListener(shuffle);
        Path columnar = parquet ? ImportedCopy.of(folder, Path.of(folder + "-datasets")) : null;
        try {
            for (int partitions : partitionCounts) {
                System.gc();
                resetPeaks();
                long[] millis = new long[runs];
                for (int r = 0; r < runs; r++) {
                    shuffle.bytes.set(0);
                    CustomerSource source = parquet ? new ParquetCustomers(spark, columnar.toUri().toString())
                            : DriverLoadedCustomers.of(data);
                    SimulationRun run = SparkSimulation.run(spark, journey, source, settings, partitions);
                    millis[r] = run.simulateMillis();
                    // outside the simulate stage: the driver's extent (a CSV folder: already loaded) and the fit
                    // (from Parquet: a Spark job counting on the executors)
                    System.out.printf("  run %d: extent %d ms, fit %d ms, simulate %d ms%n", r + 1, run.loadMillis(),
                            run.fitMillis(), run.simulateMillis());
                    String findings = SimulationReportJson.findings(SimulationReportJson.toJson(journey, settings,
                            run));
                    if (!findings.equals(desktop)) {
                        throw new AssertionError("Spark's report differs from the desktop's at " + partitions
                                + " partitions");
                    }
                }
                report("Spark " + master + ", " + partitions + " partitions" + (parquet ? " from Parquet (shuffle "
                        + (shuffle.bytes.get() >> 20) + " MiB written)" : ""), data, millis, dataHeap, desktopMedian);
            }
        } finally {
            spark.stop();
        }
        SparkSimulation.Job job = new SparkSimulation.Job(JourneyJson.toJson(journey), ResponseModelFitter.fit(data),
                settings, data.horizonStart(), data.horizonEnd(), List.of());
        // where a task's time goes, one phase after another on one thread
        long p0 = System.nanoTime();
        List<CustomerSlice> parts = DriverLoadedCustomers.slices(data, 4);
        long p1 = System.nanoTime();
        List<byte[]> shipped = new ArrayList<>();
        long slices = 0;
        for (CustomerSlice slice : parts) {
            shipped.add(serialized(slice));
            slices += shipped.get(shipped.size() - 1).length;
        }
        long p2 = System.nanoTime();
        List<CustomerSlice> received = new ArrayList<>();
        for (byte[] bytes : shipped) {
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
                received.add((CustomerSlice) in.readObject());
            }
        }
        long p3 = System.nanoTime();
        List<CustomerData> rebuilt = new ArrayList<>();
        for (CustomerSlice slice : received) {
            rebuilt.add(slice.toCustomerData());
        }
        long p4 = System.nanoTime();
        List<SimulationResults> results = new ArrayList<>();
        for (CustomerSlice slice : received) {
            results.add(SparkSimulation.simulate(job, slice));
        }
        long p5 = System.nanoTime();
        System.out.printf(Locale.ROOT, "one thread, 4 slices: slicing %,d ms, serialising %,d ms, reading back %,d ms, "
                        + "rebuilding the engine's columns %,d ms, rebuilding + simulating %,d ms (%s)%n",
                (p1 - p0) / 1_000_000, (p2 - p1) / 1_000_000, (p3 - p2) / 1_000_000, (p4 - p3) / 1_000_000,
                (p5 - p4) / 1_000_000, results.size() + " results");
        System.out.printf(Locale.ROOT, "broadcast (journey JSON %,d chars + model + settings): %,d bytes; customer "
                        + "slices shipped to tasks: %,d bytes (%.0f bytes per event); reports equal the desktop's%n",
                job.journeyJson().length(), serialized(job).length, slices, (double) slices / data.eventCount());
    }

    private static long report(String what, CustomerData data, long[] millis, long dataHeap, long desktopMedian) {
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        long median = sorted[sorted.length / 2];
        System.out.printf(Locale.ROOT, "%s: simulate %s ms, median %,d ms = %,.0f events/s, %.2f s per million "
                        + "customers; peak heap %,d MiB (data %,d MiB)%s%n", what, Arrays.toString(millis), median,
                data.eventCount() * 1000.0 / Math.max(1, median), median / 1000.0 * 1_000_000 / data.size(),
                peakHeap() >> 20, dataHeap >> 20,
                desktopMedian == 0 ? "" : String.format(Locale.ROOT, "; %.1f × the desktop", (double) median
                        / Math.max(1, desktopMedian)));
        return median;
    }

    static byte[] serialized(Serializable value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    private static long usedHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : heapPools()) {
            sum += pool.getUsage().getUsed();
        }
        return sum;
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : heapPools()) {
            sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        List<MemoryPoolMXBean> pools = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pools.add(pool);
            }
        }
        return pools;
    }

    /** Adds up the shuffle bytes the tasks wrote (the Parquet source's one cogroup). */
    static final class ShuffleBytes extends SparkListener {
        final AtomicLong bytes = new AtomicLong();

        @Override
        public void onTaskEnd(SparkListenerTaskEnd end) {
            if (end.taskMetrics() != null) {
                bytes.addAndGet(end.taskMetrics().shuffleWriteMetrics().bytesWritten());
            }
        }
    }
}
