package com.retailstudio.simulator.engine;

import com.retailstudio.data.architecture.AllowedToUseStandardStreams;
import com.retailstudio.data.columnar.ColumnarImport;
import com.retailstudio.data.generate.DataGenerator;
import com.retailstudio.data.generate.GenerationProgress;
import com.retailstudio.data.generate.GeneratorConfig;
import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.designer.model.AudienceBreakdown;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times a segment's size and breakdown as the Segments editor recomputes them on each edit (docs/benchmarks.md,
 * "Segment size as you edit"): a sequence of edits, each one condition more or changed, counted over 200,000
 * customers by {@link AudienceCounter}. Arguments: {@code [DATA_DIR]}; without it 200,000 customers (90 days) are
 * generated into a temporary folder, deleted at the end.
 */
@AllowedToUseStandardStreams("a measurement main: it prints the segment figures docs/benchmarks.md quotes")
public final class AudienceBenchmark {
    private static final int CUSTOMERS = 200_000;
    private static final int ROUNDS = 20;

    private AudienceBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path scratch = Files.createTempDirectory("retail-studio-audience-benchmark");
        try {
            Path folder = args.length > 0 ? Path.of(args[0]) : scratch;
            if (args.length == 0) {
                System.out.printf("Generating %,d customers (90 days) into %s …%n", CUSTOMERS, folder);
                DataGenerator.generate(GeneratorConfig.defaults().withCustomers(CUSTOMERS), folder,
                        GenerationProgress.NONE);
            }
            System.out.printf("Load average at start: %.2f%n", loadAverage());
            long start = System.nanoTime();
            AudienceData data = AudienceData.of(DataSetLoader.load(folder));
            System.out.printf("Loaded %,d customers, %,d events and their home stores in %.1f s (once per data set)%n",
                    data.customers().size(), data.customers().eventCount(), (System.nanoTime() - start) / 1e9);

            List<Condition.Group> edits = edits();
            System.out.println("First pass (a behaviour field's column is made on its first use):");
            for (int i = 0; i < edits.size(); i++) {
                long t = System.nanoTime();
                AudienceBreakdown counted = AudienceCounter.count(data, edits.get(i));
                System.out.printf("  edit %d: %,7d customers in %6.1f ms  — %s%n", i + 1, counted.size(),
                        (System.nanoTime() - t) / 1e6, edits.get(i).describe());
            }
            double[] millis = new double[ROUNDS * edits.size()];
            int k = 0;
            for (int round = 0; round < ROUNDS; round++) {
                for (Condition.Group edit : edits) {
                    long t = System.nanoTime();
                    AudienceCounter.count(data, edit);
                    millis[k++] = (System.nanoTime() - t) / 1e6;
                }
            }
            Arrays.sort(millis);
            System.out.printf("Then %d counts (%d rounds of the %d edits): median %.1f ms, 95th percentile %.1f ms, "
                            + "max %.1f ms per size and breakdown over %,d customers%n", millis.length, ROUNDS,
                    edits.size(), millis[millis.length / 2], millis[(int) (millis.length * 0.95)],
                    millis[millis.length - 1], data.customers().size());
            System.out.printf("Load average at end: %.2f; heap used %,d MiB%n", loadAverage(),
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        } finally {
            ColumnarImport.deleteTree(scratch);
        }
    }

    /** What a marketer builds one edit at a time: a tier, consent, recent purchases, an age band, a recency. */
    private static List<Condition.Group> edits() {
        List<Condition> built = new ArrayList<>();
        List<Condition.Group> edits = new ArrayList<>();
        built.add(new Condition.Comparison("loyalty_tier", Operator.IN, new ConditionValue.ListValue(List.of(
                new ConditionValue.TextValue("GOLD"), new ConditionValue.TextValue("PLATINUM")))));
        edits.add(new Condition.Group(Condition.Combinator.AND, built));
        built.add(new Condition.Comparison("consent.email_marketing", Operator.EQUALS,
                new ConditionValue.BooleanValue(true)));
        edits.add(new Condition.Group(Condition.Combinator.AND, built));
        built.add(new Condition.Comparison("events.purchase.count_30d", Operator.AT_LEAST,
                new ConditionValue.NumberValue(1)));
        edits.add(new Condition.Group(Condition.Combinator.AND, built));
        built.set(2, new Condition.Comparison("events.purchase.count_30d", Operator.AT_LEAST,
                new ConditionValue.NumberValue(2)));
        edits.add(new Condition.Group(Condition.Combinator.AND, built));
        built.add(new Condition.Comparison("age_band", Operator.IN, new ConditionValue.ListValue(List.of(
                new ConditionValue.TextValue("25-34"), new ConditionValue.TextValue("35-44")))));
        edits.add(new Condition.Group(Condition.Combinator.AND, built));
        built.add(Condition.Group.any(
                new Condition.Comparison("events.cart_abandon.since_last", Operator.LESS_THAN,
                        new ConditionValue.TextValue("7d")),
                new Condition.Comparison("price_sensitivity", Operator.AT_LEAST, new ConditionValue.NumberValue(0.7))));
        edits.add(new Condition.Group(Condition.Combinator.AND, built));
        return edits;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
