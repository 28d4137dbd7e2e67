package com.retailstudio.simulator.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The experiment statistics against published values, and the winner rule's power and false-positive rate. */
class ExperimentStatisticsTest {

    @Test
    void wilsonIntervalsMatchNewcombesPublishedExamples() {
        // Newcombe (1998), Statistics in Medicine 17:857, table I: 81/263 and 0/10.
        Proportions.Interval a = Proportions.wilson(81, 263, 0.05);
        assertEquals(0.2553, a.low(), 5e-5);
        assertEquals(0.3662, a.high(), 5e-5);
        Proportions.Interval b = Proportions.wilson(0, 10, 0.05);
        assertEquals(0, b.low(), 1e-12);
        assertEquals(0.2775, b.high(), 5e-5);
    }

    @Test
    void newcombesHybridScoreIntervalMatchesHisPublishedExamples() {
        // Newcombe (1998), Statistics in Medicine 17:873, table II, method 10: 56/70 − 48/80 and 9/10 − 3/10.
        Proportions.Interval d = Proportions.newcombe(56, 70, 48, 80, 0.05);
        assertEquals(0.0524, d.low(), 5e-5);
        assertEquals(0.3339, d.high(), 5e-5);
        Proportions.Interval e = Proportions.newcombe(9, 10, 3, 10, 0.05);
        assertEquals(0.1705, e.low(), 5e-5);
        assertEquals(0.8090, e.high(), 5e-5);
    }

    @Test
    void normalQuantileAndTailAgree() {
        assertEquals(1.959964, Proportions.normalQuantile(0.975), 1e-6);
        assertEquals(0.025, Proportions.upperTail(1.959964), 1e-7);
        assertEquals(-2.326348, Proportions.normalQuantile(0.01), 1e-6);
    }

    @Test
    void holmAdjustsStepDownAndKeepsTheOrder() {
        assertArrayEquals(new double[] {0.03, 0.06, 0.06}, ExperimentAnalysis.holm(new double[] {0.01, 0.04, 0.03}),
                1e-12);
        assertArrayEquals(new double[] {0.9, 0.8}, ExperimentAnalysis.holm(new double[] {0.9, 0.4}), 1e-12);
    }

    @Test
    void aVariantWinsOnlyWhenItBeatsEveryOtherAfterHolm() {
        ExperimentAnalysis clear = ExperimentAnalysis.of(List.of("a", "b", "c"), new long[] {1000, 1000, 1000},
                new long[] {100, 100, 160}, 0.05);
        assertEquals(OptionalInt.of(2), clear.winner());
        assertEquals(3, clear.comparisons().size());
        // c beats a but not b: no winner, though one pair is significant.
        ExperimentAnalysis partial = ExperimentAnalysis.of(List.of("a", "b", "c"), new long[] {1000, 1000, 1000},
                new long[] {100, 140, 150}, 0.05);
        assertTrue(partial.comparisons().get(1).significant(), "a vs c");
        assertEquals(OptionalInt.empty(), partial.winner());
        assertEquals(OptionalInt.empty(), ExperimentAnalysis.of(List.of("a", "b"), new long[] {0, 10},
                new long[] {0, 5}, 0.05).winner());
    }

    @Test
    void theWinnerRulePicksThePlantedBetterVariant() {
        int picked = 0;
        for (int seed = 0; seed < 200; seed++) {
            OptionalInt winner = rule(seed, new double[] {0.10, 0.10, 0.14}, 2_000);
            assertFalse(winner.isPresent() && winner.getAsInt() != 2, "seed " + seed + " picked a worse variant");
            picked += winner.isPresent() ? 1 : 0;
        }
        assertTrue(picked >= 150, "the planted better variant was picked for " + picked + " of 200 seeds");
    }

    @Test
    void withoutADifferenceTheFalsePositiveRateIsNearTheNominalLevel() {
        int twoArms = 0;
        int threeArms = 0;
        for (int seed = 0; seed < 200; seed++) {
            twoArms += rule(seed, new double[] {0.10, 0.10}, 2_000).isPresent() ? 1 : 0;
            threeArms += rule(1_000 + seed, new double[] {0.10, 0.10, 0.10}, 2_000).isPresent() ? 1 : 0;
        }
        // Two arms: the rule is one two-sided test at 5 %; 200 seeds give 10 ± 3 false winners (binomial sd).
        assertTrue(twoArms >= 3 && twoArms <= 19, twoArms + " false winners of 200 with two arms");
        // Three arms: Holm keeps the familywise rate at or below 5 %, and a winner must beat both others.
        assertTrue(threeArms <= 19, threeArms + " false winners of 200 with three arms");
    }

    /** The winner picked from {@code n} customers per variant converting at the given rates. */
    private static OptionalInt rule(int seed, double[] rates, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] customers = new long[rates.length];
        long[] conversions = new long[rates.length];
        for (int v = 0; v < rates.length; v++) {
            customers[v] = n;
            for (int i = 0; i < n; i++) {
                conversions[v] += random.nextDouble() < rates[v] ? 1 : 0;
            }
        }
        List<String> ids = List.of("a", "b", "c", "d", "e").subList(0, rates.length);
        return ExperimentDecision.decide("ab", ids, 14, 0.05, 0, 30 * 86_400L, customers, conversions).winner() < 0
                ? OptionalInt.empty()
                : OptionalInt.of(ExperimentDecision.decide("ab", ids, 14, 0.05, 0, 30 * 86_400L, customers,
                        conversions).winner());
    }
}
