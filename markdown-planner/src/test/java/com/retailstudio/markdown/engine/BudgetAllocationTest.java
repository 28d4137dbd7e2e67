package com.retailstudio.markdown.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.markdown.model.BudgetUse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The allocation search stopped by its node limit: it returns an allocation within the budget with an upper bound
 * that no allocation beats, so the gap it states is a true one; and the line the plan prints says so.
 */
class BudgetAllocationTest {

    /** 300 units, each a random concave-ish frontier of 2–6 points starting at (0, v0). */
    private static List<MarkdownOptimizer.Frontier> frontiers(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<MarkdownOptimizer.Frontier> out = new ArrayList<>();
        for (int u = 0; u < 300; u++) {
            int n = r.nextInt(2, 7);
            double[] c = new double[n];
            double[] v = new double[n];
            v[0] = r.nextDouble(0, 100);
            for (int k = 1; k < n; k++) {
                c[k] = c[k - 1] + r.nextDouble(1, 50);
                v[k] = v[k - 1] + r.nextDouble(0.1, 40);
            }
            out.add(new MarkdownOptimizer.Frontier(c, v, new double[n], new int[n][0], true));
        }
        return out;
    }

    @Test
    void aSearchStoppedByItsNodeLimitStatesATrueGap() {
        List<MarkdownOptimizer.Frontier> units = frontiers(3);
        double budget = 2_000;

        BudgetAllocation.Allocation exact = BudgetAllocation.allocate(units, budget, BudgetAllocation.NODE_LIMIT);
        BudgetAllocation.Allocation stopped = BudgetAllocation.allocate(units, budget, 5);

        assertTrue(exact.proven(), "the full search finishes");
        assertTrue(exact.nodes() > 5, "the exact search needs more than 5 nodes: " + exact.nodes());
        assertFalse(stopped.proven());
        assertTrue(stopped.cost() <= budget + 1e-6, "within the budget");
        assertTrue(stopped.value() <= exact.value() + 1e-9 * exact.value());
        assertTrue(stopped.upperBound() >= exact.value() - 1e-9 * exact.value(), "the bound bounds the optimum");
        assertEquals(stopped.upperBound() - stopped.value(), stopped.gap(), 1e-9);
        System.out.printf("exact %.4f in %d nodes; stopped at 5 nodes: %.4f, bound %.4f, gap %.4f%n", exact.value(),
                exact.nodes(), stopped.value(), stopped.upperBound(), stopped.gap());

        BudgetUse use = new BudgetUse(budget, true, stopped.upperBound(), false, stopped.nodes());
        assertEquals(String.format(Locale.ROOT, "Markdown budget 2,000.00 per plan: %,.2f used, binding, "
                        + "at most %,.2f below the best plan the budget allows (upper bound %,.2f)", stopped.cost(),
                stopped.gap(), stopped.upperBound()), use.describe(stopped.cost(), stopped.value()));
    }
}
