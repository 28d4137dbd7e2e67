package com.retailstudio.markdown.engine;

/**
 * One markdown decision for a product in a store or price cluster, from now to exit, under expected demand
 * <pre>sales(t) = min(stock, level[t] × min(1, stock / fixtureStock)^theta × (price / fullPrice)^elasticity)</pre>
 * Arrays are used as given (not copied) so that the optimiser stays allocation-free.
 *
 * @param level          expected units per remaining week at full price with a full fixture (base × season)
 * @param rungCents      allowed prices in cents, strictly decreasing; rung 0 is the current price
 * @param fullPrice      full price in currency units
 * @param elasticity     constant price elasticity (negative)
 * @param theta          broken-assortment exponent (0 = none)
 * @param fixtureStock   units that fill the fixture
 * @param startStock     units on hand now
 * @param unitCost       cost per unit (for margin)
 * @param salvagePerUnit value recovered per unit left at exit
 * @param markdownsUsed  markdowns already taken this season
 * @param weeksSinceLast weeks since the last markdown took effect (large when none)
 * @param firstAllowed   first remaining week (0-based) in which a markdown may take effect
 * @param maxMarkdowns   markdowns allowed in the season, counting those taken
 * @param minGap         weeks that must pass after a markdown before the next one
 * @param maxEndStock    most units that may be left at exit (sell-through target); +infinity when none
 */
public record MarkdownProblem(double[] level, int[] rungCents, double fullPrice, double elasticity, double theta,
                              double fixtureStock, double startStock, double unitCost, double salvagePerUnit,
                              int markdownsUsed, int weeksSinceLast, int firstAllowed, int maxMarkdowns, int minGap,
                              double maxEndStock) {

    public int weeks() {
        return level.length;
    }

    public int rungCount() {
        return rungCents.length;
    }

    /** Expected units sold in a week at a price with a given stock at its start. */
    public double sales(int week, double priceCents, double stock) {
        if (stock <= 0) {
            return 0;
        }
        double inventory = stock >= fixtureStock ? 1.0 : Math.pow(stock / fixtureStock, theta);
        double mean = level[week] * inventory * Math.pow(priceCents / (fullPrice * 100), elasticity);
        return Math.min(stock, mean);
    }
}
