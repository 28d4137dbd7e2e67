package com.retailstudio.simulator.ui;

import static com.retailstudio.simulator.ui.CustomerOutcome.HOLDOUT;
import static com.retailstudio.simulator.ui.CustomerOutcome.HOLDOUT_CONVERTED;
import static com.retailstudio.simulator.ui.CustomerOutcome.NOT_ENTERED;
import static com.retailstudio.simulator.ui.CustomerOutcome.TREATED;
import static com.retailstudio.simulator.ui.CustomerOutcome.TREATED_CONVERTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.simulator.model.Uplift;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The paired interval of B − A, checked against sums worked out by hand and against a paired bootstrap. */
class PairedOutcomesTest {

    private static final double Z95 = 1.959964;

    /** Customer c's outcome in A is {@code a[c]}, in B {@code b[c]}. */
    private static PairedOutcomes pairs(CustomerOutcome[] a, CustomerOutcome[] b) {
        byte[] inA = new byte[a.length];
        byte[] inB = new byte[b.length];
        for (int c = 0; c < a.length; c++) {
            inA[c] = (byte) a[c].ordinal();
            inB[c] = (byte) b[c].ordinal();
        }
        return PairedOutcomes.of(inA, inB);
    }

    @Test
    void conversionDifferenceOfFourCustomersTreatedInBothIsPairedAsWorkedOutByHand() {
        // A converts customers 1 and 4 (rate 1/2), B converts 1, 2 and 4 (rate 3/4): B − A = 1/4.
        PairedOutcomes four = pairs(
                new CustomerOutcome[] {TREATED_CONVERTED, TREATED, TREATED, TREATED_CONVERTED},
                new CustomerOutcome[] {TREATED_CONVERTED, TREATED_CONVERTED, TREATED, TREATED_CONVERTED});
        PairedOutcomes.Difference d = four.conversionDifference();
        assertEquals(0.25, d.estimate(), 1e-12);
        // A customer's effect on A's rate: (converted − 1/2) / 4 = ±1/8; on B's: 1/16 if converted, else −3/16.
        // B − A per customer: −1/16, +3/16, −1/16, −1/16; the sum of squares 12/256 = 3/64 is the variance,
        // so the half-width is 1.959964 × √3 / 8 = 0.424345.
        assertEquals(0.25 - Z95 * Math.sqrt(3) / 8, d.low(), 1e-9);
        assertEquals(0.25 + Z95 * Math.sqrt(3) / 8, d.high(), 1e-9);
        assertEquals(-0.174345, d.low(), 1e-6);
        assertEquals(0.674345, d.high(), 1e-6);
        // Unpaired, the half-width would be 1.959964 × √(1/2 · 1/2 / 4 + 3/4 · 1/4 / 4) = 0.648197.
        assertTrue(d.high() - d.estimate() < 0.648197, "the customers they share narrow the interval");
        assertFalse(d.significant());
        assertEquals(1, four.largestBlock());
    }

    @Test
    void blocksOfCustomersSumTheirEffectsBeforeSquaringAsWorkedOutByHand() {
        // The same four customers in two blocks, {1, 2} and {3, 4}: each block's effect on B − A is the sum of its
        // customers' (−1/16 + 3/16 = 2/16, and −2/16), so the variance is 8/256 = 1/32.
        PairedOutcomes.BlockCounts a = new PairedOutcomes.BlockCounts(2);
        PairedOutcomes.BlockCounts b = new PairedOutcomes.BlockCounts(2);
        a.set(0, 2, 1, 0, 0);
        a.set(1, 2, 1, 0, 0);
        b.set(0, 2, 2, 0, 0);
        b.set(1, 2, 1, 0, 0);
        PairedOutcomes.Difference d = PairedOutcomes.ofBlocks(4, 2, a, b).conversionDifference();
        assertEquals(0.25, d.estimate(), 1e-12);
        assertEquals(0.25 + Z95 * Math.sqrt(1.0 / 32), d.high(), 1e-9);
    }

