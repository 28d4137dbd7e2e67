package com.retailstudio.markdown.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.retailstudio.markdown.model.MarkdownRules;
import com.retailstudio.markdown.model.Objective;
import com.retailstudio.markdown.model.PricePath;
import com.retailstudio.markdown.model.RuleBreach;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked examples of "Rules that can be read two ways, settled" in docs/markdown-planner.md, one test each. */
class SettledRulesTest {

    private static final MarkdownRules RULES = MarkdownRules.defaults();
    private static final LocalDate MARCH_9 = LocalDate.of(2026, 3, 9);

    private static List<String> breaches(MarkdownRules rules, int seasonWeek, int seasonWeeks, int taken, int since,
                                         int current, int... cents) {
        return PricePathRules.check(rules, new PricePath("P1", "S1", "toys", "A", 1000, current, MARCH_9, seasonWeek,
                seasonWeeks, taken, since, cents)).stream().map(RuleBreach::rule).toList();
    }

    @Test
    void theMinimumGapCountsFromTheWeekOneMarkdownTakesEffectToTheWeekTheNextDoes() {
        // plan from 9 March; the last markdown took effect on 2 March (1 week before)
        assertEquals(List.of(PricePathRules.MIN_GAP), breaches(RULES, 10, 20, 1, 1, 799, 699));
        assertEquals(List.of(), breaches(RULES, 10, 20, 1, 1, 799, 799, 699));
        // within the plan: 9 and 16 March too close, 9 and 23 March fine
        assertEquals(List.of(PricePathRules.MIN_GAP), breaches(RULES, 10, 20, 0, 99, 1000, 899, 799));
        assertEquals(List.of(), breaches(RULES, 10, 20, 0, 99, 1000, 899, 899, 799));
        assertEquals(List.of(), breaches(RULES.withMinWeeksBetween(1), 10, 20, 0, 99, 1000, 899, 799, 699));
    }

    @Test
    void noMarkdownBeforeWeekFourAllowsOneInWeekFourTheFifthWeekOfTheSeason() {
        assertEquals(List.of(PricePathRules.FIRST_WEEK), breaches(RULES, 3, 20, 0, 99, 1000, 899));
        assertEquals(List.of(), breaches(RULES, 4, 20, 0, 99, 1000, 899));
    }

    @Test
    void theExitWeekIsNotSoldAndTheWeekBeforeItMayBeMarkedDown() {
        // a 12-week season, exit week 10: weeks 8 and 9 may be priced, week 9 marked down; week 10 may not be priced
        assertEquals(List.of(), breaches(RULES.withExitWeek(10), 8, 12, 0, 99, 1000, 1000, 899));
        assertEquals(List.of(PricePathRules.EXIT_WEEK), breaches(RULES.withExitWeek(10), 8, 12, 0, 99, 1000, 1000,
                1000, 1000));
        // no exit week: the season's end, week 12; week 11 may carry a markdown
        assertEquals(List.of(), breaches(RULES, 11, 12, 0, 99, 1000, 899));
    }

    @Test
    void markdownsAlreadyTakenCountAgainstTheMaximumStartTheGapAndSetWhereTheLadderStarts() {
        // full 10.00, marked down to 7.99 three weeks ago: the ladder runs down from 7.99
        // 2.99 would be 70.1 % off, deeper than the 70 % maximum
        assertArrayEquals(new int[] {799, 699, 599, 499, 399}, PriceLadder.rungs(1000, 799, RULES, 1));
        assertEquals(List.of(), breaches(RULES, 10, 20, 1, 3, 799, 699, 699, 599));
        // 3 allowed, 1 taken: a third markdown in the plan is one too many
        assertEquals(List.of(PricePathRules.MAX_MARKDOWNS), breaches(RULES, 10, 20, 1, 3, 799, 699, 699, 599, 599,
                499));
        // once one is taken, the first-markdown depth no longer applies
        assertEquals(List.of(), breaches(RULES.withFirstMarkdownMinDepth(0.5), 10, 20, 1, 3, 799, 699));
        assertEquals(List.of(PricePathRules.FIRST_DEPTH), breaches(RULES.withFirstMarkdownMinDepth(0.5), 10, 20, 0,
                99, 1000, 699));
    }

    @Test
    void theFirstMarkdownsDepthIsThatOfTheRoundedPrice() {
        MarkdownRules rules = RULES.withLadder(List.of(0.0, 0.32)).withFirstMarkdownMinDepth(0.33);
        assertArrayEquals(new int[] {1461, 949}, PriceLadder.rungs(1461, 1461, rules, 0));
        assertEquals(List.of(), PricePathRules.check(rules, new PricePath("P1", "S1", "toys", "A", 1461, 1461,
                MARCH_9, 10, 20, 0, 99, new int[] {949})).stream().map(RuleBreach::rule).toList());
    }

