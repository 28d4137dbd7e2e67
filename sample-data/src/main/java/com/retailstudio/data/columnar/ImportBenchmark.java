package com.retailstudio.data.columnar;

import com.retailstudio.data.io.CsvReaderBenchmark;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import com.retailstudio.data.architecture.AllowedToUseStandardStreams;

/**
 * Measures the first import of a data set folder as {@code retail-studio data import} runs it (validate and convert,
 * in a fresh JVM, without the SHA-256 fingerprint of the folder), once per thread count asked for, each into a
 * temporary folder deleted afterwards; then, in the same run, the validating reader's MB/s beside Jackson's tokenizer
 * and Python's {@code csv} module on the folder's events.csv ({@link CsvReaderBenchmark}). Prints wall and CPU
 * seconds, rows per second, the collector's count and time, peak RSS and the load average.
 * Arguments: {@code DATA_DIR [threads,…] [reader runs]}, default the processor count and 1 reader run (0 skips the
 * reader comparison).
 */
@AllowedToUseStandardStreams("a measurement main: it prints the import figures docs/benchmarks.md quotes")
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 1) {
            System.err.println("usage: ImportBenchmark DATA_DIR [threads,...] [reader runs]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        int[] threadCounts = args.length > 1
                ? Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {ColumnarImport.defaultThreads()};
        int readerRuns = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "%s: %.1f MB of CSV, %d cores, JDK %s, max heap %,d MiB, load average %.2f%n", folder,
                csvBytes(folder) / 1e6, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, loadAverage());
        for (int threads : threadCounts) {
            importOnce(folder, threads, out);
        }
        out.printf(Locale.ROOT, "peak RSS of the process after the imports: %s%n", peakRss());
        if (readerRuns > 0) {
            out.println();
            CsvReaderBenchmark.compareReaders(folder, readerRuns, out);
        }
    }

    private static void importOnce(Path folder, int threads, PrintStream out) throws IOException {
        Path datasets = Files.createTempDirectory("retail-studio-import-benchmark-");
        try {
            long gcCount = gcCount();
            long gcMillis = gcMillis();
            double load = loadAverage();
            long cpu = CsvReaderBenchmark.processCpuNanos();
            long start = System.nanoTime();
            ColumnarDataSet imported = ColumnarImport.importFolder(folder, datasets, () -> "benchmark", ImportListener.NONE,
                    Clock.systemUTC(), ColumnarImport.CUSTOMERS_PER_PARTITION, threads);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (CsvReaderBenchmark.processCpuNanos() - cpu) / 1e9;
            long rows = imported.manifest().rows().values().stream().mapToLong(Long::longValue).sum();
            out.printf(Locale.ROOT, "import on %d thread%s: %.1f s wall, %.1f CPU s, %,d rows (%,.0f rows/s), "
                            + "%d partitions, %.1f MB of Parquet, %d collections taking %.1f s, load average %.2f -> %.2f%n",
                    threads, threads == 1 ? "" : "s", seconds, cpuSeconds, rows, rows / seconds,
                    imported.manifest().partitions(), treeBytes(imported.folder()) / 1e6, gcCount() - gcCount,
                    (gcMillis() - gcMillis) / 1e3, load, loadAverage());
        } finally {
            ColumnarImport.deleteTree(datasets);
        }
    }

    private static long csvBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv")).mapToLong(ImportBenchmark::size).sum();
        }
    }

    private static long treeBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(ImportBenchmark::size).sum();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** The process's peak resident set ({@code VmHWM} of /proc/self/status), or "n/a" where there is none. */
    private static String peakRss() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(l -> l.startsWith("VmHWM:")).map(l -> l.substring(6).trim()).findFirst().orElse("n/a");
        } catch (IOException e) {
            return "n/a";
        }
    }
}
