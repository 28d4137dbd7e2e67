package com.retailstudio.simulator.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The comparison of an experiment's variants from their customers and conversions: each variant's rate with a 95 %
 * Wilson interval, and every pair's difference with Newcombe's hybrid score interval (variants are disjoint customers,
 * so each pair is two independent groups), both at 95 % and simultaneously over all pairs (Bonferroni, 1 − 5 % ÷
 * pairs), and the pooled z-test's p-value with Holm's step-down adjustment. Holm holds the familywise error at
 * {@code alpha} whatever the dependence between pairs that share a variant, which is why it is used rather than a
 * correction that assumes independent tests.
 */
public record ExperimentAnalysis(List<Variant> variants, List<Comparison> comparisons, double alpha)
        implements Serializable {
    /** The level of the reported intervals. */
    public static final double INTERVAL_ALPHA = 0.05;

    /** One variant's customers and conversions, with its rate and 95 % Wilson interval. */
    public record Variant(String id, long customers, long conversions, double rate, Proportions.Interval interval)
            implements Serializable {
    }

    /**
     * Variant {@code a} minus variant {@code b} (indexes into the variants): the difference of rates, its 95 %
     * interval, its simultaneous interval, the raw and Holm-adjusted p-values, and whether it is significant at the
     * experiment's level after Holm.
     */
    public record Comparison(int a, int b, double difference, Proportions.Interval interval,
            Proportions.Interval simultaneous, double p, double holmP, boolean significant) implements Serializable {
    }

    public ExperimentAnalysis {
        variants = List.copyOf(variants);
        comparisons = List.copyOf(comparisons);
    }

    /** Analyses variants with these ids, customers and conversions (same order) at significance level alpha. */
    public static ExperimentAnalysis of(List<String> ids, long[] customers, long[] conversions, double alpha) {
        Objects.requireNonNull(ids, "ids");
        if (customers.length != ids.size() || conversions.length != ids.size()) {
            throw new IllegalArgumentException("one count per variant");
        }
        List<Variant> variants = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            double rate = customers[i] == 0 ? Double.NaN : (double) conversions[i] / customers[i];
            variants.add(new Variant(ids.get(i), customers[i], conversions[i], rate,
                    Proportions.wilson(conversions[i], customers[i], INTERVAL_ALPHA)));
        }
        int pairs = ids.size() * (ids.size() - 1) / 2;
        double[] p = new double[pairs];
        int[][] pair = new int[pairs][];
        int k = 0;
        for (int a = 0; a < ids.size(); a++) {
            for (int b = a + 1; b < ids.size(); b++) {
                pair[k] = new int[] {a, b};
                p[k++] = Proportions.twoSidedP(conversions[a], customers[a], conversions[b], customers[b]);
            }
        }
        double[] holm = holm(p);
        List<Comparison> comparisons = new ArrayList<>();
        for (k = 0; k < pairs; k++) {
            int a = pair[k][0];
            int b = pair[k][1];
            comparisons.add(new Comparison(a, b, variants.get(a).rate() - variants.get(b).rate(),
                    Proportions.newcombe(conversions[a], customers[a], conversions[b], customers[b], INTERVAL_ALPHA),
                    Proportions.newcombe(conversions[a], customers[a], conversions[b], customers[b],
                            INTERVAL_ALPHA / Math.max(1, pairs)),
                    p[k], holm[k], holm[k] <= alpha));
        }
        return new ExperimentAnalysis(variants, comparisons, alpha);
    }

    /** Holm's step-down adjusted p-values, in the order given. */
    static double[] holm(double[] p) {
        int m = p.length;
        Integer[] order = new Integer[m];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] adjusted = new double[m];
        double running = 0;
        for (int r = 0; r < m; r++) {
            running = Math.max(running, Math.min(1, (m - r) * p[order[r]]));
            adjusted[order[r]] = running;
        }
        return adjusted;
    }

    /**
     * The variant with the highest rate (the earlier one on a tie) when it converts significantly better than every
     * other variant after Holm's correction; empty otherwise.
     */
    public OptionalInt winner() {
        int best = -1;
        for (int i = 0; i < variants.size(); i++) {
            Variant v = variants.get(i);
            if (v.customers() == 0) {
                return OptionalInt.empty();
            }
            if (best < 0 || v.rate() > variants.get(best).rate()) {
                best = i;
            }
        }
        if (best < 0 || variants.size() < 2) {
            return OptionalInt.empty();
        }
        for (Comparison c : comparisons) {
            if ((c.a() == best || c.b() == best) && !(c.significant() && c.difference() != 0)) {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(best);
    }
}