    @Test
    void aBudgetOfZeroAllowsAMarkdownOnlyWhereItSellsNothing() {
        double[] level = {5, 5, 5};
        int[] rungs = {1000, 699, 499};
        MarkdownProblem selling = new MarkdownProblem(level, rungs, 10, -3, 0, 1, 100, 4, 0, 0, 99, 0, 3, 0,
                Double.POSITIVE_INFINITY);
        MarkdownOptimizer.Solution free = new MarkdownOptimizer().solve(new MarkdownProblem[] {selling},
                Objective.REVENUE, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        MarkdownOptimizer.Solution none = new MarkdownOptimizer().solve(new MarkdownProblem[] {selling},
                Objective.REVENUE, Double.POSITIVE_INFINITY, 0);
        assertArrayEquals(new int[] {1, 2, 2}, free.rungs(), "elastic demand: markdowns pay without a budget");
        assertArrayEquals(new int[] {0, 0, 0}, none.rungs(), "no budget: no markdown that sells a unit");
        // a cluster's budget covers its stores together: two stores each giving up 3.01 × units exceed what one would
        MarkdownProblem small = new MarkdownProblem(new double[] {1}, new int[] {1000, 699}, 10, -3, 0, 1, 100, 4, 0,
                0, 99, 0, 3, 0, Double.POSITIVE_INFINITY);
        double oneStore = 3.01 * Math.pow(0.699, -3);
        assertArrayEquals(new int[] {1}, new MarkdownOptimizer().solve(new MarkdownProblem[] {small},
                Objective.REVENUE, Double.POSITIVE_INFINITY, oneStore * 1.5).rungs());
        assertArrayEquals(new int[] {0}, new MarkdownOptimizer().solve(new MarkdownProblem[] {small, small},
                Objective.REVENUE, Double.POSITIVE_INFINITY, oneStore * 1.5).rungs());
    }

    @Test
    void thePlansBudgetChargesOnlyWhatThePlanGivesUpAgainstTodaysPrice() {
        // one week left, elasticity −2, 10 units a week at full price, stock enough, revenue objective
        // A: full 10.00, still at 10.00; to 5.00 it sells 40 units: markdown cost 40 × 5.00 = 200, revenue 100 → 200
        MarkdownProblem a = new MarkdownProblem(new double[] {10}, new int[] {1000, 500}, 10, -2, 0, 1, 1000, 4, 0, 0,
                99, 0, 3, 0, Double.POSITIVE_INFINITY);
        // B: full 20.00, marked down to 15.00 before the plan; to 10.00 it sells 40 units: markdown cost 40 × 5.00 =
        // 200 against today's 15.00 (the 5.00 taken earlier is not charged), revenue 266.67 → 400
        MarkdownProblem b = new MarkdownProblem(new double[] {10}, new int[] {1500, 1000}, 20, -2, 0, 1, 1000, 8, 0, 1,
                5, 0, 3, 0, Double.POSITIVE_INFINITY);
        List<PlanBudget.Unit> units = List.of(new PlanBudget.Unit(new MarkdownProblem[] {a}, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY), new PlanBudget.Unit(new MarkdownProblem[] {b}, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY));
        MarkdownOptimizer optimizer = new MarkdownOptimizer();

        PlanBudget.Shared both = PlanBudget.plan(optimizer, Objective.REVENUE, units, 400);
        PlanBudget.Shared one = PlanBudget.plan(optimizer, Objective.REVENUE, units, 300);
        PlanBudget.Shared none = PlanBudget.plan(optimizer, Objective.REVENUE, units, 199);

        assertEquals(200, both.choices().get(1).markdownCost(), 1e-9);
        assertEquals(400, both.choices().get(1).objective(), 1e-9);
        assertEquals(false, both.use().binding(), "400 pays for both markdowns");
        // 300 pays for one: B gains 133.33, A 100
        assertArrayEquals(new int[] {0}, one.choices().get(0).rungs());
        assertArrayEquals(new int[] {1}, one.choices().get(1).rungs());
        assertEquals(100 + 400, one.use().upperBound(), 1e-9);
        assertArrayEquals(new int[] {0}, none.choices().get(0).rungs());
        assertArrayEquals(new int[] {0}, none.choices().get(1).rungs());
    }
}
