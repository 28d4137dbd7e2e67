package com.retailstudio.simulator.engine;

import com.retailstudio.data.architecture.AllowedToUseStandardStreams;
import com.retailstudio.data.columnar.ColumnarImport;
import com.retailstudio.data.generate.DataGenerator;
import com.retailstudio.data.generate.GenerationProgress;
import com.retailstudio.data.generate.GeneratorConfig;
import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.io.PortfolioTemplates;
import com.retailstudio.designer.model.PortfolioRules;
import com.retailstudio.simulator.model.PortfolioResults;
import com.retailstudio.simulator.model.SimulationSettings;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Times five journeys simulated as a portfolio against the same journeys simulated one by one (docs/benchmarks.md,
 * "Portfolio simulation"): the five shipped journey templates under the shared-caps portfolio template's rules, on
 * generated customers. Arguments: {@code [DATA_DIR] [--customers N] [--runs R]}; without a folder N customers
 * (default 200,000, 90 days) are generated into a temporary folder, deleted at the end.
 */
@AllowedToUseStandardStreams("a measurement main: it prints the portfolio figures docs/benchmarks.md quotes")
public final class PortfolioBenchmark {
    private static final int PARTITIONS = 2;
    private static final int THREADS = 2;
    /** The five journeys issue #20's target names, the templates as they were then (birthday came later). */
    private static final List<String> BENCHMARKED = List.of("cart-abandonment", "welcome-series", "winback",
            "clearance-offer", "back-in-stock");

    private PortfolioBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = null;
        int customers = 200_000;
        int runs = 3;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--customers" -> customers = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> folder = Path.of(args[i]);
            }
        }
        Path scratch = Files.createTempDirectory("retail-studio-portfolio-benchmark");
        try {
            if (folder == null) {
                folder = scratch;
                System.out.printf("Generating %,d customers (90 days) into %s …%n", customers, folder);
                DataGenerator.generate(GeneratorConfig.defaults().withCustomers(customers), folder,
                        GenerationProgress.NONE);
            }
            measure(CustomerData.of(DataSetLoader.load(folder)), runs);
        } finally {
            ColumnarImport.deleteTree(scratch);
        }
    }

    private static void measure(CustomerData data, int runs) {
        System.out.printf("Load average at start: %.2f%n", loadAverage());
        ResponseModel model = ResponseModelFitter.fit(data, THREADS);
        List<JourneyPlan> plans = BENCHMARKED.stream()
                .map(name -> JourneyPlan.compile(JourneyTemplates.load(name).orElseThrow())).toList();
        PortfolioRules rules = PortfolioTemplates.rules(PortfolioTemplates.SHARED_CAPS).orElseThrow();
        SimulationSettings settings = SimulationSettings.defaults(42).withTrace(Set.of(), 0);
        PortfolioSimulator portfolio = new PortfolioSimulator(plans, rules, data, model, settings);
        System.out.printf("%,d customers, %,d events; %d journeys (%s) under %s; %d partitions, %d threads%n",
                data.size(), data.eventCount(), plans.size(), String.join(", ", BENCHMARKED),
                rules.name(), PARTITIONS, THREADS);
        double[] oneByOne = new double[runs];
        double[] together = new double[runs];
        double[] withComparisons = new double[runs];
        PortfolioResults last = null;
        for (int r = 0; r < runs; r++) {
            long c0 = cpuNanos();
            long t0 = System.nanoTime();
            StringBuilder each = new StringBuilder();
            for (JourneyPlan plan : plans) {
                long start = System.nanoTime();
                new Simulator(plan, data, model, settings).run(PARTITIONS, THREADS);
                each.append(String.format(" %s %.2f s", plan.journeyId, (System.nanoTime() - start) / 1e9));
            }
            long t1 = System.nanoTime();
            long c1 = cpuNanos();
            System.out.println("  one by one:" + each);
            portfolio.withoutAloneRuns().run(PARTITIONS, THREADS);
            long t2 = System.nanoTime();
            long c2 = cpuNanos();
            last = portfolio.run(PARTITIONS, THREADS);
            long t3 = System.nanoTime();
            long c3 = cpuNanos();
            // On a shared machine the wall time mostly says how busy the others were; the CPU time is this process's.
            System.out.printf("  run %d CPU time: one by one %.2f s, as a portfolio %.2f s, with the comparison runs "
                    + "%.2f s%n", r + 1, (c1 - c0) / 1e9, (c2 - c1) / 1e9, (c3 - c2) / 1e9);
            oneByOne[r] = (t1 - t0) / 1e9;
            together[r] = (t2 - t1) / 1e9;
            withComparisons[r] = (t3 - t2) / 1e9;
            System.out.printf("  run %d: one by one %.2f s (%,.0f events/s), as a portfolio %.2f s (%,.0f events/s, "
                            + "%.2fx one journey's share), with the comparison runs %.2f s%n", r + 1, oneByOne[r],
                    data.eventCount() / oneByOne[r], together[r], data.eventCount() / together[r],
                    together[r] / (oneByOne[r] / plans.size()), withComparisons[r]);
        }
        double single = median(oneByOne);
        double joint = median(together);
        System.out.printf("Median: %d journeys one by one %.2f s, %,.0f events/s per journey; as a portfolio "
                        + "%.2f s, %,.0f events/s; portfolio / one journey = %.2fx; with the alone and without-marketing "
                        + "runs %.2f s%n", plans.size(), single, plans.size() * data.eventCount() / single, joint,
                data.eventCount() / joint, joint / (single / plans.size()), median(withComparisons));
        System.out.printf("Last run: sent %,d, cannibalisation %.1f against the global control, %.1f against the "
                        + "customers without marketing%n", last.sent(), last.cannibalisation(),
                last.simulatedCannibalisation());
        System.out.printf("Load average at end: %.2f; heap used %,d MiB%n", loadAverage(),
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** CPU time of the whole process (every thread, the collector's too) in nanoseconds, or 0 when unknown. */
    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
