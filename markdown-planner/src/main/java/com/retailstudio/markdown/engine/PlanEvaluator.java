package com.retailstudio.markdown.engine;

/**
 * Scores a price path under the expected-demand model of a {@link MarkdownProblem} with continuous stock (no grid):
 * each week sells {@link MarkdownProblem#sales} units.
 */
public final class PlanEvaluator {

    private PlanEvaluator() {
    }

    /**
     * The outcome of a price path.
     *
     * @param units    expected units sold per week
     * @param stock    stock at the start of each week
     * @param revenue  expected revenue per week
     * @param leftover units left at exit
     * @param salvage  value recovered for the leftover
     * @param margin   revenue + salvage − unit cost × stock on hand now (the gross margin of the remaining stock)
     */
    public record Outcome(double[] units, double[] stock, double[] revenue, double totalUnits, double totalRevenue,
                          double leftover, double salvage, double margin, double startStock) {

        public double sellThrough() {
            return startStock <= 0 ? 0 : totalUnits / startStock;
        }
    }

    /** Evaluates a path of prices in cents, one per remaining week. */
    public static Outcome evaluate(MarkdownProblem p, int[] priceCents) {
        int weeks = p.weeks();
        double[] units = new double[weeks];
        double[] stock = new double[weeks];
        double[] revenue = new double[weeks];
        double s = p.startStock();
        double totalUnits = 0;
        double totalRevenue = 0;
        for (int t = 0; t < weeks; t++) {
            stock[t] = s;
            double sold = p.sales(t, priceCents[t], s);
            units[t] = sold;
            revenue[t] = sold * priceCents[t] / 100.0;
            totalUnits += sold;
            totalRevenue += revenue[t];
            s -= sold;
        }
        double salvage = s * p.salvagePerUnit();
        double margin = totalRevenue + salvage - p.unitCost() * p.startStock();
        return new Outcome(units, stock, revenue, totalUnits, totalRevenue, s, salvage, margin, p.startStock());
    }

    /** Prices in cents of a rung path. */
    public static int[] prices(MarkdownProblem p, int[] rungs) {
        int[] prices = new int[rungs.length];
        for (int t = 0; t < rungs.length; t++) {
            prices[t] = p.rungCents()[rungs[t]];
        }
        return prices;
    }
}
