package com.retailstudio.markdown.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.io.DataSet;
import com.retailstudio.markdown.model.MarkdownRules;
import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.PricePath;
import com.retailstudio.markdown.model.RuleBook;
import com.retailstudio.markdown.model.RuleBreach;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A price path is checked against the rules from outside the optimiser, one breach per broken rule and week. */
class PricePathRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);
    /** Full price 10.00, today 9.99; with the default rules the rungs are 8.99, 7.99, 6.99, 5.99, 4.99, 3.99, 2.99. */
    private static final MarkdownRules RULES = MarkdownRules.defaults();

    private static PricePath path(String store, int seasonWeek, int taken, int sinceLast, int... cents) {
        return new PricePath("P1", store, "toys", "A", 1000, 999, MONDAY, seasonWeek, 20, taken, sinceLast, cents);
    }

    private static List<String> rules(List<RuleBreach> breaches) {
        return breaches.stream().map(RuleBreach::rule).toList();
    }

    @Test
    void aPathOnTheLadderAfterTheFirstWeekWithGapsKeepsEveryRule() {
        assertEquals(List.of(), PricePathRules.check(RULES, path("S1", 6, 0, 999, 999, 799, 799, 499, 499)));
    }

    @Test
    void aPriceThatGoesUpIsABreach() {
        List<RuleBreach> breaches = PricePathRules.check(RULES, path("S1", 6, 0, 999, 799, 799, 899));
        assertEquals(List.of(PricePathRules.NO_INCREASE), rules(breaches));
        assertEquals(MONDAY.plusWeeks(2), breaches.get(0).week());
        assertEquals("product P1 in store S1, week of 2026-09-21, breaks the rule 'prices never go up': the price "
                + "rises from 7.99 to 8.99", breaches.get(0).toSentence());
    }

    @Test
    void pricesOffTheLadderNameTheRuleTheyBreak() {
        assertEquals(List.of(PricePathRules.MAX_DEPTH), rules(PricePathRules.check(RULES, path("S1", 6, 0, 999, 199))));
        assertEquals(List.of(PricePathRules.PRICE_ENDINGS),
                rules(PricePathRules.check(RULES, path("S1", 6, 0, 999, 750))));
        assertEquals(List.of(PricePathRules.LADDER), rules(PricePathRules.check(RULES, path("S1", 6, 0, 999, 949))));
    }

    @Test
    void theFirstAllowedWeekAndTheGapCountFromTheSeasonAndTheLastMarkdownBeforeThePath() {
        assertEquals(List.of(PricePathRules.FIRST_WEEK),
                rules(PricePathRules.check(RULES, path("S1", 3, 0, 999, 899))));
        assertEquals(List.of(), PricePathRules.check(RULES, path("S1", 3, 0, 999, 999, 899)));
        assertEquals(List.of(PricePathRules.MIN_GAP), rules(PricePathRules.check(RULES, path("S1", 6, 1, 1, 899))));
        assertEquals(List.of(PricePathRules.MIN_GAP),
                rules(PricePathRules.check(RULES, path("S1", 6, 0, 999, 899, 799))));
    }

    @Test
    void markdownsAlreadyTakenCountTowardsTheMaximum() {
        assertEquals(List.of(PricePathRules.MAX_MARKDOWNS),
                rules(PricePathRules.check(RULES, path("S1", 6, 3, 5, 899))));
        assertEquals(List.of(), PricePathRules.check(RULES, path("S1", 6, 2, 5, 899)));
    }

    @Test
    void theSeasonsFirstMarkdownShallowerThanTheFirstMarkdownDepthIsABreach() {
        MarkdownRules firstAtLeast20 = RULES.withFirstMarkdownMinDepth(0.2);
        List<RuleBreach> breaches = PricePathRules.check(firstAtLeast20, path("S1", 6, 0, 999, 999, 899, 899, 699));
        assertEquals(List.of(PricePathRules.FIRST_DEPTH), rules(breaches));
        assertEquals(MONDAY.plusWeeks(1), breaches.get(0).week());
        assertEquals("the season's first markdown, to 8.99, is 10.1 % off the full price 10.00; it must be at least "
                + "20.0 %", breaches.get(0).detail());
    }

    @Test
    void aFirstMarkdownAtTheFirstMarkdownDepthAndLaterShallowStepsKeepTheRule() {
        MarkdownRules firstAtLeast20 = RULES.withFirstMarkdownMinDepth(0.2);
        assertEquals(List.of(), PricePathRules.check(firstAtLeast20, path("S1", 6, 0, 999, 999, 799, 799, 699)));
        // one markdown was taken before the path, so the next may be any step of the ladder
        assertEquals(List.of(), PricePathRules.check(firstAtLeast20, path("S1", 6, 1, 5, 899, 899, 799)));
    }

    @Test
    void noPriceIsPlannedAfterTheExitWeek() {
        assertEquals(List.of(PricePathRules.EXIT_WEEK),
                rules(PricePathRules.check(RULES.withExitWeek(8), path("S1", 6, 0, 999, 999, 999, 899))));
    }

    @Test
    void storesOfAClusterMustShareOnePricePathUnlessClusterPricingIsOff() {
        List<PricePath> paths = List.of(path("S1", 6, 0, 999, 999, 799), path("S2", 6, 0, 999, 999, 699));
        List<RuleBreach> breaches = PricePathRules.check(RuleBook.standard(), paths);
        assertEquals(List.of(PricePathRules.CLUSTER_PRICING), rules(breaches));
        assertEquals("S2", breaches.get(0).storeId());
        assertEquals(List.of(), PricePathRules.check(
                new RuleBook(RULES.withClusterPricing(false), Map.of()), paths));
    }

    @Test
    void aCategoryOverrideIsAppliedToItsProductsOnly() {
        RuleBook book = RuleBook.standard().withCategory("toys", RULES.withMaxDepth(0.3));
        assertEquals(List.of(PricePathRules.MAX_DEPTH),
                rules(PricePathRules.check(book, List.of(path("S1", 6, 0, 999, 499)))));
    }

    @Test
    void everyPathOfAPlanOfTheSampleKeepsTheRulesItWasPlannedUnder() {
        DataSet data = SampleData.data();
        RuleBook book = RuleBook.standard().withCategory("wine", RULES.withMaxDepth(0.4).withMinWeeksBetween(3));
        PlanResult plan = new MarkdownPlanner(book).plan(data);

        List<PricePath> paths = PricePaths.of(plan, data);

        assertEquals(plan.plans().size(), paths.size());
        assertEquals(plan.priceChanges(), PricePaths.priceChanges(paths));
        assertEquals(List.of(), PricePathRules.check(book, paths));
        assertTrue(paths.stream().anyMatch(p -> p.markdownsTaken() > 0), "some paths start after markdowns");
        // the same plan checked under stricter rules than it was made with is caught
        assertTrue(!PricePathRules.check(new RuleBook(RULES.withMaxDepth(0.15), Map.of()), paths).isEmpty());
    }
}
