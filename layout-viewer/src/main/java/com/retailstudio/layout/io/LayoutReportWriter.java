package com.retailstudio.layout.io;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.retailstudio.layout.engine.AdjacencyAdvisor;
import com.retailstudio.layout.engine.StoreAnalysis;
import com.retailstudio.layout.model.AdjacencyRecommendation;
import com.retailstudio.layout.model.CategoryAffinity;
import com.retailstudio.layout.model.DensityGrid;
import com.retailstudio.layout.model.PairChange;
import com.retailstudio.layout.model.TimeFilter;
import com.retailstudio.layout.model.WhatIfResult;
import com.retailstudio.layout.model.ZoneMetrics;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Writes a store's layout report into a folder: heatmap.png, zones.json, affinity.json and recommendations.json
 * (formats in docs/layout-analytics.md; every JSON file carries {@code "schemaVersion": 1}).
 */
public final class LayoutReportWriter {

    public static final int SCHEMA_VERSION = 1;

    /**
     * What to analyse and how: the filter plus the thresholds the command line can change.
     *
     * @param bandwidthM the heatmap's kernel standard deviation in metres on both axes; empty = Scott's rule times
     *                   {@code bandwidthScale}
     */
    public record Options(TimeFilter filter, double minSupport, double bandwidthScale, OptionalDouble bandwidthM,
                          double cellM, double pixelsPerMetre, AdjacencyAdvisor.Settings advice) {
        public static Options defaults(TimeFilter filter) {
            return new Options(filter, 0.01, 1.0, OptionalDouble.empty(), 0.25, 16,
                    AdjacencyAdvisor.Settings.DEFAULTS);
        }
    }

    /** What was written, for the command line to summarise. */
    public record Written(List<Path> files, int visits, int baskets, List<AdjacencyRecommendation> recommendations,
                          DensityGrid density) {
    }

    private LayoutReportWriter() {
    }

    public static Written write(StoreAnalysis analysis, Options options, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        TimeFilter filter = options.filter();
        Map<String, Object> header = header(analysis, filter);
        List<Path> files = new ArrayList<>();

        DensityGrid density = options.bandwidthM().isPresent()
                ? analysis.densityWithBandwidth(filter, options.cellM(), options.bandwidthM().getAsDouble())
                : analysis.density(filter, options.cellM(), options.bandwidthScale());
        String title = analysis.plan().store().name() + " (" + analysis.plan().storeId() + ") · "
                + describe(filter) + " · " + density.readings() + " readings";
        Path png = outDir.resolve("heatmap.png");
        HeatmapImage.write(HeatmapImage.render(analysis.plan(), density, title, options.pixelsPerMetre()), png);
        files.add(png);

        List<ZoneMetrics> zones = analysis.zoneMetrics(filter);
        int visits = 0;
        for (boolean keep : analysis.traffic().visitsIn(filter)) {
            visits += keep ? 1 : 0;
        }
        Map<String, Object> zonesJson = new LinkedHashMap<>(header);
        zonesJson.put("visits", visits);
        Map<String, Object> heatmap = new LinkedHashMap<>();
        heatmap.put("readings", density.readings());
        heatmap.put("cellM", density.cellM());
        heatmap.put("bandwidthRule", options.bandwidthM().isPresent() ? "fixed"
                : "Scott (= Silverman in 2-D) x " + options.bandwidthScale());
        heatmap.put("bandwidthXM", round(density.bandwidthX()));
        heatmap.put("bandwidthYM", round(density.bandwidthY()));
        zonesJson.put("heatmap", heatmap);
        zonesJson.put("zones", zones.stream().map(LayoutReportWriter::zone).toList());
        files.add(json(outDir.resolve("zones.json"), zonesJson));

        List<CategoryAffinity> pairs = analysis.affinity(filter, options.minSupport());
        int baskets = analysis.baskets().in(filter).size();
        Map<String, Object> affinityJson = new LinkedHashMap<>(header);
        affinityJson.put("baskets", baskets);
        affinityJson.put("minSupport", options.minSupport());
        affinityJson.put("pairs", pairs.stream().map(LayoutReportWriter::pair).toList());
        files.add(json(outDir.resolve("affinity.json"), affinityJson));

        AdjacencyAdvisor advisor = analysis.advisor(filter, options.minSupport(), options.advice());
        List<AdjacencyRecommendation> recommendations = advisor.recommendations();
        Map<String, Object> recommendationsJson = new LinkedHashMap<>(header);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("expectedCoPurchases", "X(d) = n_AB + rho * E_AB * (d_now - d) / d_span, E_AB = n_AB - n_A * n_B / n "
                + "(pairs with E_AB <= 0 are unaffected)");
        model.put("rho", options.advice().proximityUplift());
        model.put("minLift", options.advice().minLift());
        model.put("minSupport", options.minSupport());
        model.put("spanM", round(advisor.span()));
        model.put("walkingGridCellM", 0.5);
        recommendationsJson.put("model", model);
        recommendationsJson.put("recommendations", recommendations.stream().map(LayoutReportWriter::recommendation)
                .toList());
        files.add(json(outDir.resolve("recommendations.json"), recommendationsJson));
        return new Written(files, visits, baskets, recommendations, density);
    }

