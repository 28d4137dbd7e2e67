package com.retailstudio.markdown.engine;

import com.retailstudio.markdown.model.MarkdownRules;
import com.retailstudio.markdown.model.Objective;
import com.retailstudio.markdown.model.PricePath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The reference the optimiser is checked against, written to share nothing with it but the scoring
 * ({@link PlanEvaluator}) and the rule check a reviewer relies on ({@link PricePathRules}): list every price path that
 * never goes up over today's price and every price of the full ladder (no first-markdown trick), keep those with no
 * rule breach, score each store of the unit on its own, apply the budget, the sell-through target and the
 * never-worse floor, and take the best.
 */
final class PathOracle {

    /** A small planning unit: its rules and rule state, and one scoring problem per store. */
    record Instance(MarkdownRules rules, Objective objective, int fullCents, int currentCents, int seasonWeek,
                    int seasonWeeks, int taken, int weeksSinceLast, MarkdownProblem[] stores) {

        int weeks() {
            return stores[0].weeks();
        }

        double maxEndStock() {
            double stock = 0;
            for (MarkdownProblem p : stores) {
                stock += p.startStock();
            }
            return rules.hasSellThroughTarget() ? (1 - rules.sellThroughTarget()) * stock : Double.POSITIVE_INFINITY;
        }

        double budget() {
            return rules.hasMarkdownBudget() ? rules.markdownBudget() : Double.POSITIVE_INFINITY;
        }

        PricePath path(int[] cents) {
            return new PricePath("P1", "S1", "toys", "A", fullCents, currentCents, LocalDate.of(2026, 3, 2),
                    seasonWeek, seasonWeeks, taken, weeksSinceLast, cents);
        }
    }

    /** The best path in cents (null when none keeps every rule), its objective and whether the target was met. */
    record Best(int[] cents, double objective, boolean targetMet, int pathsTried) {
    }

    /** What a path earns and uses over the unit's stores. */
    record Score(double objective, double leftover, double markdownCost, double[] perStore) {
    }

    private PathOracle() {
    }

    static Score score(Instance in, int[] cents) {
        double objective = 0;
        double leftover = 0;
        double cost = 0;
        double[] perStore = new double[in.stores().length];
        for (int i = 0; i < in.stores().length; i++) {
            PlanEvaluator.Outcome o = PlanEvaluator.evaluate(in.stores()[i], cents);
            perStore[i] = in.objective() == Objective.MARGIN ? o.margin() : o.totalRevenue();
            objective += perStore[i];
            leftover += o.leftover();
            for (int t = 0; t < cents.length; t++) {
                cost += o.units()[t] * (in.currentCents() - cents[t]) / 100.0;
            }
        }
        return new Score(objective, leftover, cost, perStore);
    }

    /** Every path in cents that keeps the instance's price rules (budget, target and floor not applied). */
    static List<int[]> allowed(Instance in) {
        List<int[]> allowed = new ArrayList<>();
        int[] prices = PriceLadder.rungs(in.fullCents(), in.currentCents(), in.rules().withFirstMarkdownMinDepth(0));
        listPaths(prices, new int[in.weeks()], 0, in.currentCents(), allowed);
        allowed.removeIf(cents -> !PricePathRules.check(in.rules(), in.path(cents)).isEmpty());
        return allowed;
    }

    static Best solve(Instance in) {
        List<int[]> allowed = allowed(in);
        int[] keep = new int[in.weeks()];
        Arrays.fill(keep, in.currentCents());
        Score keepScore = score(in, keep);
        double tol = MarkdownOptimizer.TOLERANCE;
        boolean keepMeetsTarget = keepScore.leftover() <= in.maxEndStock() + tol * (1 + Math.abs(in.maxEndStock()));
        Best withTarget = best(in, allowed, in.maxEndStock(), keepMeetsTarget ? keepScore.perStore() : null);
        if (withTarget.cents() != null) {
            return withTarget;
        }
        Best without = best(in, allowed, Double.POSITIVE_INFINITY, keepScore.perStore());
        return new Best(without.cents(), without.objective(), false, without.pathsTried());
    }

    private static Best best(Instance in, List<int[]> paths, double maxEnd, double[] floor) {
        double tol = MarkdownOptimizer.TOLERANCE;
        int[] bestCents = null;
        double best = Double.NEGATIVE_INFINITY;
        for (int[] cents : paths) {
            Score s = score(in, cents);
            if (s.leftover() > maxEnd + tol * (1 + Math.abs(maxEnd))
                    || s.markdownCost() > in.budget() + tol * (1 + Math.abs(in.budget()))) {
                continue;
            }
            boolean belowFloor = false;
            for (int i = 0; floor != null && i < floor.length; i++) {
                belowFloor |= s.perStore()[i] < floor[i] - tol * (1 + Math.abs(floor[i]));
            }
            if (!belowFloor && s.objective() > best) {
                best = s.objective();
                bestCents = cents;
            }
        }
        return new Best(bestCents, best, true, paths.size());
    }

    /** Every path over the prices that never rises above the week before. */
    private static void listPaths(int[] prices, int[] path, int week, int previous, List<int[]> out) {
        if (week == path.length) {
            out.add(path.clone());
            return;
        }
        for (int price : prices) {
            if (price <= previous) {
                path[week] = price;
                listPaths(prices, path, week + 1, price, out);
            }
        }
    }
}
