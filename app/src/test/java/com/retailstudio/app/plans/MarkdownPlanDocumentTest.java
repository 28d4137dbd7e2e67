package com.retailstudio.app.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.markdown.engine.PricePathRules;
import com.retailstudio.markdown.model.MarkdownRules;
import com.retailstudio.markdown.model.PricePath;
import com.retailstudio.markdown.model.RuleBook;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The markdown plan document: a byte-stable JSON round trip, and the checks that block a plan that breaks a rule. */
class MarkdownPlanDocumentTest {

    @Test
    void aPlanOfTheSampleRoundTripsThroughItsJsonAndKeepsEveryRule() {
        MarkdownPlanDocument plan = SamplePlan.document("autumn");
        String json = MarkdownPlanJson.write(plan);

        MarkdownPlanDocument read = MarkdownPlanJson.read(json);

        assertEquals(plan.paths(), read.paths());
        assertEquals(plan.priceChanges(), read.priceChanges());
        assertEquals(plan.rules(), read.rules());
        assertEquals(json, MarkdownPlanJson.write(read));
        assertEquals(List.of(), MarkdownPlanCheck.problems(json));
        assertTrue(json.contains("\"schemaVersion\" : 1"), json.substring(0, 80));
    }

    @Test
    void categoryOverridesAndUnsetRulesSurviveTheRoundTrip() {
        RuleBook rules = RuleBook.standard().withCategory("wine",
                MarkdownRules.defaults().withMaxDepth(0.4).withSellThroughTarget(0.8).withClusterPricing(false)
                        .withFirstMarkdownMinDepth(0.3));
        MarkdownPlanDocument plan = SamplePlan.document("autumn");
        MarkdownPlanDocument withRules = new MarkdownPlanDocument(plan.id(), plan.name(), plan.asOfWeek(),
                plan.dataSetFingerprint(), rules, plan.summary(), plan.paths(), plan.priceChanges());

        RuleBook read = MarkdownPlanJson.read(MarkdownPlanJson.write(withRules)).rules();

        assertEquals(0.4, read.forCategory("wine").maxDepth());
        assertEquals(0.8, read.forCategory("wine").sellThroughTarget());
        assertEquals(0.3, read.forCategory("wine").firstMarkdownMinDepth());
        assertEquals(0, read.forCategory("cheese").firstMarkdownMinDepth());
        assertEquals(rules, read);
        assertTrue(Double.isNaN(read.forCategory("cheese").sellThroughTarget()));
        assertEquals(rules.defaults().ladder(), read.defaults().ladder());
    }

    @Test
    void aPathDeeperThanTheMaximumDepthIsAProblemNamingProductStoreAndRule() {
        MarkdownPlanDocument plan = SamplePlan.document("autumn");
        List<PricePath> paths = new ArrayList<>(plan.paths());
        PricePath first = paths.get(0);
        int[] prices = first.planCents();
        prices[prices.length - 1] = 1; // 0.01: far deeper than 70 % off
        paths.set(0, new PricePath(first.productId(), first.storeId(), first.category(), first.cluster(),
                first.fullCents(), first.currentCents(), first.firstWeek(), first.seasonWeek(), first.seasonWeeks(),
                first.markdownsTaken(), first.weeksSinceLast(), prices));
        MarkdownPlanDocument broken = new MarkdownPlanDocument(plan.id(), plan.name(), plan.asOfWeek(),
                plan.dataSetFingerprint(), plan.rules(), plan.summary(), paths, plan.priceChanges());

        List<String> problems = MarkdownPlanCheck.problems(MarkdownPlanJson.write(broken));

        String expected = "product " + first.productId() + " in store " + first.storeId() + ", week of "
                + first.firstWeek().plusWeeks(prices.length - 1) + ", breaks the rule '" + PricePathRules.MAX_DEPTH + "'";
        assertTrue(problems.stream().anyMatch(problem -> problem.startsWith(expected)), problems.toString());
        assertTrue(problems.stream().anyMatch(problem -> problem.contains("not what the plan's price path says")
                || problem.contains("missing from its price-change rows")), problems.toString());
    }

