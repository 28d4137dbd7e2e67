package com.retailstudio.data.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The planted basket model: each category is bought alone with probability q[c], and each planted pair is bought
 * together as one "mission" with probability r. The pairs are disjoint, so the lift among baskets (visits that
 * bought something) has a closed form: lift(a, b) = P(a and b) × P(non-empty) / (P(a) × P(b)).
 */
final class BasketAffinityModel {

    /** The planted pairs, as category indices in {@link ProductCatalog#CATEGORIES}. */
    static final int[][] PAIRS = {{0, 1}, {2, 3}, {4, 5}, {6, 7}};

    /** One planted pair and its expected lift among baskets. */
    record Affinity(String a, String b, double lift) {
    }

    private final double[] single;
    private final double[] pairMission;
    private final int[] pairOf;

    BasketAffinityModel(SeedStreams streams) {
        SplittableRandom r = streams.stream(SeedStreams.AFFINITY);
        int n = ProductCatalog.CATEGORIES.size();
        single = new double[n];
        for (int c = 0; c < n; c++) {
            single[c] = RandomDraws.round(RandomDraws.uniform(r, 0.08, 0.16), 3);
        }
        pairMission = new double[PAIRS.length];
        pairOf = new int[n];
        Arrays.fill(pairOf, -1);
        for (int p = 0; p < PAIRS.length; p++) {
            pairMission[p] = RandomDraws.round(RandomDraws.uniform(r, 0.07, 0.12), 3);
            pairOf[PAIRS[p][0]] = p;
            pairOf[PAIRS[p][1]] = p;
        }
    }

    /** Which categories one visit buys, as a bit set over category indices. */
    int drawBoughtCategories(SplittableRandom r) {
        int bought = 0;
        for (int c = 0; c < single.length; c++) {
            if (r.nextDouble() < single[c]) {
                bought |= 1 << c;
            }
        }
        for (int p = 0; p < PAIRS.length; p++) {
            if (r.nextDouble() < pairMission[p]) {
                bought |= 1 << PAIRS[p][0] | 1 << PAIRS[p][1];
            }
        }
        return bought;
    }

    /** Probability that a visit buys from a category. */
    double buyProbability(int category) {
        int p = pairOf[category];
        double notSingle = 1 - single[category];
        return p < 0 ? single[category] : 1 - notSingle * (1 - pairMission[p]);
    }

    double nonEmptyProbability() {
        double empty = 1;
        for (int c = 0; c < single.length; c++) {
            empty *= 1 - single[c];
        }
        for (double m : pairMission) {
            empty *= 1 - m;
        }
        return 1 - empty;
    }

    List<Affinity> plantedAffinities() {
        List<Affinity> result = new ArrayList<>();
        for (int p = 0; p < PAIRS.length; p++) {
            int a = PAIRS[p][0];
            int b = PAIRS[p][1];
            double both = pairMission[p] + (1 - pairMission[p]) * single[a] * single[b];
            double lift = both * nonEmptyProbability() / (buyProbability(a) * buyProbability(b));
            result.add(new Affinity(ProductCatalog.CATEGORIES.get(a), ProductCatalog.CATEGORIES.get(b),
                    RandomDraws.round(lift, 3)));
        }
        return result;
    }
}
