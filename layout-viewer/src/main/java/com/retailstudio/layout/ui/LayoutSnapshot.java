package com.retailstudio.layout.ui;

import com.retailstudio.layout.engine.AdjacencyAdvisor;
import com.retailstudio.layout.engine.KernelDensity;
import com.retailstudio.layout.engine.StoreAnalysis;
import com.retailstudio.layout.model.AdjacencyRecommendation;
import com.retailstudio.layout.model.DensityGrid;
import com.retailstudio.layout.model.KernelBandwidth;
import com.retailstudio.layout.model.StorePlan;
import com.retailstudio.layout.model.TimeFilter;
import com.retailstudio.layout.model.WalkingPaths;
import com.retailstudio.layout.model.ZoneMetrics;
import com.retailstudio.ui.task.ProgressReporter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * Everything drawn for one store and filter; the advisor answers what-ifs under the same filter's affinities.
 */
public record LayoutSnapshot(StorePlan plan, TimeFilter filter, DensityGrid density, List<ZoneMetrics> zones,
                             List<AdjacencyRecommendation> recommendations, int visits, int baskets,
                             WalkingPaths paths, AdjacencyAdvisor advisor, KernelBandwidth scottBandwidth) {

    /**
     * Heatmap, zone metrics, recommendations and walking paths under one filter, stopping between the steps when the
     * user cancels.
     *
     * @param bandwidthM the heatmap's kernel standard deviation in metres, or null for Scott's rule
     * @throws CancellationException when {@code progress} says the user cancelled
     */
    static LayoutSnapshot compute(StoreAnalysis analysis, TimeFilter filter, Double bandwidthM,
                                  ProgressReporter progress) {
        step(progress, "Heatmap");
        KernelBandwidth scott = analysis.scottBandwidth(filter, KernelDensity.DEFAULT_CELL_M);
        DensityGrid density = bandwidthM == null
                ? analysis.density(filter, KernelDensity.DEFAULT_CELL_M, 1.0)
                : analysis.densityWithBandwidth(filter, KernelDensity.DEFAULT_CELL_M, bandwidthM);
        step(progress, "Zone metrics");
        List<ZoneMetrics> zones = analysis.zoneMetrics(filter);
        step(progress, "Adjacency recommendations");
        AdjacencyAdvisor advisor = analysis.advisor(filter, 0.01, AdjacencyAdvisor.Settings.DEFAULTS);
        List<AdjacencyRecommendation> recommendations = advisor.recommendations();
        int visits = 0;
        for (boolean keep : analysis.traffic().visitsIn(filter)) {
            visits += keep ? 1 : 0;
        }
        step(progress, "Walking paths");
        WalkingPaths paths = analysis.walkingPaths(filter, StoreLayoutViewModel.WALKING_FLOWS);
        return new LayoutSnapshot(analysis.plan(), filter, density, zones, recommendations, visits,
                analysis.baskets().in(filter).size(), paths, advisor, scott);
    }

    /** Stops the work when the user has cancelled, else reports the step it starts. */
    static void step(ProgressReporter progress, String what) {
        if (progress.isCancelled()) {
            throw new CancellationException("the layout analysis was cancelled");
        }
        progress.update(-1, what);
    }

    /** Whether the recommendations rest on fewer than {@link StoreLayoutViewModel#SMALL_SAMPLE_VISITS} visits. */
    public boolean smallSample() {
        return visits < StoreLayoutViewModel.SMALL_SAMPLE_VISITS;
    }

    public Optional<ZoneMetrics> zone(String zoneId) {
        return zones.stream().filter(z -> z.zoneId().equals(zoneId)).findFirst();
    }
}
