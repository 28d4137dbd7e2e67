package com.retailstudio.simulator.engine;

import com.retailstudio.data.io.DataSetLoader;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark (a main in the test sources): loads a data folder once, then times the response model's fit before this
 * change ({@link ResponseModelFitterOracle}: a String map of message ids, a zone-rules look-up per send, one thread)
 * and after it on 1 thread and on each thread count asked for, printing wall and CPU time and the machine's load
 * average beside every figure, and checks that every fit gives the oracle's model bit for bit. Arguments: {@code DIR [runs [threads...]]}
 * (default 3 runs, threads 1 and the number of processors).
 */
public final class FitBenchmark {
    private FitBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Integer> threads = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            threads.add(Integer.parseInt(args[i]));
        }
        if (threads.isEmpty()) {
            threads.add(1);
            threads.add(Runtime.getRuntime().availableProcessors());
        }
        long t0 = System.nanoTime();
        CustomerData data = CustomerData.of(DataSetLoader.load(folder));
        System.out.printf(Locale.ROOT, "%s: %,d customers, %,d events, loaded in %.1f s (load %s)%n", folder,
                data.size(), data.eventCount(), (System.nanoTime() - t0) / 1e9, load());
        ResponseModel expected = null;
        for (int run = 1; run <= runs; run++) {
            long s = System.nanoTime();
            long cpu = processCpuNanos();
            ResponseModel before = ResponseModelFitterOracle.fit(data);
            print(run, "before (String map, zone rules per send, 1 thread)", s, cpu);
            if (expected == null) {
                expected = before;
            }
            FitEquivalenceTest.assertSameModel(expected, before, "before, run " + run);
            for (int t : threads) {
                s = System.nanoTime();
                cpu = processCpuNanos();
                ResponseModel after = ResponseModelFitter.fit(data, t);
                print(run, "after, " + t + " thread" + (t == 1 ? "" : "s"), s, cpu);
                FitEquivalenceTest.assertSameModel(expected, after, "after on " + t + " threads, run " + run);
            }
        }
        System.out.println("every fit gave the same model, bit for bit");
    }

    private static void print(int run, String what, long start, long cpuStart) throws IOException {
        System.out.printf(Locale.ROOT, "run %d  %-52s %7.3f s wall %7.3f s CPU   load %s%n", run, what,
                (System.nanoTime() - start) / 1e9, (processCpuNanos() - cpuStart) / 1e9, load());
    }

    /** CPU time of the whole process (every thread, the collector's too), which other jobs on the machine slow less. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean()
                instanceof OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    /** The 1, 5 and 15 minute load averages, as {@code uptime} prints them. */
    private static String load() throws IOException {
        String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
        return f[0] + ", " + f[1] + ", " + f[2];
    }
}
