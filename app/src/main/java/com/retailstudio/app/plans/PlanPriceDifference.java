package com.retailstudio.app.plans;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One week in which a markdown plan prices a product in a store differently from what it is compared with.
 *
 * @param before the price without this version: the compared plan's price that week, or (for a first plan) the
 *               shelf price it starts from; empty when the compared plan does not price that week
 * @param after  this version's price that week; empty when it no longer prices that week
 */
public record PlanPriceDifference(String productId, String storeId, LocalDate week, Optional<Double> before,
                                  Optional<Double> after) {
}
