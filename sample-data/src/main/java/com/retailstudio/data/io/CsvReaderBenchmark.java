package com.retailstudio.data.io;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.retailstudio.data.architecture.AllowedToUseStandardStreams;
import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Measures the strict reader on one data set's {@code events.csv} beside two yardsticks, in one run on the same file:
 * Jackson's CSV tokenizer alone (every token, no checks, no records) and Python's {@code csv} module (a subprocess
 * that reads every row). The validating reader checks references against the folder's customers and products, so
 * those are read first (untimed). Each reader runs {@code runs} times (default 3) after a warm-up; the best run counts,
 * because on a shared machine the slower runs measure the neighbours. Beside wall-clock MB/s it prints MB per CPU
 * second (the process's CPU time, JIT and GC threads included; Python's {@code time.process_time()}), which stays
 * comparable when other jobs share the cores.
 * Arguments: {@code DATA_DIR [runs]}.
 */
@AllowedToUseStandardStreams("a benchmark main: it prints its figures")
public final class CsvReaderBenchmark {

    private static final String PYTHON_CSV = String.join("\n",
            "import csv, sys, time",
            "start = time.perf_counter()",
            "cpu = time.process_time()",
            "rows = 0",
            "with open(sys.argv[1], newline='', encoding='utf-8') as f:",
            "    for row in csv.reader(f):",
            "        rows += 1",
            "print(rows, time.perf_counter() - start, time.process_time() - cpu)");

    private CsvReaderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: CsvReaderBenchmark DATA_DIR [runs]");
            System.exit(2);
        }
        compareReaders(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 3, System.out);
    }

    /** Times the three readers on {@code folder}'s events.csv, each {@code runs} times, and prints the best runs. */
    public static void compareReaders(Path folder, int runs, PrintStream out) throws IOException, InterruptedException {
        Path events = folder.resolve(DataFile.EVENTS.fileName());
        double megabytes = Files.size(events) / 1e6;
        out.printf(Locale.ROOT, "events.csv: %.1f MB, %d cores, JDK %s%n", megabytes,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        ReferenceIndex references = loadReferences(folder);
        out.printf(Locale.ROOT, "references: %,d customers, %,d products%n",
                references.count(Reference.CUSTOMER), references.count(Reference.PRODUCT));

        tokenize(events);
        validate(events, references);
        double[] bestTokenizer = {Double.MAX_VALUE, Double.MAX_VALUE};
        double[] bestValidating = {Double.MAX_VALUE, Double.MAX_VALUE};
        long rows = 0;
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            long cpu = processCpuNanos();
            long tokens = tokenize(events);
            double tokenizer = (System.nanoTime() - start) / 1e9;
            double tokenizerCpu = (processCpuNanos() - cpu) / 1e9;
            start = System.nanoTime();
            cpu = processCpuNanos();
            rows = validate(events, references);
            double validating = (System.nanoTime() - start) / 1e9;
            double validatingCpu = (processCpuNanos() - cpu) / 1e9;
            out.printf(Locale.ROOT, "run %d: Jackson tokenizer %.2f s (%.2f CPU s, %,d tokens), validating reader %.2f s (%.2f CPU s, %,d rows)%n",
                    run, tokenizer, tokenizerCpu, tokens, validating, validatingCpu, rows);
            keepBest(bestTokenizer, tokenizer, tokenizerCpu);
            keepBest(bestValidating, validating, validatingCpu);
        }
        double[] python = python(events, runs, out);

        out.println();
        out.printf(Locale.ROOT, "%-40s %9s %13s%n", "best of " + runs + " on " + DataFile.EVENTS.fileName(), "MB/s", "MB per CPU s");
        out.printf(Locale.ROOT, "%-40s %9.1f %13.1f   (%,.0f rows/s)%n", "validating reader (DataReaders.events)",
                megabytes / bestValidating[0], megabytes / bestValidating[1], rows / bestValidating[0]);
        out.printf(Locale.ROOT, "%-40s %9.1f %13.1f%n", "Jackson CSV tokenizer alone",
                megabytes / bestTokenizer[0], megabytes / bestTokenizer[1]);
        if (python != null) {
            out.printf(Locale.ROOT, "%-40s %9.1f %13.1f%n", "Python csv module (" + pythonVersion() + ")",
                    megabytes / python[0], megabytes / python[1]);
        } else {
            out.printf(Locale.ROOT, "%-40s %9s%n", "Python csv module", "n/a");
        }
        out.printf(Locale.ROOT, "load average %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Stores, products and customers into an index with references checked, as a whole-folder scan does first. */
    private static ReferenceIndex loadReferences(Path folder) {
        ReferenceIndex references = ReferenceIndex.empty();
        try (var products = DataReaders.products(folder.resolve(DataFile.PRODUCTS.fileName()))) {
            products.forEach(p -> references.add(Reference.PRODUCT, p.productId()));
        }
        references.markLoaded(Reference.PRODUCT);
        try (var customers = DataReaders.customers(folder.resolve(DataFile.CUSTOMERS.fileName()))) {
            customers.forEach(c -> references.add(Reference.CUSTOMER, c.customerId()));
        }
        references.markLoaded(Reference.CUSTOMER);
        return references;
    }

    /** Every token of the file through Jackson's CSV parser, set up as the strict reader used it before (one record array each). */
    private static long tokenize(Path file) throws IOException {
        CsvFactory factory = new CsvFactory();
        long tokens = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8));
                CsvParser parser = factory.createParser(reader)) {
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            parser.setSchema(CsvSchema.emptySchema());
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.VALUE_STRING) {
                    tokens++;
                }
            }
        }
        return tokens;
    }

    private static long validate(Path file, ReferenceIndex references) {
        long[] rows = {0};
        try (var events = DataReaders.events(file, references)) {
            events.forEach(e -> rows[0]++);
        }
        return rows[0];
    }

    /** Keeps the shortest wall time and, separately, the smallest CPU time seen. */
    private static void keepBest(double[] best, double seconds, double cpuSeconds) {
        best[0] = Math.min(best[0], seconds);
        best[1] = Math.min(best[1], cpuSeconds);
    }

    /** CPU time of the whole process (JIT and GC threads included), which a busy machine inflates far less than wall time. */
    public static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean()
                instanceof OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** Best wall and CPU seconds of {@code runs} Python runs, or null when python3 is not available. */
    private static double[] python(Path file, int runs, PrintStream out) throws InterruptedException {
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
        for (int run = 1; run <= runs; run++) {
            try {
                Process process = new ProcessBuilder("python3", "-c", PYTHON_CSV, file.toString())
                        .redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                    out.println("python3 failed: " + output);
                    return null;
                }
                String[] parts = output.split("\\s+");
                double seconds = Double.parseDouble(parts[1]);
                double cpuSeconds = Double.parseDouble(parts[2]);
                out.printf(Locale.ROOT, "run %d: Python csv %.2f s (%.2f CPU s, %s rows incl. header)%n", run, seconds,
                        cpuSeconds, parts[0]);
                keepBest(best, seconds, cpuSeconds);
            } catch (IOException e) {
                out.println("python3 not available: " + e.getMessage());
                return null;
            }
        }
        return best;
    }

    private static String pythonVersion() {
        try {
            Process process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            process.waitFor();
            return version;
        } catch (IOException | InterruptedException e) {
            return "python3";
        }
    }
}
