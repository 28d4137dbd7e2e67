package com.retailstudio.markdown.model;

import java.util.Locale;

/**
 * How a plan used its plan-wide markdown budget ({@link RuleBook#planMarkdownBudget()}): the total markdown cost of
 * all its product-stores is at most the budget.
 *
 * @param budget     the plan's markdown budget in currency; NaN = none
 * @param binding    whether the budget changed the plan: the best plan without it would have cost more
 * @param upperBound no plan within the budget (and every other rule) earns a larger objective; equal to the
 *                   optimised plan's objective when the allocation was proven optimal. NaN when no budget is set (the
 *                   plan is then optimal unit by unit)
 * @param proven     whether the allocation among planning units was proven optimal (false: the search stopped at its
 *                   node limit and {@code upperBound} bounds the gap)
 * @param nodes      allocation search nodes visited
 */
public record BudgetUse(double budget, boolean binding, double upperBound, boolean proven, long nodes) {

    /** No plan-wide budget. */
    public static final BudgetUse NONE = new BudgetUse(Double.NaN, false, Double.NaN, true, 0);

    public boolean hasBudget() {
        return !Double.isNaN(budget);
    }

    /** What a better plan could earn at most over {@code objective}: 0 when proven, NaN without a budget. */
    public double gap(double objective) {
        return !hasBudget() ? Double.NaN : Math.max(0, upperBound - objective);
    }

    /** Whether the objective is within rounding of the bound: no plan within the budget earns more. */
    public boolean optimal(double objective) {
        return !hasBudget() || gap(objective) <= 1e-6 * (1 + Math.abs(objective));
    }

    /**
     * One line for the command line, the section and the scenario comparison, e.g. "Markdown budget 6,239.00 per
     * plan: 6,239.00 used, binding, proven optimal".
     *
     * @param used      the plan's markdown cost
     * @param objective the plan's objective (after any change by hand)
     */
    public String describe(double used, double objective) {
        if (!hasBudget()) {
            return "No markdown budget";
        }
        String line = String.format(Locale.ROOT, "Markdown budget %,.2f per plan: %,.2f used, %s", budget,
                used, binding ? "binding" : "not binding");
        if (!binding && optimal(objective)) {
            return line;
        }
        return line + (optimal(objective) ? ", proven optimal" : String.format(Locale.ROOT,
                ", at most %,.2f below the best plan the budget allows (upper bound %,.2f)", gap(objective),
                upperBound));
    }
}
