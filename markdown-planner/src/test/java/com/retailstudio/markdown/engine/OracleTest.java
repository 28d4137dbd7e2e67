package com.retailstudio.markdown.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.markdown.model.MarkdownRules;
import com.retailstudio.markdown.model.Objective;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * The optimiser against exhaustive enumeration ({@link PathOracle}) on random small planning units: 1–10 weeks,
 * ladders of 2–7 rungs, every rule varied (ladder steps, price endings, maximum depth, first-markdown depth, minimum
 * gap, maximum markdowns, first allowed week, exit week, salvage, sell-through target, markdown budget), markdowns
 * already taken, clusters of 1–4 stores, both objectives. No gap beyond 1e-9 relative is allowed.
 */
@Tag("slow")
class OracleTest {

    private static final MarkdownOptimizer OPTIMIZER = new MarkdownOptimizer();

    @Property(tries = 1200)
    void theOptimiserFindsTheExhaustiveOptimum(@ForAll("instances") PathOracle.Instance in) {
        PathOracle.Best oracle = PathOracle.solve(in);
        MarkdownOptimizer.Solution solution = solve(in);
        int[] cents = PlanEvaluator.prices(in.stores()[0], solution.rungs());

        assertEquals(oracle.targetMet(), solution.targetMet(), "whether the sell-through target is reachable");
        double scale = Math.max(1, Math.abs(oracle.objective()));
        assertEquals(oracle.objective(), solution.objective(), 1e-9 * scale,
                () -> "optimiser " + Arrays.toString(cents) + " vs oracle " + Arrays.toString(oracle.cents()));
        // the optimiser's own path keeps every rule and earns what it says under the scoring model
        assertTrue(PricePathRules.check(in.rules(), in.path(cents)).isEmpty(), "rule breach in " + Arrays.toString(cents));
        PathOracle.Score score = PathOracle.score(in, cents);
        assertEquals(solution.objective(), score.objective(), 1e-9 * scale);
        assertTrue(score.markdownCost() <= in.budget() + 1e-9 * (1 + in.budget()), "markdown budget");
        if (solution.targetMet()) {
            assertTrue(score.leftover() <= in.maxEndStock() + 1e-9 * (1 + in.maxEndStock()), "sell-through target");
        }
    }

    /** Never worse than doing nothing: every store earns at least what keeping today's price earns it. */
    @Property(tries = 500)
    void noStoreEarnsLessThanKeepingTodaysPrice(@ForAll("instances") PathOracle.Instance in) {
        MarkdownOptimizer.Solution solution = solve(in);
        int[] keep = new int[in.weeks()];
        Arrays.fill(keep, in.currentCents());
        PathOracle.Score kept = PathOracle.score(in, keep);
        if (kept.leftover() > in.maxEndStock() + 1e-9 * (1 + in.maxEndStock())) {
            return; // keeping the price misses a hard sell-through target: it is not a plan the rules allow
        }
        PathOracle.Score plan = PathOracle.score(in, PlanEvaluator.prices(in.stores()[0], solution.rungs()));
        for (int i = 0; i < in.stores().length; i++) {
            double floor = kept.perStore()[i];
            assertTrue(plan.perStore()[i] >= floor - 1e-9 * (1 + Math.abs(floor)), "store " + i);
        }
    }

    static MarkdownOptimizer.Solution solve(PathOracle.Instance in) {
        return OPTIMIZER.solve(in.stores(), in.objective(), in.maxEndStock(), in.budget());
    }

    @Provide
    Arbitrary<PathOracle.Instance> instances() {
        return Arbitraries.longs().map(OracleTest::instance);
    }

    /** A random small planning unit drawn from a seed (so the benchmark can draw the same ones). */
    static PathOracle.Instance instance(long seed) {
        return instance(new SplittableRandom(seed), 10, 6, 4);
    }

