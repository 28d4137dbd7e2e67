package com.retailstudio.markdown.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.markdown.model.MarkdownRules;
import com.retailstudio.markdown.model.Objective;
import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.RuleBook;
import com.retailstudio.markdown.model.StorePlan;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Never worse than doing nothing, on the bundled sample under several rule books: every product-store's plan earns
 * at least its keep-price objective, every planning unit at least the rule-of-thumb baseline whenever the baseline
 * keeps the rules (every price rule, the budget, the target and the keep-price floor of each store), and the summary
 * counts the product-stores that hold their price.
 */
class NeverWorseTest {

    @ParameterizedTest
    @CsvSource({"margin, true, NaN, NaN", "margin, false, NaN, NaN", "revenue, true, NaN, NaN",
        "margin, true, 0.9, NaN", "margin, false, NaN, 5", "revenue, false, 0.8, 20"})
    void noPlanEarnsLessThanKeepingThePriceOrThanAnAllowedBaseline(String objective, boolean clusters, double target,
                                                                   double budget) {
        MarkdownRules rules = MarkdownRules.defaults().withClusterPricing(clusters).withSellThroughTarget(target)
                .withMarkdownBudget(budget);
        RuleBook book = new RuleBook(rules, Map.of(), Objective.parse(objective));
        PlanResult result = new MarkdownPlanner(book).plan(SampleData.data());
        int holding = 0;
        int againstBaseline = 0;
        for (List<StorePlan> unit : MarkdownPlanner.byProduct(result.plans()).values().stream()
                .flatMap(rows -> rows.stream().collect(Collectors.groupingBy(
                        r -> r.basis().unit())).values().stream()).toList()) {
            double plan = 0;
            double baseline = 0;
            double baselineLeft = 0;
            double keepLeft = 0;
            double stock = 0;
            double baselineCost = 0;
            boolean baselineAllowed = true;
            for (StorePlan row : unit) {
                holding += row.holdsPrice() ? 1 : 0;
                double keep = row.objective(row.noMarkdown());
                plan += row.objective(row.plan());
                baseline += row.objective(row.baseline());
                baselineLeft += row.baseline().leftover();
                keepLeft += row.noMarkdown().leftover();
                stock += row.plan().startStock();
                baselineCost += row.markdownCost(row.baseline(), row.baselineCents());
                baselineAllowed &= PricePathRules.check(rules, row.pricePath(row.baselineCents())).isEmpty()
                        && row.objective(row.baseline()) >= keep - 1e-9 * (1 + Math.abs(keep));
            }
            double maxLeft = Double.isNaN(target) ? Double.POSITIVE_INFINITY : (1 - target) * stock;
            boolean keepAllowed = keepLeft <= maxLeft + 1e-9 * (1 + maxLeft);
            for (StorePlan row : unit) {
                double keep = row.objective(row.noMarkdown());
                if (keepAllowed) {
                    assertTrue(row.objective(row.plan()) >= keep - 1e-9 * (1 + Math.abs(keep)),
                            row.key() + " earns less than keeping its price");
                }
            }
            baselineAllowed &= baselineLeft <= maxLeft + 1e-9 * (1 + maxLeft)
                    && (Double.isNaN(budget) || baselineCost <= budget + 1e-9 * (1 + budget));
            if (baselineAllowed && unit.get(0).targetMet()) {
                againstBaseline++;
                assertTrue(plan >= baseline - 1e-9 * (1 + Math.abs(baseline)),
                        unit.get(0).productId() + " in " + unit.get(0).basis().unit() + " earns less than the baseline");
            }
        }
        assertEquals(holding, result.summary().holdingPrice());
        assertTrue(againstBaseline > 0, "no unit's baseline keeps the rules: the comparison would prove nothing");
        System.out.printf("%s clusters=%s target=%s budget=%s: %d units compared with an allowed baseline, %d "
                + "product-stores hold the price%n", objective, clusters, target, budget, againstBaseline, holding);
        assertEquals(objective, result.summary().objectiveName());
    }
}
