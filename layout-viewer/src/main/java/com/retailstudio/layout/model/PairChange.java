package com.retailstudio.layout.model;

/**
 * How a layout change moves one affinity pair: walking distance between its zones and expected co-purchase baskets.
 *
 * @param categoryA          first category
 * @param categoryB          second category
 * @param distanceBeforeM    walking distance between their zones now
 * @param distanceAfterM     walking distance after the change
 * @param coPurchasesBefore  baskets with both in the analysed period (observed)
 * @param coPurchasesAfter   expected baskets with both after the change
 */
public record PairChange(String categoryA, String categoryB, double distanceBeforeM, double distanceAfterM,
                         double coPurchasesBefore, double coPurchasesAfter) {
}