    /** Writes what-if.json: the expected effect of one move, over every affinity pair. */
    public static Path writeWhatIf(StoreAnalysis analysis, Options options, WhatIfResult result, Path outDir)
            throws IOException {
        Files.createDirectories(outDir);
        Map<String, Object> root = new LinkedHashMap<>(header(analysis, options.filter()));
        Map<String, Object> move = new LinkedHashMap<>();
        move.put("category", result.category());
        move.put("fromZoneId", result.fromZoneId());
        move.put("toZoneId", result.toZoneId());
        move.put("swappedCategory", result.swappedCategory().orElse(null));
        root.put("move", move);
        root.put("rho", options.advice().proximityUplift());
        root.put("coPurchasesBefore", round(result.coPurchasesBefore()));
        root.put("coPurchasesAfter", round(result.coPurchasesAfter()));
        root.put("coPurchaseDelta", round(result.coPurchaseDelta()));
        root.put("revenueDelta", round(result.revenueDelta()));
        root.put("pairChanges", changes(result));
        return json(outDir.resolve("what-if.json"), root);
    }

    /** "weekday-morning, 2026-06-01..2026-06-30" or "all hours, all dates". */
    public static String describe(TimeFilter filter) {
        String dates = filter.from().isEmpty() && filter.to().isEmpty() ? "all dates"
                : filter.from().map(LocalDate::toString).orElse("…") + ".." + filter.to().map(LocalDate::toString)
                        .orElse("…");
        String daypart = filter.daypart().name().equals("all") ? "all hours" : filter.daypart().name();
        return daypart + ", " + dates;
    }

