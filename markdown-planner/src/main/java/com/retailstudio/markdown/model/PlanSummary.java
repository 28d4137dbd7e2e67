package com.retailstudio.markdown.model;

/**
 * Totals over all product-stores of a plan, under the fitted demand model.
 *
 * @param margin            gross margin of the plan: revenue + salvage − unit cost × stock on hand now
 * @param baselineMargin    the same for the rule-of-thumb baseline
 * @param noMarkdownMargin  the same for keeping today's prices
 * @param marginUpliftPct   (margin − baselineMargin) / |baselineMargin| × 100
 * @param sellThrough       units sold by exit / stock on hand now, under the plan
 * @param leftoverUnits     units left at exit under the plan
 * @param objective         what the plan maximises (the rule book's), whose totals follow
 * @param objectiveValue    the plan's objective summed over product-stores (margin or revenue)
 * @param baselineObjective the same for the rule-of-thumb baseline
 * @param keepObjective     the same for keeping today's prices
 * @param markdownCost      revenue given up against today's prices on the units the plan sells below them
 * @param holdingPrice      product-stores whose plan keeps today's price to exit
 * @param targetMissed      product-stores whose sell-through target no rule-abiding price path reaches
 */
public record PlanSummary(double margin, double baselineMargin, double noMarkdownMargin, double marginUpliftPct,
                          double revenue, double baselineRevenue, double sellThrough, double baselineSellThrough,
                          double leftoverUnits, double baselineLeftoverUnits, int productStores, int priceChanges,
                          Objective objective, double objectiveValue, double baselineObjective, double keepObjective,
                          double markdownCost, int holdingPrice, int targetMissed) {

    /** A margin plan's summary as documents saved before the objective was named carry it. */
    public PlanSummary(double margin, double baselineMargin, double noMarkdownMargin, double marginUpliftPct,
                       double revenue, double baselineRevenue, double sellThrough, double baselineSellThrough,
                       double leftoverUnits, double baselineLeftoverUnits, int productStores, int priceChanges) {
        this(margin, baselineMargin, noMarkdownMargin, marginUpliftPct, revenue, baselineRevenue, sellThrough,
                baselineSellThrough, leftoverUnits, baselineLeftoverUnits, productStores, priceChanges,
                Objective.MARGIN, margin, baselineMargin, noMarkdownMargin, Double.NaN, -1, 0);
    }

    /** "margin" or "revenue": the objective's name as files and screens show it. */
    public String objectiveName() {
        return objective.label();
    }
}
