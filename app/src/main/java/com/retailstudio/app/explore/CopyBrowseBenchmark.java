package com.retailstudio.app.explore;

import com.retailstudio.data.architecture.AllowedToUseStandardStreams;
import com.retailstudio.data.columnar.ColumnarDataSet;
import com.retailstudio.data.columnar.ColumnarRows;
import com.retailstudio.data.columnar.RowBlock;
import com.retailstudio.data.columnar.RowFilter;
import com.retailstudio.data.columnar.RowQuery;
import com.retailstudio.data.io.DataFile;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Times Browse and Customer on an imported copy (docs/benchmarks.md, "Data explorer"): the first rows of events and
 * customers, windows anywhere in the file, a filter and a sort over every row, and customer look-ups. Argument: the
 * copy's folder ({@code W/datasets/parquet-…}, made by {@code retail-studio data import}).
 */
@AllowedToUseStandardStreams("a measurement main: it prints the browse figures docs/benchmarks.md quotes")
public final class CopyBrowseBenchmark {

    private static final int WINDOW = 256;

    private CopyBrowseBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        System.out.printf("Load average at start: %.2f%n", loadAverage());
        long start = System.nanoTime();
        ColumnarDataSet copy = ColumnarDataSet.open(folder);
        try (ColumnarRows events = ColumnarRows.of(copy, DataFile.EVENTS)) {
            RowBlock first = events.read(0, WINDOW);
            System.out.printf("events: %,d rows; first %d rows shown %s after opening the copy%n", events.rows(),
                    first.size(), millis(start));
            Random random = new Random(19);
            StringBuilder jumps = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                cpuSince();
                long at = (long) (random.nextDouble() * (events.rows() - WINDOW));
                long jump = System.nanoTime();
                events.read(at, WINDOW);
                jumps.append(i == 0 ? "" : ", ").append(millis(jump));
            }
            System.out.printf("a window of %d rows at 8 random places: %s%n", WINDOW, jumps);

            cpuSince();
            start = System.nanoTime();
            RowQuery.Result purchases = new RowQuery(List.of(new RowFilter("event_type", RowFilter.Operator.EQUALS,
                    "purchase")), Optional.empty()).run(events, share -> { }, () -> false);
            System.out.printf("filter event_type = purchase over every row: %,d kept in %s%n", purchases.matched(),
                    seconds(start));
            cpuSince();
            start = System.nanoTime();
            RowQuery.Result latest = new RowQuery(List.of(), Optional.of(new RowQuery.SortKey("timestamp", false)))
                    .run(events, share -> { }, () -> false);
            System.out.printf("sort by timestamp descending: first %,d of %,d kept, and read, in %s%n", latest.order().size(),
                    latest.matched(), seconds(start));
        }
        cpuSince();
        start = System.nanoTime();
        try (ColumnarRows customers = ColumnarRows.of(copy, DataFile.CUSTOMERS)) {
            customers.read(0, WINDOW);
            System.out.printf("customers: %,d rows; first %d rows in %s%n", customers.rows(), WINDOW, millis(start));
        }
        for (String id : List.of("C00000001", "C00500000", "C01000000")) {
            cpuSince();
            start = System.nanoTime();
            CustomerRecord record = CopyCustomerLookup.find(copy, id, () -> false);
            System.out.printf("look-up of %s: %d consents, %d events, %d basket lines in %s%n", id,
                    record.consents().rowCount(), record.events().rowCount(), record.baskets().rowCount(),
                    millis(start));
        }
        System.out.printf("Load average at end: %.2f; heap used %,d MiB%n", loadAverage(),
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }

    private static long lastCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();

    /** Wall-clock milliseconds since {@code start}, and the CPU milliseconds used since the last figure. */
    private static String millis(long start) {
        return String.format("%.0f ms (%.0f ms CPU)", (System.nanoTime() - start) / 1e6, cpuSince() * 1e3);
    }

    private static String seconds(long start) {
        return String.format("%.2f s (%.2f s CPU)", (System.nanoTime() - start) / 1e9, cpuSince());
    }

    private static double cpuSince() {
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        double used = (cpu - lastCpu) / 1e9;
        lastCpu = cpu;
        return used;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
