package com.retailstudio.simulator.ui;

import java.util.function.IntToDoubleFunction;

/**
 * Two runs on the same customers (A and B, same data set, response model and seed), told block by block of
 * consecutive customers: in each block, how many customers each run treated and held out and how many of them
 * converted. From it, how B differs from A in treated conversion rate and in uplift, each with a 95 % interval that
 * accounts for the customers the runs share.
 *
 * <p>The method: each run's rate is a ratio over customers (converted treated customers over treated customers), and
 * a customer's outcomes in A and in B are not independent (same person, same events, same seed). The interval is the
 * delta method over customers: every customer contributes their linearised effect on B's figure minus their effect
 * on A's, taken together; customers are independent, so the sums of these over blocks of customers are too, and the
 * variance of the difference is the sum of the blocks' squares. With blocks of one customer this is the textbook
 * paired form, and what a paired bootstrap over customers approximates without resampling; larger blocks (used on
 * large data sets, where running every customer alone would cost too much) estimate the same variance from fewer
 * terms. With no customer in both runs it is exactly the Wald interval each run's own uplift uses; the more customers
 * act alike in both runs, the narrower it gets (the same journey against itself gives an interval of zero width),
 * which an unpaired interval never sees.
 */
public final class PairedOutcomes {

    private static final double Z95 = 1.959964;
    /** Per block and run: treated customers, treated who converted, held out, held out who converted. */
    private static final int TREATED = 0;
    private static final int TREATED_CONVERTED = 1;
    private static final int HOLDOUT = 2;
    private static final int HOLDOUT_CONVERTED = 3;
    private static final int FIELDS = 4;

    private final long customers;
    private final int largestBlock;
    private final long[] a;
    private final long[] b;

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

    private PairedOutcomes(long customers, int largestBlock, long[] a, long[] b) {
        if (a.length != b.length || a.length % FIELDS != 0) {
            throw new IllegalArgumentException("the runs did not see the same blocks of customers");
        }
        this.customers = customers;
        this.largestBlock = largestBlock;
        this.a = a;
        this.b = b;
    }

    /** The outcomes of each customer (by index, {@link CustomerOutcome} ordinals) in A and in B: blocks of one. */
    static PairedOutcomes of(byte[] a, byte[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("the runs did not see the same customers: " + a.length + " and "
                    + b.length);
        }
        return new PairedOutcomes(a.length, 1, blocksOfOne(a), blocksOfOne(b));
    }

    private static long[] blocksOfOne(byte[] outcomes) {
        long[] blocks = new long[outcomes.length * FIELDS];
        for (int c = 0; c < outcomes.length; c++) {
            CustomerOutcome outcome = CustomerOutcome.ofOrdinal(outcomes[c]);
            add(blocks, c, outcome.treated() ? 1 : 0, outcome == CustomerOutcome.TREATED_CONVERTED ? 1 : 0,
                    outcome.heldOut() ? 1 : 0, outcome == CustomerOutcome.HOLDOUT_CONVERTED ? 1 : 0);
        }
        return blocks;
    }

    /**
     * From each run's counts per block ({@link BlockCounts}), the same blocks of the same customers in both.
     *
     * @param customers    the customers the blocks hold
     * @param largestBlock the most customers a block holds
     */
    static PairedOutcomes ofBlocks(long customers, int largestBlock, BlockCounts a, BlockCounts b) {
        return new PairedOutcomes(customers, largestBlock, a.counts(), b.counts());
    }

    /** One run's counts per block of consecutive customers; each block is set once, from any thread. */
    static final class BlockCounts {
        private final long[] counts;

        BlockCounts(int blocks) {
            counts = new long[blocks * FIELDS];
        }

        void set(int block, long treated, long treatedConverted, long holdout, long holdoutConverted) {
            add(counts, block, treated, treatedConverted, holdout, holdoutConverted);
        }

        long[] counts() {
            return counts.clone();
        }
    }

    private static void add(long[] blocks, int block, long treated, long treatedConverted, long holdout,
            long holdoutConverted) {
        blocks[block * FIELDS + TREATED] += treated;
        blocks[block * FIELDS + TREATED_CONVERTED] += treatedConverted;
        blocks[block * FIELDS + HOLDOUT] += holdout;
        blocks[block * FIELDS + HOLDOUT_CONVERTED] += holdoutConverted;
    }

    long customers() {
        return customers;
    }

    int blocks() {
        return a.length / FIELDS;
    }

    /** The most customers in one block: 1 when the interval is paired customer by customer. */
    int largestBlock() {
        return largestBlock;
    }

    /** B's treated conversion rate minus A's. */
    Difference conversionDifference() {
        Rate inA = rate(a, TREATED);
        Rate inB = rate(b, TREATED);
        return difference(inB.value - inA.value, block -> inB.effect(b, block) - inA.effect(a, block));
    }

    /** B's uplift (treated minus holdout conversion rate) minus A's. */
    Difference upliftDifference() {
        Rate treatedA = rate(a, TREATED);
        Rate holdoutA = rate(a, HOLDOUT);
        Rate treatedB = rate(b, TREATED);
        Rate holdoutB = rate(b, HOLDOUT);
        double estimate = (treatedB.value - holdoutB.value) - (treatedA.value - holdoutA.value);
        return difference(estimate, block -> treatedB.effect(b, block) - holdoutB.effect(b, block)
                - treatedA.effect(a, block) + holdoutA.effect(a, block));
    }

    /** @param effect a block's linearised effect on B's figure minus its effect on A's */
    private Difference difference(double estimate, IntToDoubleFunction effect) {
        if (Double.isNaN(estimate)) {
            return new Difference(Double.NaN, Double.NaN, Double.NaN);
        }
        double variance = 0;
        for (int block = 0; block < blocks(); block++) {
            double e = effect.applyAsDouble(block);
            variance += e * e;
        }
        double half = Z95 * Math.sqrt(variance);
        return new Difference(estimate, estimate - half, estimate + half);
    }

    /**
     * A group's conversion rate r = converted / customers in one run; a block's effect on it is
     * (converted − r × customers) / all the group's customers.
     */
    private record Rate(int group, double value, long customers) {
        double effect(long[] run, int block) {
            return (run[block * FIELDS + group + 1] - value * run[block * FIELDS + group]) / customers;
        }
    }

    /** @param group {@link #TREATED} or {@link #HOLDOUT}; the converted count follows it */
    private Rate rate(long[] run, int group) {
        long customersInGroup = 0;
        long converted = 0;
        for (int block = 0; block < blocks(); block++) {
            customersInGroup += run[block * FIELDS + group];
            converted += run[block * FIELDS + group + 1];
        }
        return new Rate(group, customersInGroup == 0 ? Double.NaN : (double) converted / customersInGroup,
                customersInGroup);
    }
}
