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
 * @param partLevels     for a price cluster: each store's level per week (then {@code level} is their sum and
 *                       {@code fixtureStock} is one store's); null for a single store
 * @param partShares     for a price cluster: each store's share of the stock, assumed to hold as stock sells
 *                       (stores sell in proportion to their stock), so the broken-assortment effect acts on each
 *                       store's stock; null for a single store
 */
public record MarkdownProblem(double[] level, int[] rungCents, double fullPrice, double elasticity, double theta,
                              double fixtureStock, double startStock, double unitCost, double salvagePerUnit,
                              int markdownsUsed, int weeksSinceLast, int firstAllowed, int maxMarkdowns, int minGap,
                              double maxEndStock, double[][] partLevels, double[] partShares) {

    /** A single store (no parts). */
    public MarkdownProblem(double[] level, int[] rungCents, double fullPrice, double elasticity, double theta,
                           double fixtureStock, double startStock, double unitCost, double salvagePerUnit,
                           int markdownsUsed, int weeksSinceLast, int firstAllowed, int maxMarkdowns, int minGap,
                           double maxEndStock) {
        this(level, rungCents, fullPrice, elasticity, theta, fixtureStock, startStock, unitCost, salvagePerUnit,
                markdownsUsed, weeksSinceLast, firstAllowed, maxMarkdowns, minGap, maxEndStock, null, null);
    }

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
        double mean = demandAtFullPrice(week, stock) * Math.pow(priceCents / (fullPrice * 100), elasticity);
        return Math.min(stock, mean);
    }

    /** Expected units at full price in a week with a given stock at its start. */
    public double demandAtFullPrice(int week, double stock) {
        if (partLevels == null) {
            return level[week] * inventoryEffect(stock);
        }
        // a sum over stores in store order (the optimiser adds in the same order)
        double sum = 0;
        for (int s = 0; s < partLevels.length; s++) {
            sum += partLevels[s][week] * inventoryEffect(partShares[s] * stock);
        }
        return sum;
    }

    /** The broken-assortment factor of one store's stock: min(1, stock / fixtureStock)^theta. */
    public double inventoryEffect(double stock) {
        return stock >= fixtureStock ? 1.0 : stock <= 0 ? 0.0 : Math.pow(stock / fixtureStock, theta);
    }
}
