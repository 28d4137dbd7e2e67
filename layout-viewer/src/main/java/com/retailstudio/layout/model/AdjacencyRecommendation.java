package com.retailstudio.layout.model;

import java.util.Locale;

/**
 * A high-lift category pair that sits far apart in walking distance, with the move that brings it closest for the
 * largest expected net gain over all pairs.
 *
 * @param rank            1 = largest expected gain
 * @param affinity        the pair's basket statistics
 * @param zoneA           zone of category A now
 * @param zoneB           zone of category B now
 * @param distanceM       walking distance between the two zones now
 * @param nearestM        walking distance from A's zone to its nearest other category zone (what "adjacent" means here)
 * @param move            the suggested move and its expected effect on every pair
 * @param distanceAfterM  walking distance between the pair's zones after the move
 */
public record AdjacencyRecommendation(int rank, CategoryAffinity affinity, String zoneA, String zoneB,
                                      double distanceM, double nearestM, WhatIfResult move, double distanceAfterM) {

    /** Expected extra co-purchase baskets over all pairs, in the analysed period: the ranking key. */
    public double expectedGain() {
        return move.coPurchaseDelta();
    }

    /** One sentence for a planner. */
    public String summary() {
        return String.format(Locale.ROOT,
                "Move %s to %s%s: %s and %s (lift %.2f) come from %.0f m to %.0f m apart, about %+.1f co-purchase "
                        + "baskets (%+.0f in revenue) over the period.",
                move.category(), move.toZoneId(),
                move.swappedCategory().map(s -> " (swapping with " + s + ")").orElse(""),
                affinity.categoryA(), affinity.categoryB(), affinity.lift(), distanceM, distanceAfterM,
                move.coPurchaseDelta(), move.revenueDelta());
    }
}