    /** The same draw with at most {@code maxWeeks} weeks, {@code maxSteps} ladder steps and {@code maxStores} stores. */
    static PathOracle.Instance instance(SplittableRandom r, int maxWeeks, int maxSteps, int maxStores) {
        int weeks = r.nextInt(1, maxWeeks + 1);
        TreeSet<Integer> percents = new TreeSet<>();
        int steps = r.nextInt(1, maxSteps + 1); // 2–7 rungs with today's price
        while (percents.size() < steps) {
            percents.add(r.nextInt(5, 86));
        }
        List<Double> ladder = new ArrayList<>();
        ladder.add(0.0);
        percents.forEach(p -> ladder.add(p / 100.0));
        List<Integer> endings = new ArrayList<>();
        for (int e : new int[] {99, 49, 0, 95}) {
            if (r.nextInt(3) == 0) {
                endings.add(e);
            }
        }
        int seasonWeek = r.nextInt(0, 9);
        int taken = r.nextInt(4) == 0 ? 0 : r.nextInt(0, 4);
        int since = taken == 0 ? 99 : r.nextInt(0, 7);
        int fullCents = r.nextInt(150, 10_000);
        int currentCents = taken == 0 ? fullCents : (int) Math.round(fullCents * (1 - r.nextDouble(0.05, 0.4)));
        int extra = r.nextInt(0, 3);
        int seasonWeeks = seasonWeek + weeks + extra;
        // the exit week either the product's own end (and nothing is planned after it) or the week the path ends
        int exitWeek = extra == 0 && r.nextBoolean() ? -1 : seasonWeek + weeks;
        if (exitWeek == -1) {
            seasonWeeks = seasonWeek + weeks;
        }
        double unitCost = fullCents / 100.0 * r.nextDouble(0.2, 0.9);
        MarkdownRules rules = MarkdownRules.defaults().withLadder(ladder).withPriceEndings(endings)
                .withMaxDepth(r.nextDouble(0.05, 0.9)).withMinWeeksBetween(r.nextInt(0, 5))
                .withMaxMarkdowns(r.nextInt(0, 5)).withNoMarkdownBeforeWeek(r.nextInt(0, 11))
                .withExitWeek(exitWeek).withSalvageRate(r.nextDouble(0, 1))
                .withFirstMarkdownMinDepth(r.nextInt(3) == 0 ? 0 : r.nextInt(0, 61) / 100.0)
                .withSellThroughTarget(r.nextInt(3) == 0 ? r.nextDouble(0, 1) : Double.NaN)
                .withMarkdownBudget(r.nextInt(3) == 0 ? r.nextDouble(0, 2) * fullCents / 100.0 * 10 : Double.NaN);
        Objective objective = r.nextBoolean() ? Objective.MARGIN : Objective.REVENUE;
        int[] rungs = PriceLadder.rungs(fullCents, currentCents, rules, taken);
        int firstAllowed = Math.max(0, rules.noMarkdownBeforeWeek() - seasonWeek);
        double elasticity = r.nextDouble(-5, -0.5);
        double theta = r.nextDouble(0, 1.5);
        double fixture = r.nextInt(1, 31);
        MarkdownProblem[] stores = new MarkdownProblem[r.nextInt(1, maxStores + 1)];
        for (int i = 0; i < stores.length; i++) {
            double[] level = new double[weeks];
            double base = r.nextDouble(0, 25);
            for (int t = 0; t < weeks; t++) {
                level[t] = base * r.nextDouble(0.5, 1.5);
            }
            double stock = r.nextInt(8) == 0 ? 0 : r.nextInt(1, 150) + (r.nextBoolean() ? r.nextDouble() : 0);
            stores[i] = new MarkdownProblem(level, rungs, fullCents / 100.0, elasticity, theta, fixture, stock,
                    unitCost, rules.salvageRate() * unitCost, taken, since, firstAllowed, rules.maxMarkdowns(),
                    rules.minWeeksBetween(), Double.POSITIVE_INFINITY);
        }
        return new PathOracle.Instance(rules, objective, fullCents, currentCents, seasonWeek, seasonWeeks, taken,
                since, stores);
    }
}