    @Test
    void upliftDifferenceWithHoldoutsAndCustomersInOneRunOnlyIsAsWorkedOutByHand() {
        // A: treated 1 (converted), 2, 5 → 1/3; holdout 3 (converted), 4 → 1/2; uplift −1/6.
        // B: treated 1, 2 (converted), 6 → 2/3; holdout 3, 4 → 0; uplift 2/3. Customer 5 never enters B, 6 never A.
        PairedOutcomes six = pairs(
                new CustomerOutcome[] {TREATED_CONVERTED, TREATED, HOLDOUT_CONVERTED, HOLDOUT, TREATED, NOT_ENTERED},
                new CustomerOutcome[] {TREATED_CONVERTED, TREATED_CONVERTED, HOLDOUT, HOLDOUT, NOT_ENTERED, TREATED});
        PairedOutcomes.Difference uplift = six.upliftDifference();
        assertEquals(2.0 / 3 + 1.0 / 6, uplift.estimate(), 1e-12);
        // Effects on A's uplift: treated converted +2/9, treated −1/9, holdout converted −1/4, holdout +1/4.
        // Effects on B's uplift: treated converted +1/9, treated −2/9, holdout 0 (no holdout customer converted).
        // B − A per customer: −1/9, +2/9, +1/4, −1/4, +1/9, −2/9; squares sum to 10/81 + 1/8 = 0.248457.
        double se = Math.sqrt(10.0 / 81 + 1.0 / 8);
        assertEquals(0.498454, se, 1e-6);
        assertEquals(5.0 / 6 - Z95 * se, uplift.low(), 1e-9);
        assertEquals(5.0 / 6 + Z95 * se, uplift.high(), 1e-9);
        assertEquals(-0.143619, uplift.low(), 1e-6);
        // The treated rates alone: 2/3 − 1/3, effects −1/9, +2/9, 0, 0, +1/9, −2/9: variance 10/81.
        PairedOutcomes.Difference conversion = six.conversionDifference();
        assertEquals(1.0 / 3, conversion.estimate(), 1e-12);
        assertEquals(1.0 / 3 + Z95 * Math.sqrt(10) / 9, conversion.high(), 1e-9);
        assertEquals(6, six.customers());
    }

    @Test
    void withNoCustomerInBothRunsTheIntervalIsTheUnpairedWaldOne() {
        // Customers 0–199 enter only A, 200–499 only B: nothing is shared, so pairing changes nothing.
        CustomerOutcome[] a = new CustomerOutcome[500];
        CustomerOutcome[] b = new CustomerOutcome[500];
        Arrays.fill(a, NOT_ENTERED);
        Arrays.fill(b, NOT_ENTERED);
        for (int c = 0; c < 200; c++) {
            a[c] = c < 30 ? TREATED_CONVERTED : c < 150 ? TREATED : c < 160 ? HOLDOUT_CONVERTED : HOLDOUT;
        }
        for (int c = 200; c < 500; c++) {
            b[c] = c < 260 ? TREATED_CONVERTED : c < 450 ? TREATED : c < 455 ? HOLDOUT_CONVERTED : HOLDOUT;
        }
        PairedOutcomes apart = pairs(a, b);
        double ra = 30.0 / 150;
        double rb = 60.0 / 250;
        double wald = Z95 * Math.sqrt(ra * (1 - ra) / 150 + rb * (1 - rb) / 250);
        assertEquals(rb - ra, apart.conversionDifference().estimate(), 1e-12);
        assertEquals(wald, apart.conversionDifference().high() - (rb - ra), 1e-12);

        Uplift ua = Uplift.of(150, 30, 0, 50, 10, 0);
        Uplift ub = Uplift.of(250, 60, 0, 50, 5, 0);
        double seA = (ua.ciHigh() - ua.absolute()) / Z95;
        double seB = (ub.ciHigh() - ub.absolute()) / Z95;
        PairedOutcomes.Difference uplift = apart.upliftDifference();
        assertEquals(ub.absolute() - ua.absolute(), uplift.estimate(), 1e-12);
        assertEquals(Z95 * Math.sqrt(seA * seA + seB * seB), uplift.high() - uplift.estimate(), 1e-12);
    }

    @Test
    void theSameRunTwiceDiffersByExactlyNothing() {
        CustomerOutcome[] run = {TREATED_CONVERTED, TREATED, HOLDOUT, HOLDOUT_CONVERTED, NOT_ENTERED, TREATED};
        PairedOutcomes same = pairs(run, run);
        assertEquals(0, same.upliftDifference().low(), 1e-15);
        assertEquals(0, same.upliftDifference().high(), 1e-15);
        assertEquals(0, same.conversionDifference().high(), 1e-15);
        assertEquals("+0.0 to +0.0 pts", KpiText.interval(same.conversionDifference()));
    }

