package com.retailstudio.markdown.model;

import java.util.List;
import java.util.Objects;

/**
 * The business rules a markdown plan must honour. Prices never go up (this is not a setting: a markdown optimiser
 * that raises prices is not a markdown optimiser).
 *
 * @param ladder             allowed discounts off full price as shares (0.1 = 10 % off), ascending, starting at 0
 * @param priceEndings       allowed price endings in cents (99 = prices end in .99); empty = any whole cent
 * @param maxDepth           deepest allowed discount as a share of full price, 0..1
 * @param minWeeksBetween    weeks that must pass after a markdown before the next one, at least 0
 * @param maxMarkdowns       markdowns allowed in the season, counting those already taken
 * @param noMarkdownBeforeWeek week of the season (0 = the launch week) before which no markdown may take effect
 * @param exitWeek           week of the season at which the product exits and remaining stock is salvaged;
 *                           -1 = the product's own season end
 * @param salvageRate        share of unit cost recovered per unit left at exit; NaN = the product's salvage_rate
 * @param sellThroughTarget  minimum share of the stock on hand now to sell by exit (0..1); NaN = none. Treated as a
 *                           hard constraint while it is reachable; when no price path reaches it the plan sells as
 *                           much as margin allows and is flagged
 * @param clusterPricing     whether the stores of one price cluster must share one price path
 * @param firstMarkdownMinDepth the season's first markdown goes at least this deep (share of full price); 0 = any
 *                           ladder step. Later markdowns are deeper anyway, since prices never go up
 * @param markdownBudget     most markdown cost of one product's price path in its planning unit (a store, or the
 *                           stores of a price cluster sharing the path), in currency: the revenue given up against
 *                           today's shelf price, Σ units sold × (today's price − price paid); NaN = no budget.
 *                           Markdowns already taken are sunk and not charged again
 */
