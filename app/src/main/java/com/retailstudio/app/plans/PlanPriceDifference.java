package com.retailstudio.app.plans;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One week in which a markdown plan prices a product in a store differently from what it is compared with.
 *
 * @param before the price without this version: the compared plan's price that week, or (for a first plan) the
 *               shelf price it starts from; empty when the compared plan does not price that week
 * @param after  this version's price that week; empty when it no longer prices that week
 * @param fullPrice the product's full price, which markdown depths ("40 % off") are measured from
 */
public record PlanPriceDifference(String productId, String storeId, LocalDate week, Optional<Double> before,
                                  Optional<Double> after, double fullPrice) {

    /** The change from the price before to the price after, as a share of the price before (−0.287 for 3.49 → 2.49). */
    public OptionalDouble changeVsPrevious() {
        return before.isEmpty() || after.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(after.get() / before.get() - 1);
    }

    /**
     * The price after as a share off full price (0.406 for 2.49 of 4.19), as the Markdowns table and the price-change
     * file's {@code discount_pct} give it.
     */
    public OptionalDouble offFullPrice() {
        return after.isEmpty() || fullPrice <= 0 ? OptionalDouble.empty()
                : OptionalDouble.of(1 - after.get() / fullPrice);
    }
}
