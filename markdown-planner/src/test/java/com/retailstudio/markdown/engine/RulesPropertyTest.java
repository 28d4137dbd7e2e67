package com.retailstudio.markdown.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.markdown.model.MarkdownRules;
import com.retailstudio.markdown.model.PricePath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Random business rules, demand and markdowns already taken: the recommended prices keep every rule, and the check a
 * reviewer relies on ({@link PricePathRules}) finds no breach in them.
 */
@Tag("slow")
class RulesPropertyTest {

    @Property(tries = 400)
    void recommendedPricesKeepEveryRule(
            @ForAll @Size(min = 1, max = 7) List<@IntRange(min = 1, max = 85) Integer> ladderPercents,
            @ForAll @Size(max = 3) List<@IntRange(min = 0, max = 99) Integer> endings,
            @ForAll @DoubleRange(min = 0.05, max = 0.9) double maxDepth,
            @ForAll @IntRange(min = 0, max = 4) int minGap,
            @ForAll @IntRange(min = 0, max = 4) int maxMarkdowns,
            @ForAll @IntRange(min = 0, max = 10) int noMarkdownBefore,
            @ForAll @IntRange(min = 0, max = 8) int weeksElapsed,
            @ForAll @IntRange(min = 150, max = 9_999) int fullCents,
            @ForAll @DoubleRange(min = 0, max = 0.5) double currentDepth,
            @ForAll @DoubleRange(min = -5, max = -0.5) double elasticity,
            @ForAll @DoubleRange(min = 0, max = 40) double weeklyDemand,
            @ForAll @IntRange(min = 0, max = 400) int stock,
            @ForAll @IntRange(min = 1, max = 12) int weeks,
            @ForAll @IntRange(min = 0, max = 60) int firstMinPercent,
            @ForAll @IntRange(min = 0, max = 2) int taken) {
        List<Double> ladder = new ArrayList<>();
        ladder.add(0.0);
        for (int p : new TreeSet<>(ladderPercents)) {
            ladder.add(p / 100.0);
        }
        MarkdownRules rules = MarkdownRules.defaults().withLadder(ladder).withPriceEndings(endings)
                .withMaxDepth(maxDepth).withMinWeeksBetween(minGap).withMaxMarkdowns(maxMarkdowns)
                .withNoMarkdownBeforeWeek(noMarkdownBefore).withFirstMarkdownMinDepth(firstMinPercent / 100.0);
        int currentCents = (int) Math.round(fullCents * (1 - currentDepth));
        int[] rungs = PriceLadder.rungs(fullCents, currentCents, rules, taken);
        double[] level = new double[weeks];
        Arrays.fill(level, weeklyDemand);
        MarkdownProblem p = new MarkdownProblem(level, rungs, fullCents / 100.0, elasticity, 0.6, 10, stock,
                fullCents / 200.0, fullCents / 1000.0, taken, 99, Math.max(0, noMarkdownBefore - weeksElapsed),
                maxMarkdowns, minGap, Double.POSITIVE_INFINITY);
        int[] prices = PlanEvaluator.prices(p, new MarkdownOptimizer().solve(p).rungs());

        int previous = currentCents;
        int markdowns = 0;
        int last = -1000;
        for (int t = 0; t < prices.length; t++) {
            assertTrue(prices[t] <= previous, "no price increase");
            if (prices[t] < previous) {
                markdowns++;
                assertTrue(weeksElapsed + t >= noMarkdownBefore, "no markdown before the allowed week");
                assertTrue(t - last >= minGap, "minimum weeks between markdowns");
                last = t;
                assertTrue(PriceLadder.hasAllowedEnding(prices[t], rules), "allowed price ending: " + prices[t]);
                assertTrue(1 - prices[t] / (double) fullCents <= maxDepth + 1e-9, "within the maximum depth");
                assertTrue(prices[t] > 0, "a positive price");
                if (markdowns == 1 && taken == 0) {
                    assertTrue(1 - prices[t] / (double) fullCents >= firstMinPercent / 100.0 - 1e-9,
                            "the first markdown at least " + firstMinPercent + " % deep: " + prices[t]);
                }
            }
            previous = prices[t];
        }
        assertTrue(markdowns + taken <= Math.max(maxMarkdowns, taken), "maximum number of markdowns");
        // the check a reviewer relies on agrees with the optimiser
        PricePath path = new PricePath("P", "S", "c", "S", fullCents, currentCents, LocalDate.of(2026, 1, 5),
                weeksElapsed, weeksElapsed + weeks, taken, 99, prices);
        assertEquals(List.of(), PricePathRules.check(rules, path));
    }
}
