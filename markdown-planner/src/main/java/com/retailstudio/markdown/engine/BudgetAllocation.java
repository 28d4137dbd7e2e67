package com.retailstudio.markdown.engine;

import java.util.List;

/**
 * Chooses one point per planning unit from its Pareto frontier of (markdown cost, objective) so that the total
 * objective is largest and the total markdown cost at most a budget — a multiple-choice knapsack.
 *
 * <p>The bound is the knapsack's linear relaxation, computed as its Lagrangian dual: for the price λ of a unit of
 * budget where the units' upper convex hulls, taken segment by segment in order of falling slope, run out of budget,
 * every allocation earns at most {@code λ·B + Σ_u max_k (v_uk − λ·c_uk)} (because Σ c ≤ B). Write
 * {@code loss_uk = max_k' (v_uk' − λ·c_uk') − (v_uk − λ·c_uk) ≥ 0}; then an allocation earns at most that bound minus
 * its losses minus λ times the budget it leaves unused. A greedy allocation (the hull segments that fit, then the best
 * upgrade each unit can still afford) gives the first incumbent; an allocation that beats it has total loss below
 * bound − incumbent, so a unit whose every other choice loses more is fixed, and a depth-first search over the rest
 * (choices in order of loss; cut when the bound less the losses so far, less λ times the budget even the dearest
 * remaining choices would leave, cannot beat the incumbent, or when the cheapest remaining choices no longer fit)
 * finds the optimum. When it would visit more than a node limit (or scan more than a work limit of hull segments in
 * its relaxations) it stops and the best allocation found is returned with the bound it was proven against.
 */
public final class BudgetAllocation {

    /** Nodes the exact search may visit before it settles for the best found and states its gap. */
    public static final long NODE_LIMIT = 5_000_000;

    /**
     * Hull segments the search's relaxations may scan in all (a node costs one scan of the open units' segments), so
     * that a search with many open units stops after a few seconds too; deterministic, unlike a clock.
     */
    static final long WORK_LIMIT = 2_000_000_000L;

    private BudgetAllocation() {
    }

    /**
     * A choice per unit.
     *
     * @param choice     index into each unit's frontier
     * @param value      total objective of the choice
     * @param cost       total markdown cost of the choice
     * @param upperBound no allocation within the budget earns more (equal to value when proven optimal)
     * @param proven     whether the search finished (the choice is optimal)
     * @param nodes      search nodes visited
     */
    public record Allocation(int[] choice, double value, double cost, double upperBound, boolean proven, long nodes) {

        /** Upper bound − value: how much a better allocation could earn at most (0 when proven). */
        public double gap() {
            return proven ? 0 : Math.max(0, upperBound - value);
        }
    }

    /**
     * The best allocation of {@code budget} among units (each frontier sorted by rising cost and objective), or null
     * when even the cheapest point of every unit costs more than the budget.
     */
    public static Allocation allocate(List<MarkdownOptimizer.Frontier> units, double budget, long nodeLimit) {
        int n = units.size();
        double allowed = PlanBudget.allowance(budget);
        double minCost = 0;
        double maxCost = 0;
        double maxValue = 0;
        int[] top = new int[n];
        for (int u = 0; u < n; u++) {
            MarkdownOptimizer.Frontier f = units.get(u);
            minCost += f.costs()[0];
            top[u] = f.size() - 1;
            maxCost += f.costs()[top[u]];
            maxValue += f.values()[top[u]];
        }
        if (minCost > allowed) {
            return null;
        }
        if (maxCost <= allowed) {
            return new Allocation(top, maxValue, maxCost, maxValue, true, 0); // the budget does not bind
        }
        double lambda = breakSlope(units, budget - minCost);
        return new AllocationSearch(units, budget, allowed, lambda, nodeLimit).run();
    }

    /** The slope of the hull segment at which the budget runs out, taking segments in order of falling slope. */
    static double breakSlope(List<MarkdownOptimizer.Frontier> units, double spare) {
        double left = spare;
        for (double[] s : HullSegments.allBySlope(units)) {
            if (s[HullSegments.SEG_COST] > left) {
                return s[HullSegments.SEG_SLOPE];
            }
            left -= s[HullSegments.SEG_COST];
        }
        return 0;
    }
}
