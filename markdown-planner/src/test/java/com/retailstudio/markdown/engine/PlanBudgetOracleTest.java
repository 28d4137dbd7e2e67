package com.retailstudio.markdown.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.markdown.model.Objective;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * The plan-wide markdown budget against brute force: 2–5 random small planning units (the {@link OracleTest} draw,
 * smaller), each unit's rule-abiding paths listed by {@link PathOracle} and scored by {@link PlanEvaluator}, every
 * combination of one path per unit tried, budgets from 0 to more than the units' own optima cost (units that all hold their price anyway are drawn again). No gap beyond 1e-9
 * relative, the budget never exceeded, every store at least what keeping today's price earns it.
 */
@Tag("slow")
class PlanBudgetOracleTest {

    private static final MarkdownOptimizer OPTIMIZER = new MarkdownOptimizer();
    private static final double TOL = MarkdownOptimizer.TOLERANCE;
    /** Combinations the brute force may try per instance; larger draws are drawn again. */
    private static final long MAX_COMBINATIONS = 200_000;

    /** Several planning units sharing one objective and one plan-wide budget. */
    record Plan(List<PathOracle.Instance> units, Objective objective, double budget) {

        List<PlanBudget.Unit> problems() {
            return units.stream().map(u -> new PlanBudget.Unit(u.stores(), u.maxEndStock(), u.budget())).toList();
        }
    }

    /** A unit's candidates for the brute force: its paths and their scores. */
    record Candidates(List<int[]> paths, List<PathOracle.Score> scores, boolean keepAllowed) {
    }

    @Property(tries = 1500)
    void theBudgetIsSharedAsWellAsBruteForceShares(@ForAll("plans") Plan plan) {
        Brute brute = bruteForce(plan);
        PlanBudget.Shared shared = PlanBudget.plan(OPTIMIZER, plan.objective(), plan.problems(), plan.budget());

        double value = 0;
        double cost = 0;
        StringBuilder chosen = new StringBuilder();
        for (int u = 0; u < plan.units().size(); u++) {
            PathOracle.Instance in = plan.units().get(u);
            PlanBudget.Choice c = shared.choices().get(u);
            int[] cents = PlanEvaluator.prices(in.stores()[0], c.rungs());
            assertTrue(PricePathRules.check(in.rules(), in.path(cents)).isEmpty(), "rule breach " + Arrays.toString(cents));
            PathOracle.Score s = PathOracle.score(in, cents);
            assertEquals(s.objective(), c.objective(), 1e-9 * Math.max(1, Math.abs(s.objective())), "unit objective");
            assertTrue(s.markdownCost() <= in.budget() + TOL * (1 + in.budget()), "the unit's own budget");
            assertEquals(s.leftover() <= in.maxEndStock() + TOL * (1 + Math.abs(in.maxEndStock())), c.targetMet(),
                    "whether the unit meets its sell-through target");
            if (brute.candidates().get(u).keepAllowed()) {
                int[] keep = new int[in.weeks()];
                Arrays.fill(keep, in.currentCents());
                PathOracle.Score kept = PathOracle.score(in, keep);
                for (int i = 0; i < in.stores().length; i++) {
                    double floor = kept.perStore()[i];
                    assertTrue(s.perStore()[i] >= floor - TOL * (1 + Math.abs(floor)), "never worse, unit " + u);
                }
            }
            value += s.objective();
            cost += s.markdownCost();
            chosen.append(String.format(" unit %d: %s cost %.4f value %.4f;", u, Arrays.toString(cents),
                    s.markdownCost(), s.objective()));
        }
        double scale = Math.max(1, Math.abs(brute.value()));
        assertEquals(brute.value(), value, 1e-9 * scale, () -> "objective against brute force, budget "
                + plan.budget() + ", optimiser" + chosen);
        assertTrue(cost <= plan.budget() + 1e-9 * (1 + plan.budget()), "plan budget " + plan.budget() + ", used " + cost);
        assertTrue(shared.use().proven(), "small allocations are proven optimal");
        assertTrue(shared.use().upperBound() >= value - 1e-9 * scale, "the bound bounds the plan");
    }

    record Brute(double value, List<Candidates> candidates) {
    }

