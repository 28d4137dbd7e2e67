package com.retailstudio.layout.model;

import java.util.List;
import java.util.Optional;

/**
 * The expected effect of moving a category to another category zone (the category shown there moves into the freed
 * zone): expected cross-category co-purchase baskets over all affinity pairs before and after. Model and
 * assumptions: docs/layout-analytics.md.
 *
 * @param category          the category moved
 * @param fromZoneId        its zone now
 * @param toZoneId          the zone it moves to
 * @param swappedCategory   the category that moves the other way, if the target zone showed one
 * @param coPurchasesBefore expected co-purchase baskets of all affinity pairs as laid out now (= observed)
 * @param coPurchasesAfter  the same after the move
 * @param revenueDelta      change of expected co-purchase revenue (co-purchase baskets × the pair's basket value)
 * @param changes           the pairs whose distance changed, largest change of co-purchases first
 */
public record WhatIfResult(String category, String fromZoneId, String toZoneId, Optional<String> swappedCategory,
                           double coPurchasesBefore, double coPurchasesAfter, double revenueDelta,
                           List<PairChange> changes) {

    public WhatIfResult {
        changes = List.copyOf(changes);
    }

    public double coPurchaseDelta() {
        return coPurchasesAfter - coPurchasesBefore;
    }
}
