package com.retailstudio.app.explore;

import com.retailstudio.data.generate.DataGenerator;
import com.retailstudio.data.generate.GenerationProgress;
import com.retailstudio.data.generate.GeneratorConfig;
import com.retailstudio.data.io.DataFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import tech.tablesaw.api.Table;
import com.retailstudio.data.architecture.AllowedToUseStandardStreams;

/**
 * Times the Data explorer's first results at scale (docs/benchmarks.md, "Data explorer"): the profile of events.csv
 * at 1 M customers, paging and a customer look-up in it, and a pivot of weekly sales at 2,000 products × 10 stores
 * × 52 weeks. Arguments: {@code [events-folder]} — a data-set folder to read events from; without it, 1,000,000
 * customers are generated into a temporary folder (about 2 GB, deleted at the end).
 */
@AllowedToUseStandardStreams("a measurement main: it prints the explorer figures docs/benchmarks.md quotes")
public final class ExplorerBenchmark {

    private static final int PRODUCTS = 2_000;
    private static final int STORES = 10;
    private static final int WEEKS = 52;

    private static long lastCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();

    private ExplorerBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path scratch = Files.createTempDirectory("retail-studio-explorer-benchmark");
        try {
            Path events = args.length > 0 ? Path.of(args[0]) : generated(scratch.resolve("events"));
            System.out.printf("Load average at start: %.2f%n", loadAverage());
            seconds(System.nanoTime());
            long start = System.nanoTime();
            FileProfile profile = ColumnProfiler.profile(events, DataFile.EVENTS, 1_000_000);
            System.out.printf("Profile of events.csv (first %,d rows%s): %s to first result%n",
                    profile.rowsProfiled(), profile.wholeFile() ? ", the whole file" : "", seconds(start));

            start = System.nanoTime();
            CsvPages pages = CsvPages.index(events, DataFile.EVENTS, CsvPages.DEFAULT_PAGE_ROWS, share -> { },
                    () -> false);
            System.out.printf("Browse events.csv: %,d rows indexed in %s", pages.rows(), seconds(start));
            start = System.nanoTime();
            Table middle = pages.page(pages.pages() / 2);
            System.out.printf("; a page of %,d rows from the middle in %s%n", middle.rowCount(), seconds(start));

            String customer = middle.getString(0, "customer_id");
            start = System.nanoTime();
            CustomerRecord record = CustomerLookup.find(events, customer, () -> false);
            System.out.printf("Look-up of %s across the files: %d events, %d consents in %s%n", customer,
                    record.events().rowCount(), record.consents().rowCount(), seconds(start));

            Path sales = weeklySales(scratch.resolve("sales"));
            seconds(System.nanoTime());
            start = System.nanoTime();
            Table source = PivotSource.load(sales, DataFile.SALES_WEEKLY);
            String loaded = seconds(start);
            long pivotStart = System.nanoTime();
            Table pivot = Pivots.pivot(source, new PivotRequest("sales_weekly", "category", Optional.of("week"),
                    "units", Aggregation.SUM));
            String pivoted = seconds(pivotStart);
            System.out.printf("Pivot of weekly sales (%,d rows: %,d products × %d stores × %d weeks), units by "
                            + "category × week: %.2f s to first result (reading and joining %s, pivoting %s); "
                            + "%d × %d%n", source.rowCount(), PRODUCTS, STORES, WEEKS,
                    (System.nanoTime() - start) / 1e9, loaded, pivoted, pivot.rowCount(), pivot.columnCount() - 1);
            System.out.printf("Load average at end: %.2f; heap used %,d MiB%n", loadAverage(),
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        } finally {
            delete(scratch);
        }
    }

    private static Path generated(Path folder) throws IOException {
        System.out.println("Generating 1,000,000 customers (90 days) into " + folder + " …");
        DataGenerator.generate(GeneratorConfig.defaults().withCustomers(1_000_000), folder, GenerationProgress.NONE);
        return folder;
    }

    /** Products and stores from the generator, and a full 52 weeks of sales for every product in every store. */
    private static Path weeklySales(Path folder) throws IOException {
        DataGenerator.generate(GeneratorConfig.defaults().withCustomers(100).withDays(7).withProducts(PRODUCTS)
                .withStores(STORES), folder, GenerationProgress.NONE);
        LocalDate firstWeek = LocalDate.of(2025, 12, 1);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(folder.resolve("sales_weekly.csv"),
                StandardCharsets.UTF_8))) {
            out.println(String.join(",", DataFile.SALES_WEEKLY.columnNames()));
            for (int store = 1; store <= STORES; store++) {
                for (int product = 1; product <= PRODUCTS; product++) {
                    for (int week = 0; week < WEEKS; week++) {
                        int units = (product * 7 + store * 3 + week) % 23;
                        out.printf("S%03d,P%05d,%s,9.99,%d,%d%n", store, product, firstWeek.plusWeeks(week), units,
                                units + 40);
                    }
                }
            }
        }
        return folder;
    }

    /** Wall-clock seconds since {@code start}, and the CPU seconds the main thread used since the last call. */
    private static String seconds(long start) {
        double wall = (System.nanoTime() - start) / 1e9;
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        double used = (cpu - lastCpu) / 1e9;
        lastCpu = cpu;
        return String.format("%.2f s (%.2f s CPU)", wall, used);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
