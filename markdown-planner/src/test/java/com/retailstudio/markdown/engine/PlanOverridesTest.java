package com.retailstudio.markdown.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.markdown.model.MarkdownRules;
import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.RuleBook;
import com.retailstudio.markdown.model.StorePlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PlanOverridesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);

    /**
     * Rules whose ladder from 10.00 is 9.00, 8.00, 7.00; two weeks between markdowns, at most two; the plan starts in
     * week 10 of the season and the first markdown may take effect in week 11.
     */
    private static final MarkdownRules RULES = MarkdownRules.defaults().withLadder(List.of(0.0, 0.1, 0.2, 0.3))
            .withPriceEndings(List.of()).withMaxDepth(0.3).withMinWeeksBetween(2).withMaxMarkdowns(2)
            .withNoMarkdownBeforeWeek(11);

    /** One store: 10 units a week at full price 10.00, elasticity −2, 50 units on hand, cost 4, salvage 1. */
    private static StorePlan store(String storeId, String unit, int[] plan, double target) {
        return store(storeId, unit, plan, target, 50);
    }

    private static StorePlan store(String storeId, String unit, int[] plan, double target, double stock) {
        return store(storeId, unit, plan, target, stock, RULES);
    }

    private static StorePlan store(String storeId, String unit, int[] plan, double target, double stock,
                                   MarkdownRules rules) {
        double[] level = new double[6];
        Arrays.fill(level, 10);
        StorePlan.Basis basis = new StorePlan.Basis(unit, level, -2, 0, 1, 1.0, PriceLadder.rungs(1000, 1000, rules), 0,
                99, 1, 2, 2, target, 26, 10, rules);
        List<LocalDate> weeks = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            weeks.add(MONDAY.plusWeeks(t));
        }
        StorePlan.Projection start = new StorePlan.Projection(new double[6], new double[6], new double[6], 0, 0, stock,
                0, 0, stock);
        StorePlan row = new StorePlan("P1", "Kite", "toys", storeId, unit, 10.0, 4.0, weeks, 1000, plan,
                new int[] {1000, 1000, 700, 700, 500, 500}, start, start, start, true, basis);
        return row.withPlan(plan, PlanOverrides.project(row, plan));
    }

    private static PlanResult result(StorePlan... rows) {
        return PlanOverrides.withPlans(new PlanResult(MONDAY.minusWeeks(1), List.of(), List.of(rows), null, List.of(),
                0, 0), List.of());
    }

    /** Expected margin by hand: sales = min(stock, 10 × (price / 10)^−2), salvage 1 a unit, cost 4 × 50. */
    private static double marginByHand(int[] cents) {
        return marginByHand(cents, 50);
    }

    private static double marginByHand(int[] cents, double startStock) {
        double stock = startStock;
        double revenue = 0;
        for (int c : cents) {
            double sold = Math.min(stock, 10 * Math.pow(c / 1000.0, -2));
            revenue += sold * c / 100.0;
            stock -= sold;
        }
        return revenue + stock * 1.0 - 4 * startStock;
    }

    private static final int[] PLAN = {1000, 900, 900, 800, 800, 800};

    @Test
    void removingAMarkdownKeepsThePriceBeforeItAndRescoresTheRowAndTheTotals() {
        PlanResult plan = result(store("S1", "S1", PLAN, Double.NaN));

        PlanOverrides.Applied applied = assertInstanceOf(PlanOverrides.Applied.class,
                PlanOverrides.removeStep(plan, plan.plans().get(0), 3));

        StorePlan changed = applied.result().plans().get(0);
        assertArrayEquals(new int[] {1000, 900, 900, 900, 900, 900}, changed.planCents());
        assertEquals(marginByHand(changed.planCents()), changed.plan().margin(), 1e-9);
        assertEquals(changed.plan().margin(), applied.result().summary().margin(), 1e-9);
        assertEquals(1, applied.result().summary().priceChanges());
        assertEquals(1, applied.result().priceChanges().size());
        assertEquals(9.0, applied.result().priceChanges().get(0).newPrice(), 1e-9);
    }

    @Test
    void aDeeperStepRunsUntilTheNextStepAndIsScoredUnderTheFittedDemand() {
        PlanResult plan = result(store("S1", "S1", PLAN, Double.NaN, 200));

        PlanOverrides.Applied applied = assertInstanceOf(PlanOverrides.Applied.class,
                PlanOverrides.setStep(plan, plan.plans().get(0), 3, 700));

        StorePlan changed = applied.changed().get(0);
        assertArrayEquals(new int[] {1000, 900, 900, 700, 700, 700}, changed.planCents());
        assertEquals(marginByHand(changed.planCents(), 200), changed.plan().margin(), 1e-9);
        assertTrue(changed.plan().units()[3] > plan.plans().get(0).plan().units()[3], "a deeper price sells more");
    }

    @Test
    void aChangeThatBreaksARuleIsRefusedWithTheReasonAndTheRule() {
        PlanResult plan = result(store("S1", "S1", PLAN, Double.NaN));
        StorePlan row = plan.plans().get(0);

        assertEquals(new PlanOverrides.Rejected("No markdown may take effect before the week of 14 Sep (the rules "
                + "allow none before that week of the season), but one would in the week of 7 Sep."),
                PlanOverrides.setStep(plan, row, 0, 900));
        assertEquals(new PlanOverrides.Rejected("8.50 is not a price this product may take: the ladder, price "
                + "endings, maximum depth and first-markdown depth allow 10.00, 9.00, 8.00 or 7.00."),
                PlanOverrides.setStep(plan, row, 2, 850));
        assertEquals(new PlanOverrides.Rejected("The price would go up from 7.00 to 8.00 in the week of 28 Sep; "
                + "markdown prices never go up."), PlanOverrides.setStep(plan, row, 1, 700));
        assertEquals(new PlanOverrides.Rejected("The markdown in the week of 21 Sep comes 1 week after the one "
                + "before; the rules ask for at least 2."), PlanOverrides.setStep(plan, row, 2, 800));
        assertEquals(new PlanOverrides.Rejected("That makes 3 markdowns this season (0 already taken); the rules "
                + "allow at most 2."), PlanOverrides.setStep(plan, row, 5, 700));
        assertEquals(new PlanOverrides.Rejected("There is no markdown in the week of 21 Sep."),
                PlanOverrides.removeStep(plan, row, 2));
    }

    @Test
    void aFirstMarkdownShallowerThanTheFirstMarkdownDepthIsRefusedAndADeepEnoughOneApplied() {
        StorePlan row = store("S1", "S1", new int[] {1000, 800, 800, 800, 800, 800}, Double.NaN, 50,
                RULES.withFirstMarkdownMinDepth(0.2));
        PlanResult plan = result(row);

        assertEquals(new PlanOverrides.Rejected("9.00 is not a price this product may take: the ladder, price "
                + "endings, maximum depth and first-markdown depth allow 10.00, 8.00 or 7.00."),
                PlanOverrides.setStep(plan, row, 1, 900));
        PlanOverrides.Applied applied = assertInstanceOf(PlanOverrides.Applied.class,
                PlanOverrides.setStep(plan, row, 1, 700));
        assertArrayEquals(new int[] {1000, 700, 700, 700, 700, 700}, applied.changed().get(0).planCents());
    }

    @Test
    void aChangeThatMissesAMetSellThroughTargetIsRefused() {
        int[] deep = {1000, 700, 700, 700, 700, 700};
        StorePlan row = store("S1", "S1", deep, 0.9, 100);
        assertTrue(row.plan().leftover() <= 5, "the plan meets the 90 % target: " + row.plan().leftover());
        PlanResult plan = result(row);

        PlanOverrides.Rejected refused = assertInstanceOf(PlanOverrides.Rejected.class,
                PlanOverrides.removeStep(plan, row, 1));
        assertTrue(refused.reason().endsWith("short of the 90 % sell-through target."), refused.reason());
    }

    @Test
    void aChangeOverTheMarkdownBudgetIsRefusedAndOneWithinItApplied() {
        int[] keep = {1000, 1000, 1000, 1000, 1000, 1000};
        // 7.00 from the last week sells min(stock, 10 × 0.7^−2 ≈ 20.4) units, each 3.00 below today's price
        StorePlan tight = store("S1", "S1", keep, Double.NaN, 100, RULES.withMarkdownBudget(50));
        PlanOverrides.Rejected refused = assertInstanceOf(PlanOverrides.Rejected.class,
                PlanOverrides.setStep(result(tight), tight, 5, 700));
        assertTrue(refused.reason().contains("over the markdown budget of 50.00"), refused.reason());

        StorePlan loose = store("S1", "S1", keep, Double.NaN, 100, RULES.withMarkdownBudget(70));
        PlanOverrides.Applied applied = assertInstanceOf(PlanOverrides.Applied.class,
                PlanOverrides.setStep(result(loose), loose, 5, 700));
        StorePlan changed = applied.changed().get(0);
        assertEquals(changed.plan().units()[5] * 3.0, changed.planMarkdownCost(), 1e-9);
    }

    @Test
    void aChangeAppliesToEveryStoreOfTheClusterThatSharesThePrice() {
        PlanResult plan = result(store("S1", "A", PLAN, Double.NaN), store("S2", "A", PLAN, Double.NaN),
                store("S3", "B", PLAN, Double.NaN));

        PlanOverrides.Applied applied = assertInstanceOf(PlanOverrides.Applied.class,
                PlanOverrides.removeStep(plan, plan.plans().get(1), 1));

        assertEquals(List.of("S1", "S2"), applied.changed().stream().map(StorePlan::storeId).toList());
        assertArrayEquals(new int[] {1000, 1000, 1000, 800, 800, 800}, applied.result().plans().get(0).planCents());
        assertArrayEquals(new int[] {1000, 1000, 1000, 800, 800, 800}, applied.result().plans().get(1).planCents());
        assertArrayEquals(PLAN, applied.result().plans().get(2).planCents(), "another cluster is untouched");
    }

    @Test
    void onThePlannedSampleRemovingAStoresOnlyMarkdownScoresLikeKeepingTodaysPrice() {
        PlanResult plan = new MarkdownPlanner(RuleBook.standard().withDefaults(
                MarkdownRules.defaults().withClusterPricing(false)))
                .plan(SampleData.data());
        StorePlan row = plan.plans().stream().filter(p -> p.markdowns() == 1).findFirst().orElseThrow();
        int week = 0;
        while (row.planCents()[week] == row.currentCents()) {
            week++;
        }

        PlanOverrides.Applied applied = assertInstanceOf(PlanOverrides.Applied.class,
                PlanOverrides.removeStep(plan, row, week));

        StorePlan held = applied.changed().get(0);
        assertEquals(row.noMarkdown().margin(), held.plan().margin(), 1e-6);
        assertEquals(row.noMarkdown().leftover(), held.plan().leftover(), 1e-6);
        assertEquals(plan.summary().margin() - row.plan().margin() + held.plan().margin(),
                applied.result().summary().margin(), 1e-6);
        assertEquals(plan.summary().priceChanges() - 1, applied.result().summary().priceChanges());
    }

    @Test
    void aChangeByHandThatTakesThePlanOverItsMarkdownBudgetIsRefused() {
        RuleBook book = RuleBook.standard().withDefaults(
                MarkdownRules.defaults().withClusterPricing(false));
        double unlimited = new MarkdownPlanner(book).plan(SampleData.data()).summary().markdownCost();
        PlanResult plan = new MarkdownPlanner(book.withPlanMarkdownBudget(Math.round(unlimited / 2)))
                .plan(SampleData.data());
        // a row that holds its price but sells: marking it down from its first allowed week costs markdown
        StorePlan row = plan.plans().stream().filter(p -> p.holdsPrice() && p.plan().totalUnits() > 1
                && p.basis().rungCents().length > 1 && p.basis().firstAllowed() < p.weeks().size()).findFirst()
                .orElseThrow();
        double spare = plan.budget().budget() - plan.summary().markdownCost();
        int deepest = row.basis().rungCents()[row.basis().rungCents().length - 1];

        // a binding budget is spent on the optimum, so a markdown by hand that costs more than what is left over
        assertTrue(spare < 1, "a binding budget is used up: " + spare);
        PlanOverrides.Rejected rejected = assertInstanceOf(PlanOverrides.Rejected.class,
                PlanOverrides.setStep(plan, row, row.basis().firstAllowed(), deepest));

        assertTrue(rejected.reason().startsWith("That brings the plan's markdown cost to "), rejected.reason());
        assertTrue(rejected.reason().endsWith(String.format(Locale.ROOT,
                "over its markdown budget of %,.2f.", plan.budget().budget())), rejected.reason());
    }
}