    @Test
    void withoutTreatedCustomersInARunThereIsNoInterval() {
        PairedOutcomes none = pairs(new CustomerOutcome[] {TREATED, HOLDOUT}, new CustomerOutcome[] {HOLDOUT,
            NOT_ENTERED});
        assertTrue(Double.isNaN(none.conversionDifference().estimate()));
        assertFalse(none.conversionDifference().defined());
        assertFalse(none.conversionDifference().significant());
        assertEquals("n/a: a group has no customers", KpiText.interval(none.conversionDifference()));
    }

    @Test
    void theIntervalAgreesWithAPairedBootstrapOverCustomers() {
        // 4,000 customers whose outcomes in B mostly follow A's (B converts a few more): resampling customers,
        // each with both their outcomes, gives nearly the same spread as the delta method.
        Random random = new Random(20);
        int n = 4000;
        CustomerOutcome[] a = new CustomerOutcome[n];
        CustomerOutcome[] b = new CustomerOutcome[n];
        for (int c = 0; c < n; c++) {
            boolean held = random.nextDouble() < 0.2;
            boolean convertsAnyway = random.nextDouble() < 0.08;
            boolean convertsInA = convertsAnyway || (!held && random.nextDouble() < 0.05);
            boolean convertsInB = convertsInA || (!held && random.nextDouble() < 0.04);
            boolean entersB = random.nextDouble() < 0.9;
            a[c] = outcome(held, convertsInA);
            b[c] = entersB ? outcome(held, convertsInB) : NOT_ENTERED;
        }
        PairedOutcomes sample = pairs(a, b);
        double[] conversion = new double[1000];
        double[] uplift = new double[1000];
        CustomerOutcome[] ra = new CustomerOutcome[n];
        CustomerOutcome[] rb = new CustomerOutcome[n];
        for (int r = 0; r < conversion.length; r++) {
            for (int c = 0; c < n; c++) {
                int pick = random.nextInt(n);
                ra[c] = a[pick];
                rb[c] = b[pick];
            }
            PairedOutcomes resampled = pairs(ra, rb);
            conversion[r] = resampled.conversionDifference().estimate();
            uplift[r] = resampled.upliftDifference().estimate();
        }
        double deltaConversion = (sample.conversionDifference().high() - sample.conversionDifference().low()) / 2 / Z95;
        double deltaUplift = (sample.upliftDifference().high() - sample.upliftDifference().low()) / 2 / Z95;
        assertEquals(sd(conversion), deltaConversion, 0.1 * deltaConversion);
        assertEquals(sd(uplift), deltaUplift, 0.1 * deltaUplift);
        assertTrue(sample.conversionDifference().significant(), "B's extra conversions show through the pairing");

        // In blocks of 4 consecutive customers (as on large data sets) the interval is nearly the same.
        PairedOutcomes inBlocks = PairedOutcomes.ofBlocks(n, 4, blocks(a, 4), blocks(b, 4));
        assertEquals(sample.conversionDifference().estimate(), inBlocks.conversionDifference().estimate(), 1e-12);
        double blockConversion = (inBlocks.conversionDifference().high() - inBlocks.conversionDifference().low()) / 2
                / Z95;
        assertEquals(deltaConversion, blockConversion, 0.1 * deltaConversion);
        double blockUplift = (inBlocks.upliftDifference().high() - inBlocks.upliftDifference().low()) / 2 / Z95;
        assertEquals(deltaUplift, blockUplift, 0.1 * deltaUplift);
    }

    private static PairedOutcomes.BlockCounts blocks(CustomerOutcome[] outcomes, int size) {
        PairedOutcomes.BlockCounts counts = new PairedOutcomes.BlockCounts((outcomes.length + size - 1) / size);
        for (int c = 0; c < outcomes.length; c++) {
            CustomerOutcome o = outcomes[c];
            counts.set(c / size, o.treated() ? 1 : 0, o == TREATED_CONVERTED ? 1 : 0, o.heldOut() ? 1 : 0,
                    o == HOLDOUT_CONVERTED ? 1 : 0);
        }
        return counts;
    }

    private static CustomerOutcome outcome(boolean held, boolean converted) {
        return held ? (converted ? HOLDOUT_CONVERTED : HOLDOUT) : (converted ? TREATED_CONVERTED : TREATED);
    }

    private static double sd(double[] xs) {
        double mean = Arrays.stream(xs).average().orElseThrow();
        return Math.sqrt(Arrays.stream(xs).map(x -> (x - mean) * (x - mean)).sum() / (xs.length - 1));
    }
}
