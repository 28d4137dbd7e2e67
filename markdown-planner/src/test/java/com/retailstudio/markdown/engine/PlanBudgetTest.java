package com.retailstudio.markdown.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.RuleBook;
import com.retailstudio.markdown.model.StorePlan;
import org.junit.jupiter.api.Test;

/**
 * The plan-wide markdown budget on a generated data set (the bundled sample: 300 products, 3 stores in 2 price
 * clusters): where it binds, the plan's total markdown cost stays within it, every product-store still earns at
 * least what keeping today's price earns it, every path keeps the price rules and the plan is proven optimal (or
 * its gap stated); where it does not bind, the plan is the one made without it.
 */
class PlanBudgetTest {

    private static PlanResult plan(RuleBook book) {
        return new MarkdownPlanner(book).plan(SampleData.data());
    }

    @Test
    void aBindingBudgetIsKeptAndNoProductStoreEarnsLessThanKeepingItsPrice() {
        PlanResult free = plan(RuleBook.standard());
        double unlimited = free.summary().markdownCost();
        assertTrue(unlimited > 100, "the sample's plan marks down: " + unlimited);
        for (double share : new double[] {0, 0.1, 0.4, 0.8}) {
            double budget = Math.round(unlimited * share);
            PlanResult result = plan(RuleBook.standard().withPlanMarkdownBudget(budget));
            double used = 0;
            for (StorePlan row : result.plans()) {
                used += row.planMarkdownCost();
                double keep = row.objective(row.noMarkdown());
                assertTrue(row.objective(row.plan()) >= keep - 1e-9 * (1 + Math.abs(keep)),
                        row.key() + " earns less than keeping its price under budget " + budget);
            }
            assertTrue(PricePathRules.check(RuleBook.standard(), PricePaths.of(result, SampleData.data())).isEmpty(),
                    "every path keeps the price rules");
            assertEquals(used, result.summary().markdownCost(), 1e-6 * (1 + used));
            assertTrue(used <= budget + 1e-9 * (1 + budget), "used " + used + " of " + budget);
            assertTrue(result.budget().binding());
            double objective = result.summary().objectiveValue();
            double scale = 1e-9 * (1 + Math.abs(free.summary().objectiveValue()));
            assertTrue(objective <= free.summary().objectiveValue() + scale, "a budget never adds objective");
            assertTrue(objective >= free.summary().keepObjective() - scale, "never below keeping every price");
            assertTrue(result.budget().upperBound() >= objective - scale, "the bound bounds the plan");
            assertTrue(result.budget().upperBound() <= free.summary().objectiveValue() + scale,
                    "the bound is no weaker than the plan without a budget");
            System.out.printf("budget %.0f of %.0f: used %.2f, objective %.2f (without budget %.2f, keep %.2f), "
                            + "bound %.2f, proven %s, %d nodes, %d product-stores hold the price%n", budget, unlimited,
                    used, objective, free.summary().objectiveValue(), free.summary().keepObjective(),
                    result.budget().upperBound(), result.budget().proven(), result.budget().nodes(),
                    result.summary().holdingPrice());
        }
    }

    @Test
    void aBudgetThatDoesNotBindLeavesThePlanAsItWas() {
        PlanResult free = plan(RuleBook.standard());
        PlanResult result = plan(RuleBook.standard().withPlanMarkdownBudget(
                Math.ceil(free.summary().markdownCost()) + 1));
        assertFalse(result.budget().binding());
        assertTrue(result.budget().proven());
        assertEquals(free.plans().size(), result.plans().size());
        for (int i = 0; i < free.plans().size(); i++) {
            assertArrayEquals(free.plans().get(i).planCents(), result.plans().get(i).planCents());
        }
        assertEquals(0, result.budget().gap(result.summary().objectiveValue()), 1e-6);
    }
}