    @Test
    void aFirstMarkdownShallowerThanTheDocumentsFirstMarkdownDepthIsAProblem() {
        MarkdownPlanDocument plan = SamplePlan.document("autumn");
        PricePath shallow = plan.paths().stream().filter(p -> p.markdownsTaken() == 0)
                .filter(p -> firstMarkdownDepth(p) > 0 && firstMarkdownDepth(p) < 0.35).findFirst().orElseThrow();
        RuleBook strict = RuleBook.standard().withCategory(shallow.category(),
                MarkdownRules.defaults().withFirstMarkdownMinDepth(0.35));
        MarkdownPlanDocument underStrictRules = new MarkdownPlanDocument(plan.id(), plan.name(), plan.asOfWeek(),
                plan.dataSetFingerprint(), strict, plan.summary(), plan.paths(), plan.priceChanges());

        List<String> problems = MarkdownPlanCheck.problems(MarkdownPlanJson.write(underStrictRules));

        String expected = "product " + shallow.productId() + " in store " + shallow.storeId() + ", week of ";
        assertTrue(problems.stream().anyMatch(problem -> problem.startsWith(expected)
                && problem.contains("breaks the rule '" + PricePathRules.FIRST_DEPTH + "'")), problems.toString());
        assertEquals(List.of(), MarkdownPlanCheck.problems(MarkdownPlanJson.write(plan)));
    }

    @Test
    void aPlanWhoseMarkdownCostIsOverItsBudgetPerPlanIsAProblemAndOneWithinItIsNot() {
        MarkdownPlanDocument plan = SamplePlan.document("autumn");
        double cost = plan.summary().markdownCost();
        assertTrue(cost > 100, "the sample plan marks down: " + cost);

        List<String> over = MarkdownPlanCheck.problems(MarkdownPlanJson.write(withPlanBudget(plan, cost - 1)));
        List<String> exact = MarkdownPlanCheck.problems(MarkdownPlanJson.write(withPlanBudget(plan, cost)));

        assertEquals(List.of(String.format(Locale.ROOT, "the plan's markdown cost %,.2f is over its "
                + "markdown budget per plan %,.2f.", cost, cost - 1)), over);
        assertEquals(List.of(), exact);
    }

    private static MarkdownPlanDocument withPlanBudget(MarkdownPlanDocument plan, double budget) {
        RuleBook rules = plan.rules();
        return new MarkdownPlanDocument(plan.id(), plan.name(), plan.asOfWeek(), plan.dataSetFingerprint(),
                new RuleBook(rules.defaults(), rules.byCategory(), rules.objective(), budget), plan.summary(),
                plan.paths(), plan.priceChanges());
    }

    /** Depth off full price of the path's first markdown; 0 when it has none. */
    private static double firstMarkdownDepth(PricePath path) {
        for (int cents : path.planCents()) {
            if (cents < path.currentCents()) {
                return 1 - cents / (double) path.fullCents();
            }
        }
        return 0;
    }

    @Test
    void aBrokenDocumentNamesTheJsonPointerOfTheBadValue() {
        String json = MarkdownPlanJson.write(SamplePlan.document("autumn"))
                .replaceFirst("\"seasonWeek\" : \\d+", "\"seasonWeek\" : \"soon\"");

        MarkdownPlanFormatException e = assertThrows(MarkdownPlanFormatException.class,
                () -> MarkdownPlanJson.read(json));

        assertEquals("/paths/0/seasonWeek is not a whole number", e.getMessage());
        assertEquals(List.of("the markdown plan cannot be read: /paths/0/seasonWeek is not a whole number."),
                MarkdownPlanCheck.problems(json));
    }

    @Test
    void aDocumentOfAnotherKindIsRefused() {
        String json = MarkdownPlanJson.write(SamplePlan.document("autumn"))
                .replace("\"kind\" : \"markdown-plan\"", "\"kind\" : \"journey\"");

        MarkdownPlanFormatException e = assertThrows(MarkdownPlanFormatException.class,
                () -> MarkdownPlanJson.read(json));

        assertEquals("/kind is 'journey'; a markdown plan has kind 'markdown-plan'", e.getMessage());
    }

    @Test
    void anImpossibleRuleInTheDocumentIsRefusedNamingIt() {
        String json = MarkdownPlanJson.write(SamplePlan.document("autumn"))
                .replaceFirst("\"max_depth\" : [0-9.]+", "\"max_depth\" : 1.5");

        MarkdownPlanFormatException e = assertThrows(MarkdownPlanFormatException.class,
                () -> MarkdownPlanJson.read(json));

        assertTrue(e.getMessage().startsWith("/rules/defaults/max_depth is not a valid rule"), e.getMessage());
    }
}
