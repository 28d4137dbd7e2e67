package com.retailstudio.markdown.model;

/**
 * A product's fitted weekly demand: units ~ Poisson(level(store, season) × exp(ageSlope·a + ageCurve·a²) ×
 * min(1, stock / fixture_stock)^theta × (price / full_price)^elasticity), a = (weeks since launch + 0.5) / season
 * length − 0.5.
 *
 * @param productId       the product
 * @param category        its category
 * @param elasticity      price elasticity after shrinkage toward the category
 * @param elasticityLow   lower end of its 95 % interval
 * @param elasticityHigh  upper end of its 95 % interval
 * @param rawElasticity   the product's own estimate before shrinkage (NaN when it could not be fitted)
 * @param rawStdError     its standard error (NaN when it could not be fitted)
 * @param theta           broken-assortment exponent after shrinkage
 * @param ageSlope        life-cycle slope after shrinkage
 * @param ageCurve        life-cycle curvature after shrinkage
 * @param mape            mean absolute percentage error of weekly units (all stores) on held-out weeks; NaN if none
 * @param heldOutWeeks    weeks the MAPE is computed over
 * @param observations    store-weeks that entered the fit
 * @param categoryOnly    true when the product had too little usable history and took the category estimate
 */
public record ProductDemand(String productId, String category, double elasticity, double elasticityLow,
                            double elasticityHigh, double rawElasticity, double rawStdError, double theta,
                            double ageSlope, double ageCurve, double mape, int heldOutWeeks, int observations,
                            boolean categoryOnly) {
}
