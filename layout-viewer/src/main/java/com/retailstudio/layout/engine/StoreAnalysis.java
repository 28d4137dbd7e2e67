package com.retailstudio.layout.engine;

import com.retailstudio.layout.model.AdjacencyRecommendation;
import com.retailstudio.layout.model.CategoryAffinity;
import com.retailstudio.layout.model.DensityGrid;
import com.retailstudio.layout.model.KernelBandwidth;
import com.retailstudio.layout.model.StorePlan;
import com.retailstudio.layout.model.TimeFilter;
import com.retailstudio.layout.model.WalkingPaths;
import com.retailstudio.layout.model.WhatIfResult;
import com.retailstudio.layout.model.ZoneMetrics;
import com.retailstudio.layout.model.ZoneMetricsSettings;
import java.util.List;

/**
 * Everything the layout viewer shows for one store, with the filter-independent work (the visit-to-basket join, the
 * walking distances between zones and which zones each reading passes) done once, so switching date range or daypart only redoes the cheap parts.
 */
public final class StoreAnalysis {

    private final StorePlan plan;
    private final List<String> categories;
    private final StoreTraffic traffic;
    private final StoreBaskets baskets;
    private final ZoneMetricsSettings settings;
    private final int[] basketOfVisit;
    private final double[][] zoneDistances;
    private final long[] nearMasks;
    private final WalkingPathFinder pathFinder;

    public StoreAnalysis(StorePlan plan, List<String> categories, StoreTraffic traffic, StoreBaskets baskets,
                         ZoneMetricsSettings settings) {
        this.plan = plan;
        this.categories = List.copyOf(categories);
        this.traffic = traffic;
        this.baskets = baskets;
        this.settings = settings;
        this.basketOfVisit = VisitBasketJoin.join(traffic, baskets, settings.joinToleranceSeconds());
        WalkingGrid grid = new WalkingGrid(plan, WalkingGrid.DEFAULT_CELL_M);
        this.zoneDistances = grid.zoneDistances(plan);
        this.pathFinder = new WalkingPathFinder(plan, grid);
        this.nearMasks = ZoneMetricsCalculator.nearMasks(traffic, settings.frontageM());
    }

    /**
     * The analysis of one store of a data set.
     *
     * @throws IllegalArgumentException naming the valid store ids when the store is unknown
     */
    public static StoreAnalysis of(LayoutData data, String storeId, ZoneMetricsSettings settings) {
        StorePlan plan = data.plan(storeId).orElseThrow(() -> new IllegalArgumentException("Store " + storeId
                + " is not in the data set; valid store ids are " + String.join(", ", data.storeIds()) + "."));
        return new StoreAnalysis(plan, data.categories(), data.traffic().get(storeId), data.baskets().get(storeId),
                settings);
    }

    public StorePlan plan() {
        return plan;
    }

    public StoreTraffic traffic() {
        return traffic;
    }

    public StoreBaskets baskets() {
        return baskets;
    }

    /** Walking distances between the plan's zones, indexed like the plan's zone list. */
    public double[][] zoneDistances() {
        return zoneDistances;
    }

    /** How many tracked visits the join matched to a basket. */
    public int joinedVisits() {
        int n = 0;
        for (int b : basketOfVisit) {
            if (b >= 0) {
                n++;
            }
        }
        return n;
    }

    public List<ZoneMetrics> zoneMetrics(TimeFilter filter) {
        return ZoneMetricsCalculator.compute(traffic, traffic.visitsIn(filter), baskets, basketOfVisit,
                baskets.in(filter), settings, nearMasks);
    }

    public DensityGrid density(TimeFilter filter, double cellM, double bandwidthScale) {
        return KernelDensity.estimate(traffic, traffic.visitsIn(filter), cellM, bandwidthScale);
    }

    /** The density with a fixed kernel standard deviation of {@code bandwidthM} metres on both axes. */
    public DensityGrid densityWithBandwidth(TimeFilter filter, double cellM, double bandwidthM) {
        return KernelDensity.estimateWithBandwidth(traffic, traffic.visitsIn(filter), cellM, bandwidthM);
    }

    /** Scott's rule bandwidths of the filtered readings, the default of {@link #density}. */
    public KernelBandwidth scottBandwidth(TimeFilter filter, double cellM) {
        return KernelDensity.scottBandwidth(traffic, traffic.visitsIn(filter), cellM);
    }

    /** The {@code limit} most common moves between zones, routed through the aisles. */
    public WalkingPaths walkingPaths(TimeFilter filter, int limit) {
        return pathFinder.mostCommon(traffic, traffic.visitsIn(filter), limit);
    }

    public List<CategoryAffinity> affinity(TimeFilter filter, double minSupport) {
        return BasketAffinityCalculator.compute(categories, baskets.in(filter), minSupport);
    }

    public AdjacencyAdvisor advisor(TimeFilter filter, double minSupport, AdjacencyAdvisor.Settings advice) {
        return new AdjacencyAdvisor(plan, zoneDistances, affinity(filter, minSupport), advice);
    }

    public List<AdjacencyRecommendation> recommendations(TimeFilter filter, double minSupport,
                                                         AdjacencyAdvisor.Settings advice) {
        return advisor(filter, minSupport, advice).recommendations();
    }

    public WhatIfResult whatIf(TimeFilter filter, double minSupport, AdjacencyAdvisor.Settings advice,
                               String category, String zoneId) {
        return advisor(filter, minSupport, advice).whatIf(category, zoneId);
    }
}