public record MarkdownRules(List<Double> ladder, List<Integer> priceEndings, double maxDepth, int minWeeksBetween,
                            int maxMarkdowns, int noMarkdownBeforeWeek, int exitWeek, double salvageRate,
                            double sellThroughTarget, boolean clusterPricing,
                            double firstMarkdownMinDepth, double markdownBudget) {

    /** Rules without a markdown budget (the form before the budget rule existed). */
    public MarkdownRules(List<Double> ladder, List<Integer> priceEndings, double maxDepth, int minWeeksBetween,
                         int maxMarkdowns, int noMarkdownBeforeWeek, int exitWeek, double salvageRate,
                         double sellThroughTarget, boolean clusterPricing, double firstMarkdownMinDepth) {
        this(ladder, priceEndings, maxDepth, minWeeksBetween, maxMarkdowns, noMarkdownBeforeWeek, exitWeek,
                salvageRate, sellThroughTarget, clusterPricing, firstMarkdownMinDepth, Double.NaN);
    }

    public MarkdownRules {
        ladder = List.copyOf(ladder);
        priceEndings = List.copyOf(priceEndings);
        if (ladder.size() > 100) {
            throw new IllegalArgumentException("a ladder has at most 100 steps: " + ladder.size());
        }
        if (ladder.isEmpty() || ladder.get(0) != 0.0) {
            throw new IllegalArgumentException("the ladder must start at 0 % off");
        }
        for (int i = 1; i < ladder.size(); i++) {
            if (!(ladder.get(i) > ladder.get(i - 1)) || ladder.get(i) >= 1) {
                throw new IllegalArgumentException("ladder steps must be ascending and below 100 %: " + ladder);
            }
        }
        for (int e : priceEndings) {
            if (e < 0 || e > 99) {
                throw new IllegalArgumentException("a price ending is a cent value 0..99: " + e);
            }
        }
        if (!(maxDepth >= 0 && maxDepth < 1)) {
            throw new IllegalArgumentException("maximum depth must be in [0, 1): " + maxDepth);
        }
        if (minWeeksBetween < 0 || maxMarkdowns < 0 || noMarkdownBeforeWeek < 0 || exitWeek < -1) {
            throw new IllegalArgumentException("week counts and markdown counts cannot be negative");
        }
        if (!Double.isNaN(salvageRate) && (salvageRate < 0 || salvageRate > 1)) {
            throw new IllegalArgumentException("salvage rate must be in [0, 1]: " + salvageRate);
        }
        if (!Double.isNaN(sellThroughTarget) && (sellThroughTarget < 0 || sellThroughTarget > 1)) {
            throw new IllegalArgumentException("sell-through target must be in [0, 1]: " + sellThroughTarget);
        }
        if (!(firstMarkdownMinDepth >= 0 && firstMarkdownMinDepth < 1)) {
            throw new IllegalArgumentException("first markdown depth must be in [0, 1): " + firstMarkdownMinDepth);
        }
        if (!Double.isNaN(markdownBudget) && !(markdownBudget >= 0 && markdownBudget < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("markdown budget must be 0 or more: " + markdownBudget);
        }
    }

    /**
     * Defaults: ladder 0, 10, …, 70 % off; prices end in .49 or .99 (with .99 alone a 4.19 product could only go
     * to 3.99, 2.99 or 1.99); at most 70 % off; two weeks between markdowns; at most
     * three markdowns a season; no markdown in the first four weeks of the season; exit at the product's season end
     * with its own salvage rate; no sell-through target; stores of a price cluster share prices; the first markdown may
     * be any ladder step.
     */
    public static MarkdownRules defaults() {
        return new MarkdownRules(List.of(0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7), List.of(49, 99), 0.7, 2, 3, 4, -1,
                Double.NaN, Double.NaN, true, 0);
    }

    public MarkdownRules withMaxDepth(double value) {
        return new MarkdownRules(ladder, priceEndings, value, minWeeksBetween, maxMarkdowns, noMarkdownBeforeWeek,
                exitWeek, salvageRate, sellThroughTarget, clusterPricing,
                firstMarkdownMinDepth, markdownBudget);
    }

    public MarkdownRules withMinWeeksBetween(int value) {
        return new MarkdownRules(ladder, priceEndings, maxDepth, value, maxMarkdowns, noMarkdownBeforeWeek,
                exitWeek, salvageRate, sellThroughTarget, clusterPricing,
                firstMarkdownMinDepth, markdownBudget);
    }

    public MarkdownRules withMaxMarkdowns(int value) {
        return new MarkdownRules(ladder, priceEndings, maxDepth, minWeeksBetween, value, noMarkdownBeforeWeek,
                exitWeek, salvageRate, sellThroughTarget, clusterPricing,
                firstMarkdownMinDepth, markdownBudget);
    }

    public MarkdownRules withNoMarkdownBeforeWeek(int value) {
        return new MarkdownRules(ladder, priceEndings, maxDepth, minWeeksBetween, maxMarkdowns, value,
                exitWeek, salvageRate, sellThroughTarget, clusterPricing,
                firstMarkdownMinDepth, markdownBudget);
    }

    public MarkdownRules withExitWeek(int value) {
        return new MarkdownRules(ladder, priceEndings, maxDepth, minWeeksBetween, maxMarkdowns, noMarkdownBeforeWeek,
                value, salvageRate, sellThroughTarget, clusterPricing,
                firstMarkdownMinDepth, markdownBudget);
    }

    public MarkdownRules withSalvageRate(double value) {
        return new MarkdownRules(ladder, priceEndings, maxDepth, minWeeksBetween, maxMarkdowns, noMarkdownBeforeWeek,
                exitWeek, value, sellThroughTarget, clusterPricing,
                firstMarkdownMinDepth, markdownBudget);
    }

    public MarkdownRules withSellThroughTarget(double value) {
        return new MarkdownRules(ladder, priceEndings, maxDepth, minWeeksBetween, maxMarkdowns, noMarkdownBeforeWeek,
                exitWeek, salvageRate, value, clusterPricing,
                firstMarkdownMinDepth, markdownBudget);
    }

    public MarkdownRules withClusterPricing(boolean value) {
        return new MarkdownRules(ladder, priceEndings, maxDepth, minWeeksBetween, maxMarkdowns, noMarkdownBeforeWeek,
                exitWeek, salvageRate, sellThroughTarget, value,
                firstMarkdownMinDepth, markdownBudget);
    }

    public MarkdownRules withLadder(List<Double> value) {
        return new MarkdownRules(value, priceEndings, maxDepth, minWeeksBetween, maxMarkdowns, noMarkdownBeforeWeek,
                exitWeek, salvageRate, sellThroughTarget, clusterPricing,
                firstMarkdownMinDepth, markdownBudget);
    }

    public MarkdownRules withPriceEndings(List<Integer> value) {
        return new MarkdownRules(ladder, value, maxDepth, minWeeksBetween, maxMarkdowns, noMarkdownBeforeWeek,
                exitWeek, salvageRate, sellThroughTarget, clusterPricing,
                firstMarkdownMinDepth, markdownBudget);
    }

    public MarkdownRules withFirstMarkdownMinDepth(double value) {
        return new MarkdownRules(ladder, priceEndings, maxDepth, minWeeksBetween, maxMarkdowns, noMarkdownBeforeWeek,
                exitWeek, salvageRate, sellThroughTarget, clusterPricing, value, markdownBudget);
    }

    public MarkdownRules withMarkdownBudget(double value) {
        return new MarkdownRules(ladder, priceEndings, maxDepth, minWeeksBetween, maxMarkdowns, noMarkdownBeforeWeek,
                exitWeek, salvageRate, sellThroughTarget, clusterPricing, firstMarkdownMinDepth, value);
    }

    /** Whether a markdown budget is set. */
    public boolean hasMarkdownBudget() {
        return !Double.isNaN(markdownBudget);
    }

    /** Whether a sell-through target is set. */
    public boolean hasSellThroughTarget() {
        return !Double.isNaN(sellThroughTarget);
    }

    static MarkdownRules requireRules(MarkdownRules rules) {
        return Objects.requireNonNull(rules, "rules");
    }
}
