package com.retailstudio.app.cli;

import com.retailstudio.layout.engine.KernelDensity;
import com.retailstudio.layout.engine.LayoutData;
import com.retailstudio.layout.engine.StoreAnalysis;
import com.retailstudio.layout.engine.StoreTraffic;
import com.retailstudio.layout.engine.TrafficReplicator;
import com.retailstudio.layout.engine.WalkingPathFinder;
import com.retailstudio.layout.io.LayoutDataReader;
import com.retailstudio.layout.model.Daypart;
import com.retailstudio.layout.model.DensityGrid;
import com.retailstudio.layout.model.TimeFilter;
import com.retailstudio.layout.model.WalkingPaths;
import com.retailstudio.layout.model.ZoneMetricsSettings;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures the layout viewer's interactive paths on a million readings: the traffic heatmap, and switching daypart
 * (heatmap plus zone metrics for the new filter). Prints median and worst times.
 */
@Command(name = "benchmark-layout", mixinStandardHelpOptions = true,
        description = "Measure the heatmap from a million foot-traffic readings and switching daypart, and print them.")
final class LayoutBenchmarkCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataFolderOption data;

    @Option(names = "--store", defaultValue = "S001", paramLabel = "ID", description = "Store whose plan and visits "
            + "are replicated (default: ${DEFAULT-VALUE}).")
    private String store;

    @Option(names = "--readings", defaultValue = "1000000", description = "Readings to measure on (default: "
            + "${DEFAULT-VALUE}).")
    private int readings;

    @Option(names = "--runs", defaultValue = "15", description = "Measured runs of each step (default: "
            + "${DEFAULT-VALUE}).")
    private int runs;

    @Override
    public Integer call() {
        if (readings < 1 || runs < 1) {
            throw new CommandFailure("--readings and --runs must be at least 1.");
        }
        LayoutData layout = LayoutDataReader.read(data.resolve());
        if (layout.plan(store).isEmpty()) {
            throw new CommandFailure("Store " + store + " is not in the data set; valid store ids are "
                    + String.join(", ", layout.storeIds()) + ".");
        }
        PrintWriter out = spec.commandLine().getOut();
        long built = System.nanoTime();
        StoreTraffic traffic = TrafficReplicator.replicate(layout.traffic().get(store), readings, 7);
        out.printf(Locale.ROOT, "readings: %,d in %,d visits (replicated from store %s in %.0f ms)%n",
                traffic.readingCount(), traffic.visitCount(), store, (System.nanoTime() - built) / 1e6);
        long analysed = System.nanoTime();
        StoreAnalysis analysis = new StoreAnalysis(layout.plan(store).orElseThrow(), layout.categories(), traffic,
                layout.baskets().get(store), ZoneMetricsSettings.DEFAULTS);
        out.printf(Locale.ROOT, "one-off set-up (visit-basket join, walking distances): %.0f ms%n",
                (System.nanoTime() - analysed) / 1e6);

        List<Daypart> dayparts = Daypart.named();
        // warm-up so the JIT has compiled the loops before timing
        for (int i = 0; i < 5; i++) {
            for (Daypart d : dayparts) {
                switchTo(analysis, d);
            }
        }
        double[] heatmap = new double[runs];
        DensityGrid grid = null;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            grid = analysis.density(TimeFilter.ALL, KernelDensity.DEFAULT_CELL_M, 1.0);
            heatmap[i] = (System.nanoTime() - t) / 1e6;
        }
        out.printf(Locale.ROOT, "heatmap, all %,d readings (%d x %d cells of %.2f m, bandwidth %.2f x %.2f m): "
                        + "median %.1f ms, p95 %.1f ms, worst %.1f ms%n", grid.readings(), grid.columns(), grid.rows(),
                grid.cellM(), grid.bandwidthX(), grid.bandwidthY(), median(heatmap), p95(heatmap), max(heatmap));
        double[] paths = new double[runs];
        WalkingPaths walked = null;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            walked = analysis.walkingPaths(TimeFilter.ALL, WalkingPathFinder.DEFAULT_FLOWS);
            paths[i] = (System.nanoTime() - t) / 1e6;
        }
        out.printf(Locale.ROOT, "walking paths, all %,d visits (%d of %d moves kept): median %.1f ms, p95 %.1f ms, "
                        + "worst %.1f ms%n", walked.visits(), walked.flows().size(), walked.moves(), median(paths),
                p95(paths), max(paths));
        double[] switching = new double[runs * dayparts.size()];
        int k = 0;
        for (int i = 0; i < runs; i++) {
            for (Daypart d : dayparts) {
                long t = System.nanoTime();
                switchTo(analysis, d);
                switching[k++] = (System.nanoTime() - t) / 1e6;
            }
        }
        out.printf(Locale.ROOT, "switch daypart (filter + heatmap + zone metrics + walking paths), %d dayparts x "
                + "%d runs: "
                + "median %.1f ms, p95 %.1f ms, worst %.1f ms%n", dayparts.size(), runs, median(switching),
                p95(switching), max(switching));
        out.printf(Locale.ROOT, "cores: %d, load average: %.1f, max heap: %d MB, java %s%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        return 0;
    }

    private static void switchTo(StoreAnalysis analysis, Daypart daypart) {
        TimeFilter filter = TimeFilter.ALL.withDaypart(daypart);
        analysis.density(filter, KernelDensity.DEFAULT_CELL_M, 1.0);
        analysis.zoneMetrics(filter);
        analysis.walkingPaths(filter, WalkingPathFinder.DEFAULT_FLOWS);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double p95(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(0.95 * sorted.length) - 1)];
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
