package com.retailstudio.simulator.ui;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * Two runs on the same customers (A and B, same data set and seed), told customer by customer: how many customers had
 * each pair of {@link CustomerOutcome}s. From it, how B differs from A in treated conversion rate and in uplift, each
 * with a 95 % interval that accounts for the customers the runs share.
 *
 * <p>The method: each run's rate is a ratio over customers (converted treated customers over treated customers), and
 * a customer's outcomes in A and in B are not independent (same person, same events, same seed). The interval is the
 * delta method over customers: every customer contributes their linearised effect on B's figure minus their effect
 * on A's, taken together, and the variance of the difference is the sum of their squares. It is what a paired
 * bootstrap over customers approximates, without resampling. With no customer in both runs it is exactly the Wald
 * interval each run's own uplift uses; the more customers act alike in both runs, the narrower it gets (the same
 * journey against itself gives an interval of zero width), which an unpaired interval never sees.
 */
public final class PairedOutcomes {

    private static final double Z95 = 1.959964;
    private static final int KINDS = CustomerOutcome.values().length;
    private static final Predicate<CustomerOutcome> TREATED = CustomerOutcome::treated;
    private static final Predicate<CustomerOutcome> HOLDOUT = CustomerOutcome::heldOut;

    /** Customers by outcome in A (row) and in B (column), rows and columns in {@link CustomerOutcome} order. */
    private final long[][] counts;

    /** A difference B − A with its 95 % interval; all NaN when a rate it needs has no customers. */
    public record Difference(double estimate, double low, double high) {

        /** Whether the interval lies wholly above or below zero. */
        public boolean significant() {
            return low > 0 || high < 0;
        }

        public boolean defined() {
            return !Double.isNaN(low) && !Double.isNaN(high);
        }
    }

    private PairedOutcomes(long[][] counts) {
        this.counts = counts;
    }

    /** The outcomes of each customer (by index, {@link CustomerOutcome} ordinals) in A and in B. */
    static PairedOutcomes of(byte[] a, byte[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("the runs did not see the same customers: " + a.length + " and "
                    + b.length);
        }
        long[][] counts = new long[KINDS][KINDS];
        for (int c = 0; c < a.length; c++) {
            counts[a[c]][b[c]]++;
        }
        return new PairedOutcomes(counts);
    }

    /** From counts already tallied: {@code counts[a][b]} customers had outcome {@code a} in A and {@code b} in B. */
    static PairedOutcomes ofCounts(long[][] counts) {
        if (counts.length != KINDS || Arrays.stream(counts).anyMatch(row -> row.length != KINDS)) {
            throw new IllegalArgumentException("a table of " + KINDS + " by " + KINDS + " outcomes is needed");
        }
        return new PairedOutcomes(Arrays.stream(counts).map(long[]::clone).toArray(long[][]::new));
    }

    long customers() {
        return Arrays.stream(counts).flatMapToLong(Arrays::stream).sum();
    }

    /** Customers who entered both journeys (treated or held out in each). */
    long enteredBoth() {
        long n = 0;
        for (int a = 1; a < KINDS; a++) {
            for (int b = 1; b < KINDS; b++) {
                n += counts[a][b];
            }
        }
        return n;
    }

    /** B's treated conversion rate minus A's. */
    Difference conversionDifference() {
        return difference(influence(true, TREATED), influence(false, TREATED));
    }

    /** B's uplift (treated minus holdout conversion rate) minus A's. */
    Difference upliftDifference() {
        return difference(minus(influence(true, TREATED), influence(true, HOLDOUT)),
                minus(influence(false, TREATED), influence(false, HOLDOUT)));
    }

    /**
     * @param inA the figure in A and, per outcome in A, a customer's linearised effect on it
     * @param inB the same for B
     */
    private Difference difference(Influence inA, Influence inB) {
        double estimate = inB.figure - inA.figure;
        if (Double.isNaN(estimate)) {
            return new Difference(Double.NaN, Double.NaN, Double.NaN);
        }
        double variance = 0;
        for (int a = 0; a < KINDS; a++) {
            for (int b = 0; b < KINDS; b++) {
                double effect = inB.perOutcome[b] - inA.perOutcome[a];
                variance += counts[a][b] * effect * effect;
            }
        }
        double half = Z95 * Math.sqrt(variance);
        return new Difference(estimate, estimate - half, estimate + half);
    }

    /** A figure of one run and each outcome's linearised effect on it. */
    private record Influence(double figure, double[] perOutcome) {
    }

    /**
     * A group's conversion rate r = converted / customers in run A or B, and each outcome's effect on it:
     * (converted − r) / customers for the group's customers, 0 for everyone else.
     */
    private Influence influence(boolean runA, Predicate<CustomerOutcome> group) {
        long[] byOutcome = new long[KINDS];
        for (int a = 0; a < KINDS; a++) {
            for (int b = 0; b < KINDS; b++) {
                byOutcome[runA ? a : b] += counts[a][b];
            }
        }
        long customers = 0;
        long converted = 0;
        for (int k = 0; k < KINDS; k++) {
            CustomerOutcome outcome = CustomerOutcome.ofOrdinal(k);
            if (group.test(outcome)) {
                customers += byOutcome[k];
                converted += outcome.converted() ? byOutcome[k] : 0;
            }
        }
        double rate = customers == 0 ? Double.NaN : (double) converted / customers;
        double[] perOutcome = new double[KINDS];
        for (int k = 0; k < KINDS; k++) {
            CustomerOutcome outcome = CustomerOutcome.ofOrdinal(k);
            if (group.test(outcome)) {
                perOutcome[k] = ((outcome.converted() ? 1 : 0) - rate) / customers;
            }
        }
        return new Influence(rate, perOutcome);
    }

    private static Influence minus(Influence x, Influence y) {
        double[] perOutcome = new double[KINDS];
        for (int k = 0; k < KINDS; k++) {
            perOutcome[k] = x.perOutcome[k] - y.perOutcome[k];
        }
        return new Influence(x.figure - y.figure, perOutcome);
    }
}
