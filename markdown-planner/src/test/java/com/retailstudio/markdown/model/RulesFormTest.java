package com.retailstudio.markdown.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class RulesFormTest {

    private static final RulesForm DEFAULTS = RulesForm.of(MarkdownRules.defaults());

    @Test
    void theDefaultsReadBackAsTheDefaults() {
        assertEquals("0, 10, 20, 30, 40, 50, 60, 70", DEFAULTS.ladder());
        assertEquals("49, 99", DEFAULTS.priceEndings());
        assertEquals("", DEFAULTS.exitWeek());
        assertEquals("", DEFAULTS.sellThroughTarget());
        RulesForm.Checked checked = DEFAULTS.check(26);
        assertTrue(checked.ok(), checked.problems().toString());
        assertEquals(MarkdownRules.defaults().toString(), checked.rules().orElseThrow().toString());
    }

    @Test
    void typedValuesBecomeShares() {
        RulesForm form = DEFAULTS.with(RuleField.LADDER, "0, 15%, 25, 40").with(RuleField.PRICE_ENDINGS, ".95, 99")
                .with(RuleField.MAX_DEPTH, "40").with(RuleField.FIRST_MARKDOWN_MIN_DEPTH, "25")
                .with(RuleField.EXIT_WEEK, "20").with(RuleField.SALVAGE, "12.5")
                .with(RuleField.SELL_THROUGH_TARGET, "80").with(RuleField.CLUSTER_PRICING, "false");
        MarkdownRules rules = form.check(26).rules().orElseThrow();
        assertEquals(List.of(0.0, 0.15, 0.25, 0.4), rules.ladder());
        assertEquals(List.of(95, 99), rules.priceEndings());
        assertEquals(0.4, rules.maxDepth(), 1e-12);
        assertEquals(0.25, rules.firstMarkdownMinDepth(), 1e-12);
        assertEquals(20, rules.exitWeek());
        assertEquals(0.125, rules.salvageRate(), 1e-12);
        assertEquals(0.8, rules.sellThroughTarget(), 1e-12);
        assertFalse(rules.clusterPricing());
        assertEquals(form, RulesForm.of(rules).with(RuleField.PRICE_ENDINGS, ".95, 99")
                .with(RuleField.LADDER, "0, 15%, 25, 40"));
    }

    @Test
    void maximumDepthBelowTheFirstLadderStepIsRefusedNamingTheField() {
        RulesForm.Checked checked = DEFAULTS.with(RuleField.MAX_DEPTH, "5").check(26);
        assertFalse(checked.ok());
        assertTrue(checked.rules().isEmpty(), "never applied");
        assertEquals(List.of(new RuleProblem(RuleField.MAX_DEPTH, "Maximum depth 5 % is below the first ladder step "
                + "(10 %), so no markdown could be taken.")), checked.problems());
    }

    @Test
    void aMinimumGapLongerThanTheSeasonIsRefused() {
        RulesForm.Checked checked = DEFAULTS.with(RuleField.MIN_WEEKS_BETWEEN, "30").check(26);
        assertEquals("Minimum weeks between markdowns (30) is longer than the season (26 weeks).",
                checked.problemWith(RuleField.MIN_WEEKS_BETWEEN).orElseThrow().message());
        // without a known season the same gap is only a number in range
        assertTrue(DEFAULTS.with(RuleField.MIN_WEEKS_BETWEEN, "30").check(0).ok());
    }

    @Test
    void rulesThatLeaveNoWeekForAMarkdownAreRefused() {
        assertEquals("No markdown before week 26 leaves no week for one: the season has 26 weeks.",
                DEFAULTS.with(RuleField.NO_MARKDOWN_BEFORE_WEEK, "26").check(26)
                        .problemWith(RuleField.NO_MARKDOWN_BEFORE_WEEK).orElseThrow().message());
        assertEquals("Exit week 4 leaves no week for a markdown: none may be taken before week 4.",
                DEFAULTS.with(RuleField.EXIT_WEEK, "4").check(26).problemWith(RuleField.EXIT_WEEK).orElseThrow()
                        .message());
        assertEquals("Exit week 30 is after the end of the season (week 26).",
                DEFAULTS.with(RuleField.EXIT_WEEK, "30").check(26).problemWith(RuleField.EXIT_WEEK).orElseThrow()
                        .message());
    }

    @Test
    void firstMarkdownDeeperThanTheMaximumOrWithNoStepInReachIsRefused() {
        assertEquals("First markdown at least 80 % is deeper than the maximum depth (70 %).",
                DEFAULTS.with(RuleField.FIRST_MARKDOWN_MIN_DEPTH, "80").check(26)
                        .problemWith(RuleField.FIRST_MARKDOWN_MIN_DEPTH).orElseThrow().message());
        assertEquals("No ladder step lies between the first markdown's 25 % and the maximum depth of 28 %.",
                DEFAULTS.with(RuleField.FIRST_MARKDOWN_MIN_DEPTH, "25").with(RuleField.MAX_DEPTH, "28").check(26)
                        .problemWith(RuleField.FIRST_MARKDOWN_MIN_DEPTH).orElseThrow().message());
    }

    @Test
    void badTextIsReportedPerFieldAndEveryProblemIsListed() {
        RulesForm.Checked checked = DEFAULTS.with(RuleField.LADDER, "0, 20, 10").with(RuleField.MAX_MARKDOWNS, "two")
                .with(RuleField.SALVAGE, "120").with(RuleField.PRICE_ENDINGS, "99, 150").check(26);
        assertEquals(List.of(RuleField.LADDER, RuleField.PRICE_ENDINGS, RuleField.MAX_MARKDOWNS, RuleField.SALVAGE),
                checked.problems().stream().map(RuleProblem::field).toList());
        assertEquals("Discount ladder: steps must go up, but 10 follows 20.",
                checked.problemWith(RuleField.LADDER).orElseThrow().message());
        assertEquals("Maximum markdowns: \"two\" is not a whole number.",
                checked.problemWith(RuleField.MAX_MARKDOWNS).orElseThrow().message());
        assertEquals("Salvage value must be between 0 and 100 %, not 120.",
                checked.problemWith(RuleField.SALVAGE).orElseThrow().message());
        assertEquals("Price endings: \"150\" is not a cent ending from 00 to 99.",
                checked.problemWith(RuleField.PRICE_ENDINGS).orElseThrow().message());
        assertEquals("Discount ladder must start at 0 % (today's price).",
                DEFAULTS.with(RuleField.LADDER, "10, 20").check(26).problems().get(0).message());
    }

    @Test
    void aMarkdownBudgetIsAnAmountOfMoneyAndBlankMeansNone() {
        assertTrue(Double.isNaN(DEFAULTS.check(26).rules().orElseThrow().markdownBudget()));
        MarkdownRules rules = DEFAULTS.with(RuleField.MARKDOWN_BUDGET, "1,250.5").check(26).rules().orElseThrow();
        assertEquals(1250.5, rules.markdownBudget(), 1e-9);
        assertEquals("1250.5", RulesForm.of(rules).text(RuleField.MARKDOWN_BUDGET));
        assertEquals("Markdown budget per product must be 0 or more, not -5.", DEFAULTS.with(RuleField.MARKDOWN_BUDGET, "-5")
                .check(26).problemWith(RuleField.MARKDOWN_BUDGET).orElseThrow().message());
        assertEquals("Markdown budget per product: \"lots\" is not an amount of money.", DEFAULTS.with(RuleField.MARKDOWN_BUDGET,
                "lots").check(26).problemWith(RuleField.MARKDOWN_BUDGET).orElseThrow().message());
    }

    @Test
    void thePlansMarkdownBudgetIsAnAmountOrBlankForNone() {
        assertEquals(25_000.0, RulesForm.planBudget(" 25,000 "));
        assertTrue(Double.isNaN(RulesForm.planBudget("")), "blank: no budget");
        assertEquals("Markdown budget per plan must be 0 or more, not -5.", Assertions
                .assertThrows(IllegalArgumentException.class, () -> RulesForm.planBudget("-5")).getMessage());
        assertEquals("Markdown budget per plan: \"lots\" is not an amount of money.", org.junit.jupiter.api
                .Assertions.assertThrows(IllegalArgumentException.class, () -> RulesForm.planBudget("lots"))
                .getMessage());
    }
}
