package com.retailstudio.markdown.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The recommended price path of one product in one store over its remaining weeks, next to the rule-of-thumb
 * baseline and keeping today's price, each with its projected outcome under the fitted demand model.
 *
 * @param weeks         Monday of each remaining week
 * @param currentCents  shelf price now, in cents
 * @param planCents     recommended price per week, in cents
 * @param baselineCents rule-of-thumb price per week, in cents
 * @param plan          projected outcome of the plan
 * @param baseline      projected outcome of the rule-of-thumb baseline
 * @param noMarkdown    projected outcome of keeping today's price
 * @param targetMet     false when a sell-through target was set but could not be reached
 * @param basis         what the plan was computed from, so that a price path changed by hand is scored and checked
 *                      the same way
 */
public record StorePlan(String productId, String productName, String category, String storeId, String cluster,
                        double fullPrice, double unitCost, List<LocalDate> weeks, int currentCents, int[] planCents,
                        int[] baselineCents, Projection plan, Projection baseline, Projection noMarkdown,
                        boolean targetMet, Basis basis) {

    /**
     * The store's fitted demand and the rule state its price path must keep.
     *
     * @param unit             the planning unit: the price cluster when its stores share a price, else the store
     * @param level            expected units per remaining week at full price with a full fixture
     * @param elasticity       constant price elasticity
     * @param theta            broken-assortment exponent
     * @param fixtureStock     units that fill the fixture
     * @param salvagePerUnit   value recovered per unit left at exit
     * @param rungCents        allowed prices in cents from today's down, strictly decreasing
     * @param markdownsTaken   markdowns already taken this season
     * @param weeksSinceLast   weeks since the last markdown took effect (large when none)
     * @param firstAllowed     first remaining week (0-based) in which a markdown may take effect
     * @param maxMarkdowns     markdowns allowed in the season, counting those taken
     * @param minGap           weeks that must pass after a markdown before the next one
     * @param sellThroughTarget share of today's stock to sell by exit; NaN = none
     * @param seasonWeeks      weeks in the product's season
     * @param seasonWeek       week of the season of the first remaining week (0 = the launch week)
     * @param rules            the rules the row was planned under (its category's), which a change by hand must keep
     * @param objective        what the plan maximises (the rule book's)
     */
    public record Basis(String unit, double[] level, double elasticity, double theta, double fixtureStock,
                        double salvagePerUnit, int[] rungCents, int markdownsTaken, int weeksSinceLast,
                        int firstAllowed, int maxMarkdowns, int minGap, double sellThroughTarget, int seasonWeeks,
                        int seasonWeek, MarkdownRules rules, Objective objective) {

        /** A basis planned for margin. */
        public Basis(String unit, double[] level, double elasticity, double theta, double fixtureStock,
                     double salvagePerUnit, int[] rungCents, int markdownsTaken, int weeksSinceLast,
                     int firstAllowed, int maxMarkdowns, int minGap, double sellThroughTarget, int seasonWeeks,
                     int seasonWeek, MarkdownRules rules) {
            this(unit, level, elasticity, theta, fixtureStock, salvagePerUnit, rungCents, markdownsTaken,
                    weeksSinceLast, firstAllowed, maxMarkdowns, minGap, sellThroughTarget, seasonWeeks, seasonWeek,
                    rules, Objective.MARGIN);
        }
    }

    /** The objective (the basis's) of a projection of this row: margin or revenue. */
    public double objective(Projection p) {
        return basis.objective().of(p.totalRevenue(), p.margin());
    }

    /** Markdown cost of a projection: the revenue given up against today's price, Σ units × (today's − paid). */
    public double markdownCost(Projection p, int[] cents) {
        double cost = 0;
        for (int t = 0; t < cents.length; t++) {
            cost += p.units()[t] * (currentCents - cents[t]) / 100.0;
        }
        return cost;
    }

    /** Markdown cost of the plan. */
    public double planMarkdownCost() {
        return markdownCost(plan, planCents);
    }

    /** Whether the plan keeps today's price to exit. */
    public boolean holdsPrice() {
        for (int c : planCents) {
            if (c != currentCents) {
                return false;
            }
        }
        return true;
    }

    /** The row's price path with the rule state it starts from, as {@code PricePathRules} checks it. */
    public PricePath pricePath(int[] cents) {
        return new PricePath(productId, storeId, category, cluster, (int) Math.round(fullPrice * 100), currentCents,
                weeks.get(0), basis.seasonWeek(), basis.seasonWeeks(), basis.markdownsTaken(),
                Math.min(basis.weeksSinceLast(), 999), cents);
    }

    /** A copy with another price path and its projected outcome (a change made by hand). */
    public StorePlan withPlan(int[] cents, Projection outcome) {
        return new StorePlan(productId, productName, category, storeId, cluster, fullPrice, unitCost, weeks,
                currentCents, cents, baselineCents, outcome, baseline, noMarkdown, targetMet, basis);
    }

    /** Product and store, the key of a row. */
    public String key() {
        return productId + "@" + storeId;
    }

    /** Projected weekly units, start-of-week stock and revenue, and the totals. */
    public record Projection(double[] units, double[] stock, double[] revenue, double totalUnits,
                             double totalRevenue, double leftover, double salvage, double margin, double startStock) {

        public double sellThrough() {
            return startStock <= 0 ? 0 : totalUnits / startStock;
        }
    }

    /** Number of price changes in the plan. */
    public int markdowns() {
        int count = 0;
        int previous = currentCents;
        for (int c : planCents) {
            if (c != previous) {
                count++;
            }
            previous = c;
        }
        return count;
    }
}
