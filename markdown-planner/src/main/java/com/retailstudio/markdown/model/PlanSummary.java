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
 */
public record PlanSummary(double margin, double baselineMargin, double noMarkdownMargin, double marginUpliftPct,
                          double revenue, double baselineRevenue, double sellThrough, double baselineSellThrough,
                          double leftoverUnits, double baselineLeftoverUnits, int productStores, int priceChanges) {
}
