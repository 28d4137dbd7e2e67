package com.retailstudio.data.generate;

import com.retailstudio.data.architecture.AllowedToUseStandardStreams;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Measures generation throughput: generates a data set (200,000 customers unless told otherwise) into a temporary
 * folder, prints rows written, seconds and event rows per second, then deletes the folder.
 * Arguments: [customers] [days].
 */
@AllowedToUseStandardStreams("a benchmark main: it prints its figures")
public final class GeneratorBenchmark {

    private GeneratorBenchmark() {
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean()
                instanceof OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** Seconds spent in each phase, a phase being a progress message up to its first parenthesis. */
    private static final class PhaseTimer implements GenerationProgress {
        final Map<String, Double> seconds = new LinkedHashMap<>();
        private String phase;
        private long since;

        PhaseTimer(long start) {
            since = start;
        }

        @Override
        public void update(double fraction, String message) {
            String name = message.contains(" (") ? message.substring(0, message.indexOf(" (")) : message;
            if (!name.equals(phase)) {
                finish(System.nanoTime());
                phase = name;
            }
        }

        void finish(long now) {
            if (phase != null && !phase.startsWith("Data set written")) {
                seconds.merge(phase, (now - since) / 1e9, Double::sum);
            }
            since = now;
        }
    }

    public static void main(String[] args) throws IOException {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : GeneratorConfig.DEFAULT_DAYS;
        GeneratorConfig config = GeneratorConfig.defaults().withCustomers(customers).withDays(days);
        PrintStream out = System.out;
        Path temp = Files.createTempDirectory("retail-studio-benchmark-");
        try {
            // a small warm-up run so the JIT has compiled the hot loops before timing
            DataGenerator.generate(config.withCustomers(Math.min(customers, 20_000)), temp.resolve("warm-up"),
                    GenerationProgress.NONE);
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            PhaseTimer phases = new PhaseTimer(start);
            GenerationReport report = DataGenerator.generate(config, temp.resolve("data"), phases);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            phases.finish(System.nanoTime());
            long bytes = 0;
            try (var files = Files.list(report.outDir())) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    bytes += Files.size(f);
                }
            }
            out.printf(Locale.ROOT, "customers=%d days=%d%n", customers, days);
            report.rowsPerFile().entrySet()
                    .forEach(e -> out.printf(Locale.ROOT, "  %-18s %,12d rows%n", e.getKey(), e.getValue()));
            out.printf(Locale.ROOT, "events written: %,d%n", report.eventRows());
            out.printf(Locale.ROOT, "all rows written: %,d (%.1f MB)%n", report.totalRows(), bytes / 1e6);
            out.printf(Locale.ROOT, "seconds: %.2f%n", seconds);
            out.printf(Locale.ROOT, "event rows/second: %,.0f%n", report.eventRows() / seconds);
            out.printf(Locale.ROOT, "all rows/second: %,.0f%n", report.totalRows() / seconds);
            out.printf(Locale.ROOT, "cpu seconds (all threads): %.2f, load average at the end: %.2f, cores: %d%n",
                    cpuSeconds, ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
            out.printf(Locale.ROOT, "max heap: %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
            out.println("phases:");
            phases.seconds.forEach((phase, s) -> out.printf(Locale.ROOT, "  %-36s %6.2f s%n", phase, s));
        } finally {
            DataGenerator.deleteRecursively(temp);
        }
    }
}
