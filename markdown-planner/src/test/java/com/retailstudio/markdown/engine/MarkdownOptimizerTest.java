package com.retailstudio.markdown.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Hand-built cases and rule properties of the exact search; the oracle comparison is {@link OracleTest}. */
class MarkdownOptimizerTest {

    private static final int[] RUNGS = {1000, 900, 800, 700, 500};

    private static MarkdownProblem problem(double[] level, double elasticity, double stock, double salvage,
                                           int used, int since, int firstAllowed, int maxMarkdowns, int minGap,
                                           double maxEndStock) {
        return new MarkdownProblem(level, RUNGS, 10.0, elasticity, 0.0, 1.0, stock, 4.0, salvage, used, since,
                firstAllowed, maxMarkdowns, minGap, maxEndStock);
    }

    @Test
    void keepsThePriceWhenFullPriceSellsEverything() {
        MarkdownProblem p = problem(new double[] {10, 10}, -3, 10, 1, 0, 9, 0, 3, 0, Double.POSITIVE_INFINITY);
        MarkdownOptimizer.Solution s = new MarkdownOptimizer().solve(p);
        assertArrayEquals(new int[] {0, 0}, s.rungs());
        assertEquals(100.0 - 4.0 * 10, s.objective(), 1e-9, "margin: revenue − unit cost × stock on hand");
    }

    @Test
    void marksDownToTheRevenueMaximisingRungWhenStockIsPlentiful() {
        // one week, 100 units, demand 2 × (p/10)^-3: revenue p·2·(p/10)^-3 rises as the price falls; 5.00 sells 16 units
        MarkdownProblem p = problem(new double[] {2}, -3, 100, 0, 0, 9, 0, 3, 0, Double.POSITIVE_INFINITY);
        MarkdownOptimizer.Solution s = new MarkdownOptimizer().solve(p);
        assertArrayEquals(new int[] {4}, s.rungs());
        assertEquals(5.0 * 16 - 4.0 * 100, s.objective(), 1e-9);
    }

    @Test
    void holdsTheMarkdownUntilTheFirstAllowedWeek() {
        MarkdownProblem p = problem(new double[] {2, 2, 2}, -3, 100, 0, 0, 9, 2, 3, 0, Double.POSITIVE_INFINITY);
        int[] rungs = new MarkdownOptimizer().solve(p).rungs();
        assertArrayEquals(new int[] {0, 0, 4}, rungs);
    }

    @Test
    void meetsASellThroughTargetAtTheCostOfMargin() {
        // inelastic demand: full price is best, but the target needs 90 % of 20 units sold over two weeks
        MarkdownProblem free = problem(new double[] {8, 8}, -0.8, 20, 0, 0, 9, 0, 3, 0, Double.POSITIVE_INFINITY);
        MarkdownProblem target = problem(new double[] {8, 8}, -0.8, 20, 0, 0, 9, 0, 3, 0, 2);
        MarkdownOptimizer.Solution a = new MarkdownOptimizer().solve(free);
        MarkdownOptimizer.Solution b = new MarkdownOptimizer().solve(target);
        assertTrue(b.targetMet());
        assertTrue(b.objective() < a.objective());
        assertTrue(PlanEvaluator.evaluate(target, PlanEvaluator.prices(target, b.rungs())).leftover() <= 2 + 1e-9);
    }

    @Test
    void dropsAnUnreachableSellThroughTargetAndSaysSo() {
        MarkdownProblem p = problem(new double[] {1}, -2, 50, 0, 0, 9, 0, 3, 0, 0);
        MarkdownOptimizer.Solution s = new MarkdownOptimizer().solve(p);
        assertFalse(s.targetMet());
    }

    @Property(tries = 500)
    void neverBreaksARule(@ForAll("problems") MarkdownProblem p) {
        MarkdownOptimizer.Solution s = new MarkdownOptimizer().solve(p);
        int[] rungs = s.rungs();
        int rung = 0;
        int used = p.markdownsUsed();
        int lastMarkdown = -p.weeksSinceLast();
        for (int t = 0; t < rungs.length; t++) {
            assertTrue(rungs[t] >= rung, "no price increase");
            assertTrue(rungs[t] < p.rungCount(), "a rung of the ladder");
            if (rungs[t] > rung) {
                used++;
                assertTrue(t >= p.firstAllowed(), "no markdown before the first allowed week");
                assertTrue(t - lastMarkdown >= p.minGap(), "minimum weeks between markdowns");
                lastMarkdown = t;
            }
            rung = rungs[t];
        }
        assertTrue(used <= Math.max(p.maxMarkdowns(), p.markdownsUsed()), "maximum number of markdowns");
        if (s.targetMet() && p.maxEndStock() < Double.POSITIVE_INFINITY) {
            assertTrue(PlanEvaluator.evaluate(p, PlanEvaluator.prices(p, rungs)).leftover()
                    <= p.maxEndStock() + 1e-6 * (1 + p.maxEndStock()), "sell-through target");
        }
    }

    private static double[] scale(double[] values, double factor) {
        double[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= factor;
        }
        return out;
    }

    @Test
    void aClusterSellsLessThanOnePooledStoreWhenOneStoreRunsLow() {
        // two stores with equal demand; all stock in one of them: the other sells nothing
        double[] level = {10};
        MarkdownProblem pooled = problem(level, -2, 20, 0, 0, 9, 0, 3, 0, Double.POSITIVE_INFINITY);
        MarkdownProblem cluster = new MarkdownProblem(level, RUNGS, 10.0, -2, 1.0, 1.0, 20, 4.0, 0, 0, 9, 0, 3, 0,
                Double.POSITIVE_INFINITY, new double[][] {{5}, {5}}, new double[] {1.0, 0.0});
        assertEquals(10, pooled.sales(0, 1000, 20), 1e-9);
        assertEquals(5, cluster.sales(0, 1000, 20), 1e-9);
    }

    @Provide
    Arbitrary<MarkdownProblem> problems() {
        Arbitrary<double[]> levels = Arbitraries.doubles().between(0, 30).array(double[].class).ofMinSize(1)
                .ofMaxSize(6);
        Arbitrary<int[]> rungs = Arbitraries.integers().between(1, 5).map(n -> Arrays.copyOf(RUNGS, n));
        Arbitrary<Double> elasticity = Arbitraries.doubles().between(-5, -0.5);
        Arbitrary<Double> theta = Arbitraries.doubles().between(0, 1.5);
        Arbitrary<Double> stock = Arbitraries.integers().between(0, 120).map(Integer::doubleValue);
        Arbitrary<Double> salvage = Arbitraries.doubles().between(0, 5);
        Arbitrary<int[]> counts = Arbitraries.integers().between(0, 4).array(int[].class).ofSize(6);
        Arbitrary<Double> target = Arbitraries.oneOf(Arbitraries.just(Double.POSITIVE_INFINITY),
                Arbitraries.doubles().between(0, 60));
        return Combinators.combine(levels, rungs, elasticity, theta, stock, salvage, counts, target)
                .as((l, r, e, th, s, sv, c, tg) -> c[5] < 2
                        ? new MarkdownProblem(l, r, 10.0, e, th, 15, s, 4.0, sv, c[0], c[1], c[2], c[3], c[4], tg)
                        // a price cluster of two stores: 30 % / 70 % of the demand, 40 % / 60 % of the stock
                        : new MarkdownProblem(l, r, 10.0, e, th, 15, s, 4.0, sv, c[0], c[1], c[2], c[3], c[4], tg,
                                new double[][] {scale(l, 0.3), scale(l, 0.7)}, new double[] {0.4, 0.6}));
    }
}
