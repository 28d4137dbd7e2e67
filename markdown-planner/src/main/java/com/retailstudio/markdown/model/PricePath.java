package com.retailstudio.markdown.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * One product's planned shelf prices in one store, week by week, with the rule state it starts from — everything
 * needed to check the path against the rules without the data set it was planned on.
 *
 * @param cluster        the store's price cluster (stores of one cluster share prices when the rules say so)
 * @param fullCents      full price in cents (depths are measured from it)
 * @param currentCents   shelf price now in cents: the path starts from it and never goes above it
 * @param firstWeek      Monday of the path's first week
 * @param seasonWeek     the first week's week of the season (0 = the launch week)
 * @param seasonWeeks    weeks in the product's season (its own exit when the rules set no exit week)
 * @param markdownsTaken markdowns already taken this season before the path starts
 * @param weeksSinceLast weeks since the last markdown before the path starts (large when none)
 * @param planCents      the price of each week of the path, in cents
 */
public record PricePath(String productId, String storeId, String category, String cluster, int fullCents,
                        int currentCents, LocalDate firstWeek, int seasonWeek, int seasonWeeks, int markdownsTaken,
                        int weeksSinceLast, int[] planCents) {

    public PricePath {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(firstWeek, "firstWeek");
        planCents = planCents.clone();
    }

    @Override
    public int[] planCents() {
        return planCents.clone();
    }

    /** Monday of each week of the path. */
    public List<LocalDate> weeks() {
        return IntStream.range(0, planCents.length).mapToObj(firstWeek::plusWeeks).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PricePath p && productId.equals(p.productId) && storeId.equals(p.storeId)
                && category.equals(p.category) && cluster.equals(p.cluster) && fullCents == p.fullCents
                && currentCents == p.currentCents && firstWeek.equals(p.firstWeek) && seasonWeek == p.seasonWeek
                && seasonWeeks == p.seasonWeeks && markdownsTaken == p.markdownsTaken
                && weeksSinceLast == p.weeksSinceLast && Arrays.equals(planCents, p.planCents);
    }

    @Override
    public int hashCode() {
        return Objects.hash(productId, storeId, firstWeek, Arrays.hashCode(planCents));
    }

    @Override
    public String toString() {
        return "PricePath[" + productId + " in " + storeId + " from " + firstWeek + ": " + Arrays.toString(planCents)
                + "]";
    }
}