    private static Map<String, Object> header(StoreAnalysis analysis, TimeFilter filter) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("schemaVersion", SCHEMA_VERSION);
        header.put("storeId", analysis.plan().storeId());
        header.put("storeName", analysis.plan().store().name());
        header.put("timeZone", analysis.plan().store().timezone().getId());
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("from", filter.from().map(LocalDate::toString).orElse(null));
        f.put("to", filter.to().map(LocalDate::toString).orElse(null));
        f.put("daypart", filter.daypart().name());
        f.put("days", filter.daypart().days().stream().sorted().map(d -> d.name().toLowerCase()).toList());
        f.put("fromHour", filter.daypart().fromHour());
        f.put("toHour", filter.daypart().toHour());
        header.put("filter", f);
        return header;
    }

    private static Map<String, Object> zone(ZoneMetrics z) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("zoneId", z.zoneId());
        m.put("zoneType", z.zoneType());
        m.put("category", z.category().orElse(null));
        m.put("areaM2", round(z.areaM2()));
        m.put("visits", z.visits());
        m.put("passers", z.passers());
        m.put("dwells", z.dwells());
        m.put("captureRate", round(z.captureRate()));
        m.put("passByShare", round(z.passByShare()));
        m.put("medianDwellSeconds", round(z.medianDwellSeconds()));
        Map<String, Object> histogram = new LinkedHashMap<>();
        histogram.put("binSeconds", z.dwellHistogram().binSeconds());
        histogram.put("counts", z.dwellHistogram().counts());
        m.put("dwellHistogram", histogram);
        m.put("conversions", z.conversions());
        m.put("conversionRate", round(z.conversionRate()));
        m.put("revenue", round(z.revenue()));
        m.put("revenuePerM2", round(z.revenuePerM2()));
        return m;
    }

    private static Map<String, Object> pair(CategoryAffinity p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", p.categoryA());
        m.put("b", p.categoryB());
        m.put("support", round(p.support()));
        m.put("confidenceAB", round(p.confidenceAB()));
        m.put("confidenceBA", round(p.confidenceBA()));
        m.put("lift", round(p.lift()));
        m.put("basketsBoth", p.basketsBoth());
        m.put("basketsA", p.basketsA());
        m.put("basketsB", p.basketsB());
        m.put("excessBaskets", round(p.excessBaskets()));
        m.put("coPurchaseValue", round(p.coPurchaseValue()));
        return m;
    }

    private static Map<String, Object> recommendation(AdjacencyRecommendation r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rank", r.rank());
        m.put("categoryA", r.affinity().categoryA());
        m.put("categoryB", r.affinity().categoryB());
        m.put("zoneA", r.zoneA());
        m.put("zoneB", r.zoneB());
        m.put("lift", round(r.affinity().lift()));
        m.put("support", round(r.affinity().support()));
        m.put("basketsBoth", r.affinity().basketsBoth());
        m.put("distanceM", round(r.distanceM()));
        m.put("nearestZoneM", round(r.nearestM()));
        m.put("distanceAfterM", round(r.distanceAfterM()));
        Map<String, Object> move = new LinkedHashMap<>();
        move.put("category", r.move().category());
        move.put("fromZoneId", r.move().fromZoneId());
        move.put("toZoneId", r.move().toZoneId());
        move.put("swappedCategory", r.move().swappedCategory().orElse(null));
        m.put("move", move);
        m.put("expectedExtraCoPurchases", round(r.expectedGain()));
        m.put("expectedExtraRevenue", round(r.move().revenueDelta()));
        m.put("coPurchasesBefore", round(r.move().coPurchasesBefore()));
        m.put("coPurchasesAfter", round(r.move().coPurchasesAfter()));
        m.put("summary", r.summary());
        m.put("pairChanges", changes(r.move()));
        return m;
    }

    private static List<Map<String, Object>> changes(WhatIfResult result) {
        List<Map<String, Object>> changes = new ArrayList<>();
        for (PairChange c : result.changes()) {
            Map<String, Object> pc = new LinkedHashMap<>();
            pc.put("a", c.categoryA());
            pc.put("b", c.categoryB());
            pc.put("distanceBeforeM", round(c.distanceBeforeM()));
            pc.put("distanceAfterM", round(c.distanceAfterM()));
            pc.put("coPurchasesBefore", round(c.coPurchasesBefore()));
            pc.put("coPurchasesAfter", round(c.coPurchasesAfter()));
            changes.add(pc);
        }
        return changes;
    }

    /** Four decimals are plenty for rates and metres; an unreachable distance is written as null. */
    private static Double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 10_000) / 10_000.0 : null;
    }

    private static Path json(Path file, Object value) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        ObjectWriter writer = new ObjectMapper().writer(printer);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(writer.writeValueAsBytes(value));
            out.write('\n');
        }
        return file;
    }
}