    /**
     * Every combination of one candidate path per unit within the budget. A unit's candidates are its rule-abiding
     * paths within its own budget that meet its sell-through target (while some path does) and earn every store at
     * least keeping today's price (while keeping it meets the target); when the cheapest such paths of all units
     * together cost more than the budget, the targets give way for every unit.
     */
    static Brute bruteForce(Plan plan) {
        List<Candidates> withTargets = new ArrayList<>();
        List<Candidates> withoutTargets = new ArrayList<>();
        double cheapest = 0;
        for (PathOracle.Instance in : plan.units()) {
            Candidates c = candidates(in, true);
            withTargets.add(c);
            withoutTargets.add(candidates(in, false));
            cheapest += c.scores().stream().mapToDouble(PathOracle.Score::markdownCost).min().orElseThrow();
        }
        List<Candidates> use = cheapest <= plan.budget() + TOL * (1 + plan.budget()) ? withTargets : withoutTargets;
        double[] best = {Double.NEGATIVE_INFINITY};
        combine(use, 0, 0, 0, plan.budget(), best);
        return new Brute(best[0], use);
    }

    private static void combine(List<Candidates> units, int u, double cost, double value, double budget,
                                double[] best) {
        if (u == units.size()) {
            if (cost <= budget + TOL * (1 + budget) && value > best[0]) {
                best[0] = value;
            }
            return;
        }
        for (PathOracle.Score s : units.get(u).scores()) {
            combine(units, u + 1, cost + s.markdownCost(), value + s.objective(), budget, best);
        }
    }

    static Candidates candidates(PathOracle.Instance in, boolean target) {
        int[] keep = new int[in.weeks()];
        Arrays.fill(keep, in.currentCents());
        PathOracle.Score kept = PathOracle.score(in, keep);
        double maxEnd = in.maxEndStock();
        List<int[]> paths = new ArrayList<>();
        List<PathOracle.Score> scores = new ArrayList<>();
        for (int pass = 0; pass < 2 && paths.isEmpty(); pass++) {
            boolean withTarget = target && pass == 0;
            boolean keepMeets = !withTarget || kept.leftover() <= maxEnd + TOL * (1 + Math.abs(maxEnd));
            for (int[] cents : PathOracle.allowed(in)) {
                PathOracle.Score s = PathOracle.score(in, cents);
                if (s.markdownCost() > in.budget() + TOL * (1 + Math.abs(in.budget()))
                        || withTarget && s.leftover() > maxEnd + TOL * (1 + Math.abs(maxEnd))) {
                    continue;
                }
                boolean below = false;
                for (int i = 0; keepMeets && i < in.stores().length; i++) {
                    below |= s.perStore()[i] < kept.perStore()[i] - TOL * (1 + Math.abs(kept.perStore()[i]));
                }
                if (!below) {
                    paths.add(cents);
                    scores.add(s);
                }
            }
            if (!paths.isEmpty()) {
                return new Candidates(paths, scores, keepMeets);
            }
        }
        throw new AssertionError("keeping today's price is always allowed without a target");
    }

    @Provide
    Arbitrary<Plan> plans() {
        return Arbitraries.longs().map(PlanBudgetOracleTest::plan);
    }

    /** 2–5 small units (1–5 weeks, 2–4 rungs, 1–3 stores) and a budget from 0 to more than their optima cost. */
    static Plan plan(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        while (true) {
            int n = r.nextInt(2, 6);
            Objective objective = r.nextBoolean() ? Objective.MARGIN : Objective.REVENUE;
            List<PathOracle.Instance> units = new ArrayList<>();
            long combinations = 1;
            for (int u = 0; u < n; u++) {
                PathOracle.Instance in = OracleTest.instance(r, n <= 3 ? 6 : 4, 3, 3);
                units.add(new PathOracle.Instance(in.rules(), objective, in.fullCents(), in.currentCents(),
                        in.seasonWeek(), in.seasonWeeks(), in.taken(), in.weeksSinceLast(), in.stores()));
                combinations *= Math.max(1, PathOracle.allowed(in).size());
            }
            if (combinations > MAX_COMBINATIONS) {
                continue;
            }
            // what the units' own optima cost together sets the scale of the budget
            double own = 0;
            for (PathOracle.Instance in : units) {
                own += PathOracle.score(in, PathOracle.solve(in).cents()).markdownCost();
            }
            if (own <= 0) {
                continue; // every unit holds its price anyway: no budget could bind
            }
            int kind = r.nextInt(6);
            double budget = kind == 0 ? 0 : kind == 1 ? own * 2 + 1 : r.nextDouble(0, 1.1) * own;
            return new Plan(units, objective, budget);
        }
    }
}
