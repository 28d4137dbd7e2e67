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
 */
public record StorePlan(String productId, String productName, String category, String storeId, String cluster,
                        double fullPrice, double unitCost, List<LocalDate> weeks, int currentCents, int[] planCents,
                        int[] baselineCents, Projection plan, Projection baseline, Projection noMarkdown,
                        boolean targetMet) {

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
