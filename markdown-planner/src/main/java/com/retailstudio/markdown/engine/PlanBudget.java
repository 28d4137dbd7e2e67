package com.retailstudio.markdown.engine;

import com.retailstudio.markdown.model.BudgetUse;
import com.retailstudio.markdown.model.Objective;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Shares one markdown budget among a plan's planning units: each unit is first solved on its own; when their optima
 * together cost more than the budget, each unit's Pareto frontier of (markdown cost, objective) is searched
 * ({@link MarkdownOptimizer#frontier}) and one point per unit chosen by {@link BudgetAllocation}, so that the total
 * objective is largest and the total markdown cost at most the budget.
 */
public final class PlanBudget {

    private PlanBudget() {
    }

    /**
     * A planning unit as the allocation sees it.
     *
     * @param stores      the scoring problem of each of its stores (they share one price path)
     * @param maxEndStock most units left at exit over its stores (sell-through target); +infinity = none
     * @param unitBudget  its category's markdown budget per product and planning unit; +infinity = none
     */
    public record Unit(MarkdownProblem[] stores, double maxEndStock, double unitBudget) {
    }

    /** The path chosen for a unit, whether it meets the unit's sell-through target, its markdown cost and objective. */
    public record Choice(int[] rungs, boolean targetMet, double markdownCost, double objective) {

        static Choice of(MarkdownOptimizer.Solution s) {
            return new Choice(s.rungs(), s.targetMet(), s.markdownCost(), s.objective());
        }
    }

    /** A path per unit and how the plan used the budget. */
    public record Shared(List<Choice> choices, BudgetUse use) {
    }

    /** Solves every unit on its own, then shares the budget among them ({@link #share}). */
    public static Shared plan(MarkdownOptimizer optimizer, Objective objective, List<Unit> units, double budget) {
        List<Choice> own = units.stream().map(u -> Choice.of(optimizer.solve(u.stores(), objective, u.maxEndStock(),
                u.unitBudget()))).toList();
        return share(optimizer, objective, units, own, budget, () -> false);
    }

    /**
     * Shares a plan-wide markdown budget among units, given each unit's own optimum ({@code own}). When the own
     * optima together fit, they are the plan (the budget does not bind). Otherwise each unit's Pareto frontier is
     * searched and the budget allocated exactly ({@link BudgetAllocation}). When the cheapest paths that reach every
     * reachable sell-through target already cost more than the budget, the targets give way: the frontiers are
     * made without them (never-worse floor kept) and each unit says whether its chosen path still meets its target.
     */
    public static Shared share(MarkdownOptimizer optimizer, Objective objective, List<Unit> units, List<Choice> own,
                               double budget, BooleanSupplier cancelled) {
        double ownCost = 0;
        double ownValue = 0;
        for (Choice c : own) {
            ownCost += c.markdownCost();
            ownValue += c.objective();
        }
        if (ownCost <= allowance(budget)) {
            return new Shared(own, new BudgetUse(budget, false, ownValue, true, 0));
        }
        List<MarkdownOptimizer.Frontier> frontiers = frontiers(optimizer, objective, units, false, cancelled);
        BudgetAllocation.Allocation a = BudgetAllocation.allocate(frontiers, budget, BudgetAllocation.NODE_LIMIT);
        if (a == null) {
            frontiers = frontiers(optimizer, objective, units, true, cancelled);
            a = BudgetAllocation.allocate(frontiers, budget, BudgetAllocation.NODE_LIMIT);
        }
        List<Choice> out = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            MarkdownOptimizer.Frontier f = frontiers.get(i);
            int k = a.choice()[i];
            double maxEnd = units.get(i).maxEndStock();
            boolean met = f.targetMet() && f.leftovers()[k] <= maxEnd
                    + MarkdownOptimizer.TOLERANCE * (1 + Math.abs(maxEnd));
            out.add(new Choice(f.rungs()[k], met, f.costs()[k], f.values()[k]));
        }
        return new Shared(out, new BudgetUse(budget, true, a.upperBound(), a.proven(), a.nodes()));
    }

    private static List<MarkdownOptimizer.Frontier> frontiers(MarkdownOptimizer optimizer, Objective objective,
                                                              List<Unit> units, boolean withoutTargets,
                                                              BooleanSupplier cancelled) {
        return units.parallelStream().map(u -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("markdown planning was cancelled");
            }
            return optimizer.frontier(u.stores(), objective,
                    withoutTargets ? Double.POSITIVE_INFINITY : u.maxEndStock(), u.unitBudget());
        }).toList();
    }

    /** The most markdown cost {@code budget} allows, with the planner's relative tolerance for floating-point sums. */
    static double allowance(double budget) {
        return budget + MarkdownOptimizer.TOLERANCE * (1 + Math.abs(budget));
    }

}
