package com.retailstudio.layout.ui;

import com.retailstudio.data.architecture.AllowedToUseSceneGraph;
import com.retailstudio.data.model.Store;
import com.retailstudio.layout.engine.AdjacencyAdvisor;
import com.retailstudio.layout.engine.KernelDensity;
import com.retailstudio.layout.engine.LayoutData;
import com.retailstudio.layout.engine.StoreAnalysis;
import com.retailstudio.layout.engine.WalkingPathFinder;
import com.retailstudio.layout.io.LayoutDataReader;
import com.retailstudio.layout.model.AdjacencyRecommendation;
import com.retailstudio.layout.model.Daypart;
import com.retailstudio.layout.model.DensityGrid;
import com.retailstudio.layout.model.KernelBandwidth;
import com.retailstudio.layout.model.StorePlan;
import com.retailstudio.layout.model.TimeFilter;
import com.retailstudio.layout.model.WalkingPaths;
import com.retailstudio.layout.model.WhatIfResult;
import com.retailstudio.layout.model.ZoneMetrics;
import com.retailstudio.layout.model.ZoneMetricsSettings;
import com.retailstudio.ui.task.BackgroundTask;
import com.retailstudio.ui.task.TaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;

/**
 * The Store layouts section's state: which store and daypart, what the floor plan overlays, and the analysis results
 * computed off the JavaFX thread. Knows no nodes, so it is testable without a stage.
 */
@AllowedToUseSceneGraph("the PNG export holds the floor plan's snapshot Image until it moves to its own class (issue 16)")
public final class StoreLayoutViewModel {

    /** What the floor plan shows over the zones. */
    public enum Overlay { HEATMAP, ZONES, PATHS }

    /**
     * Below this many visits in the period and daypart, recommendations rest on too few shoppers to act on, and the
     * section says so beside them (docs/layout-analytics.md).
     */
    public static final int SMALL_SAMPLE_VISITS = 100;

    /** How many zone-to-zone moves the walking-path overlay draws. */
    public static final int WALKING_FLOWS = WalkingPathFinder.DEFAULT_FLOWS;

    /**
     * Everything drawn for one store and filter; the advisor answers what-ifs under the same filter's affinities.
     */
    public record Snapshot(StorePlan plan, TimeFilter filter, DensityGrid density, List<ZoneMetrics> zones,
                           List<AdjacencyRecommendation> recommendations, int visits, int baskets,
                           WalkingPaths paths, AdjacencyAdvisor advisor, KernelBandwidth scottBandwidth) {

        /** Whether the recommendations rest on fewer than {@link #SMALL_SAMPLE_VISITS} visits. */
        public boolean smallSample() {
            return visits < SMALL_SAMPLE_VISITS;
        }

        public Optional<ZoneMetrics> zone(String zoneId) {
            return zones.stream().filter(z -> z.zoneId().equals(zoneId)).findFirst();
        }
    }

    /**
     * What the floor plan highlights for the selected recommendation: the pair's two zones and the proposed move of
     * a category from one zone to another.
     */
    public record Highlight(String zoneA, String zoneB, String movedCategory, String moveFromZoneId,
                            String moveToZoneId) {

        static Highlight of(AdjacencyRecommendation r) {
            return new Highlight(r.zoneA(), r.zoneB(), r.move().category(), r.move().fromZoneId(),
                    r.move().toZoneId());
        }

        /** The zones drawn with a strong outline: the pair's zones and the move's target, without repeats. */
        public Set<String> outlinedZones() {
            return new LinkedHashSet<>(List.of(zoneA, zoneB, moveToZoneId));
        }
    }

    private final TaskExecutor tasks;
    private final Executor fxThread;
    private final ObservableList<Store> stores = FXCollections.observableArrayList();
    private final ObjectProperty<Store> store = new SimpleObjectProperty<>(this, "store");
    private final ObjectProperty<Daypart> daypart = new SimpleObjectProperty<>(this, "daypart", Daypart.ALL);
    private final ObjectProperty<LocalDate> fromDate = new SimpleObjectProperty<>(this, "fromDate");
    private final ObjectProperty<LocalDate> toDate = new SimpleObjectProperty<>(this, "toDate");
    private final BooleanProperty compare = new SimpleBooleanProperty(this, "compare");
    private final ObjectProperty<Daypart> compareDaypart = new SimpleObjectProperty<>(this, "compareDaypart",
            Daypart.SATURDAY);
    private final ObjectProperty<LocalDate> compareFromDate = new SimpleObjectProperty<>(this, "compareFromDate");
    private final ObjectProperty<LocalDate> compareToDate = new SimpleObjectProperty<>(this, "compareToDate");
    private final ReadOnlyObjectWrapper<Snapshot> compareSnapshot = new ReadOnlyObjectWrapper<>(this,
            "compareSnapshot");
    private final ObjectProperty<Double> bandwidth = new SimpleObjectProperty<>(this, "bandwidth");
    private final ObjectProperty<Overlay> overlay = new SimpleObjectProperty<>(this, "overlay", Overlay.HEATMAP);
    private final ObjectProperty<ZoneMetric> metric = new SimpleObjectProperty<>(this, "metric", ZoneMetric.CONVERSION);
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ObservableList<AdjacencyRecommendation> recommendations = FXCollections.observableArrayList();
    private final ObjectProperty<AdjacencyRecommendation> selectedRecommendation =
            new SimpleObjectProperty<>(this, "selectedRecommendation");
    private final ReadOnlyObjectWrapper<Highlight> highlight = new ReadOnlyObjectWrapper<>(this, "highlight");
    private final ReadOnlyObjectWrapper<Path> lastExport = new ReadOnlyObjectWrapper<>(this, "lastExport");
    private final StringProperty hoveredZone = new SimpleStringProperty(this, "hoveredZone");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper sampleWarning = new ReadOnlyStringWrapper(this, "sampleWarning", "");
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>(this, "folder");
    private final PlanViewport viewport = new PlanViewport();
    private final Deque<String[]> moves = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<WhatIfResult> whatIf = new ReadOnlyObjectWrapper<>(this, "whatIf");
    private final AtomicLong generation = new AtomicLong();
    private volatile LayoutData data;
    private volatile StoreAnalysis analysis;

    /**
     * @param tasks    runs long work off the JavaFX thread (progress and cancel in the status bar)
     * @param fxThread runs result publishing on the JavaFX thread ({@code Platform::runLater}; {@code Runnable::run}
     *                 in tests)
     */
    public StoreLayoutViewModel(TaskExecutor tasks, Executor fxThread) {
        this.tasks = tasks;
        this.fxThread = fxThread;
        selectedRecommendation.addListener((o, before, now) -> {
            highlight.set(now == null ? null : Highlight.of(now));
            // A recommendation is drawn on the store as it is: a move being tried would mix two layouts in one
            // picture, so showing one puts the store back.
            if (now != null && !moves.isEmpty()) {
                moves.clear();
                whatIf.set(null);
                message.set("Layout as it is, to show the recommendation");
            }
        });
        store.addListener((o, before, now) -> {
            if (now != null && (before == null || !before.storeId().equals(now.storeId()))) {
                analyseStore(now.storeId());
            }
        });
        for (ObservableValue<?> filterPart : List.of(daypart, fromDate, toDate, compare, compareDaypart,
                compareFromDate, compareToDate, bandwidth)) {
            filterPart.addListener((o, before, now) -> {
                if (now != null && !now.equals(before) || now == null && before != null) {
                    refresh();
                }
            });
        }
    }

    /** Runs a piece of long work under a title; the work publishes its own results through {@code fxThread}. */
    private void run(String title, Runnable work) {
        tasks.execute(BackgroundTask.of(title, progress -> {
            work.run();
            return Boolean.TRUE;
        }));
    }

    /** Follows the application's active data set: reloads whenever it changes. */
    public <T> void follow(ObservableValue<T> activeDataSet, Function<T, Path> folderOf) {
        activeDataSet.addListener((o, before, now) -> {
            if (now != null) {
                load(folderOf.apply(now));
            }
        });
        if (activeDataSet.getValue() != null) {
            load(folderOf.apply(activeDataSet.getValue()));
        }
    }

    /** Reads the data set folder's stores, then analyses the chosen (or first) store. */
    public void load(Path dataFolder) {
        long ticket = generation.incrementAndGet();
        busy.set(true);
        message.set("Reading store layouts…");
        run("Reading store layouts", () -> {
            try {
                LayoutData read = LayoutDataReader.read(dataFolder);
                fxThread.execute(() -> {
                    if (ticket != generation.get()) {
                        return;
                    }
                    data = read;
                    folder.set(dataFolder);
                    String previous = Optional.ofNullable(store.get()).map(Store::storeId).orElse(null);
                    stores.setAll(read.plans().stream().map(StorePlan::store).toList());
                    Store chosen = stores.stream().filter(s -> s.storeId().equals(previous)).findFirst()
                            .orElse(stores.isEmpty() ? null : stores.get(0));
                    store.set(null);
                    if (chosen == null) {
                        busy.set(false);
                        message.set("The data set has no stores.");
                    }
                    store.set(chosen);
                });
            } catch (RuntimeException e) {
                fail(ticket, "The data set cannot be read: " + e.getMessage());
            }
        });
    }

    private void analyseStore(String storeId) {
        LayoutData current = data;
        if (current == null) {
            return;
        }
        Optional<TimeFilter[]> filters = filters();
        if (filters.isEmpty()) {
            return;
        }
        long ticket = generation.incrementAndGet();
        busy.set(true);
        message.set("Analysing " + storeId + "…");
        Double h = bandwidth.get();
        run("Analysing store " + storeId, () -> {
            try {
                StoreAnalysis built = StoreAnalysis.of(current, storeId, ZoneMetricsSettings.DEFAULTS);
                Snapshot result = compute(built, filters.get()[0], h);
                Snapshot other = filters.get().length > 1 ? compute(built, filters.get()[1], h) : null;
                fxThread.execute(() -> {
                    if (ticket == generation.get()) {
                        analysis = built;
                        publish(result, other);
                    }
                });
            } catch (RuntimeException e) {
                fail(ticket, "Store " + storeId + " cannot be analysed: " + e.getMessage());
            }
        });
    }

    /**
     * Recomputes heatmap, zone metrics and recommendations for the current dates and daypart (and the compared
     * daypart when comparing).
     */
    public void refresh() {
        StoreAnalysis current = analysis;
        if (current == null) {
            return;
        }
        Optional<TimeFilter[]> filters = filters();
        if (filters.isEmpty()) {
            return;
        }
        long ticket = generation.incrementAndGet();
        busy.set(true);
        Double h = bandwidth.get();
        run("Layout for " + filters.get()[0].daypart().name(), () -> {
            try {
                Snapshot result = compute(current, filters.get()[0], h);
                Snapshot other = filters.get().length > 1 ? compute(current, filters.get()[1], h) : null;
                fxThread.execute(() -> {
                    if (ticket == generation.get()) {
                        publish(result, other);
                    }
                });
            } catch (RuntimeException e) {
                fail(ticket, "The layout cannot be computed: " + e.getMessage());
            }
        });
    }

    /**
     * The filter of the main plan, and of the compared plan when comparing (its own daypart, and its own dates where
     * set, else the main plan's); empty, with the reason in the message, when a date range ends before it starts.
     */
    private Optional<TimeFilter[]> filters() {
        try {
            TimeFilter main = new TimeFilter(Optional.ofNullable(fromDate.get()), Optional.ofNullable(toDate.get()),
                    daypart.get() == null ? Daypart.ALL : daypart.get());
            if (!compare.get() || compareDaypart.get() == null) {
                return Optional.of(new TimeFilter[] {main});
            }
            TimeFilter other = new TimeFilter(
                    Optional.ofNullable(compareFromDate.get()).or(main::from),
                    Optional.ofNullable(compareToDate.get()).or(main::to), compareDaypart.get());
            return Optional.of(new TimeFilter[] {main, other});
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * @param bandwidthM the heatmap's kernel standard deviation in metres, or null for Scott's rule
     */
    static Snapshot compute(StoreAnalysis analysis, TimeFilter filter, Double bandwidthM) {
        KernelBandwidth scott = analysis.scottBandwidth(filter, KernelDensity.DEFAULT_CELL_M);
        DensityGrid density = bandwidthM == null
                ? analysis.density(filter, KernelDensity.DEFAULT_CELL_M, 1.0)
                : analysis.densityWithBandwidth(filter, KernelDensity.DEFAULT_CELL_M, bandwidthM);
        List<ZoneMetrics> zones = analysis.zoneMetrics(filter);
        AdjacencyAdvisor advisor = analysis.advisor(filter, 0.01, AdjacencyAdvisor.Settings.DEFAULTS);
        List<AdjacencyRecommendation> recommendations = advisor.recommendations();
        int visits = 0;
        for (boolean keep : analysis.traffic().visitsIn(filter)) {
            visits += keep ? 1 : 0;
        }
        return new Snapshot(analysis.plan(), filter, density, zones, recommendations, visits,
                analysis.baskets().in(filter).size(), analysis.walkingPaths(filter, WALKING_FLOWS), advisor, scott);
    }

    private void publish(Snapshot result, Snapshot other) {
        Snapshot before = snapshot.get();
        if (before == null || !before.plan().equals(result.plan())) {
            viewport.showPlan(result.plan().store().widthM(), result.plan().store().depthM());
            moves.clear();
        }
        compareSnapshot.set(other);
        snapshot.set(result);
        recommendations.setAll(result.recommendations());
        selectedRecommendation.set(null);
        busy.set(false);
        message.set(String.format(Locale.ROOT, "%,d visits · %,d baskets", result.visits(), result.baskets()));
        sampleWarning.set(!result.smallSample() ? ""
                : String.format(Locale.ROOT, "Small sample: only %,d %s in this period and daypart (fewer than %d), "
                        + "so treat any recommendation as a hint to check, not a finding.", result.visits(),
                        result.visits() == 1 ? "visit" : "visits", SMALL_SAMPLE_VISITS));
        // a move being tried stays, re-estimated under the new filter's affinities
        whatIf.set(moves.isEmpty() ? null : result.advisor().whatIf(moves.peek()[0], moves.peek()[1]));
    }

    /**
     * Tries moving a category into another category zone (swapping with the category there): the what-if's expected
     * co-purchases under the current filter. A move that cannot be made leaves the last one and says why.
     */
    public void moveCategory(String category, String zoneId) {
        Snapshot s = snapshot.get();
        if (s == null) {
            return;
        }
        try {
            WhatIfResult result = s.advisor().whatIf(category, zoneId);
            // the what-if and a recommendation are never drawn together: the move tried now is what is shown
            selectedRecommendation.set(null);
            moves.push(new String[] {category, zoneId});
            whatIf.set(result);
            message.set(String.format(Locale.ROOT, "What-if: %s to %s, %+.1f co-purchase baskets", category, zoneId,
                    result.coPurchaseDelta()));
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
        }
    }

    /** Takes back the last move tried (the one before it shows again); false when there was none. */
    public boolean undoMove() {
        if (moves.isEmpty()) {
            return false;
        }
        moves.pop();
        Snapshot s = snapshot.get();
        whatIf.set(moves.isEmpty() || s == null ? null : s.advisor().whatIf(moves.peek()[0], moves.peek()[1]));
        message.set(moves.isEmpty() ? "Layout as it is" : "What-if: " + moves.peek()[0] + " to " + moves.peek()[1]);
        return true;
    }

    /** A warning beside the recommendations when they rest on a small sample of visits; empty otherwise. */
    public ReadOnlyStringProperty sampleWarningProperty() {
        return sampleWarning.getReadOnlyProperty();
    }

    /** The expected effect of the move being tried, or null when the plan shows the store as it is. */
    public ReadOnlyObjectProperty<WhatIfResult> whatIfProperty() {
        return whatIf.getReadOnlyProperty();
    }

    /** The stated assumptions behind what-ifs and recommendations, for the current store and filter. */
    public List<String> assumptions() {
        Snapshot s = snapshot.get();
        return s == null ? List.of() : s.advisor().assumptions();
    }

    private void fail(long ticket, String text) {
        fxThread.execute(() -> {
            if (ticket == generation.get()) {
                busy.set(false);
                message.set(text);
            }
        });
    }

    /**
     * Writes an image taken of the floor plan (on the JavaFX thread) as a PNG file; the encoding and writing run
     * through the task runner, off the JavaFX thread. When done, {@link #lastExportProperty()} names the file and
     * the message says where it went (or why it failed).
     */
    public void exportPng(Image image, Path file) {
        message.set("Exporting " + file.getFileName() + "…");
        run("Exporting " + file.getFileName(), () -> {
            try {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
                    throw new IOException("no PNG writer is available");
                }
                fxThread.execute(() -> {
                    lastExport.set(file);
                    message.set("Saved " + file.getFileName());
                });
            } catch (IOException | RuntimeException e) {
                fxThread.execute(() -> message.set("The PNG cannot be written: " + e.getMessage()));
            }
        });
    }

    /** The figures of the hovered zone, one per line, or empty. */
    public String hoverText() {
        Snapshot s = snapshot.get();
        String id = hoveredZone.get();
        if (s == null || id == null) {
            return "";
        }
        return s.zone(id).map(z -> String.format(Locale.ROOT,
                "%s · %s%nVisits %,d · passers %,d%nDwells %,d (capture %.0f %%)%nMedian dwell %.0f s%n"
                        + "Conversion %.0f %% · %.1f per m²",
                z.category().orElse(z.zoneType()), z.zoneId(), z.visits(), z.passers(), z.dwells(),
                z.captureRate() * 100, z.medianDwellSeconds(), z.conversionRate() * 100, z.revenuePerM2()))
                .orElse("");
    }

    /** Zone metric values by zone id, for the choropleth. */
    public Map<String, Double> metricByZone() {
        return metricByZone(snapshot.get());
    }

    /** Zone metric values by zone id of the given results (either plan when comparing). */
    public Map<String, Double> metricByZone(Snapshot s) {
        ZoneMetric m = metric.get();
        if (s == null || m == null) {
            return Map.of();
        }
        return s.zones().stream().filter(m::appliesTo).collect(Collectors.toMap(ZoneMetrics::zoneId, m::of));
    }

    /**
     * One figure of the hovered zone on both plans when comparing.
     *
     * @param figure     what it is
     * @param left       on the main plan
     * @param right      on the compared plan
     * @param difference right minus left (percentage points for rates)
     */
    public record ZoneComparison(String figure, String left, String right, String difference) {
    }

    /** The hovered zone's figures on both plans, or empty when not comparing or nothing is hovered. */
    public List<ZoneComparison> hoverComparison() {
        Snapshot a = snapshot.get();
        Snapshot b = compareSnapshot.get();
        String id = hoveredZone.get();
        if (a == null || b == null || id == null) {
            return List.of();
        }
        Optional<ZoneMetrics> za = a.zone(id);
        Optional<ZoneMetrics> zb = b.zone(id);
        if (za.isEmpty() || zb.isEmpty()) {
            return List.of();
        }
        List<ZoneComparison> rows = new ArrayList<>();
        for (ZoneMetric m : ZoneMetric.values()) {
            if (m.appliesTo(za.get())) {
                double left = m.of(za.get());
                double right = m.of(zb.get());
                rows.add(new ZoneComparison(m.toString(), m.format(left), m.format(right),
                        m.formatDifference(right - left)));
            }
        }
        return rows;
    }

    /** "category · zone id" of the hovered zone, or empty. */
    public String hoverTitle() {
        Snapshot s = snapshot.get();
        String id = hoveredZone.get();
        if (s == null || id == null) {
            return "";
        }
        return s.zone(id).map(z -> z.category().orElse(z.zoneType()) + " · " + z.zoneId()).orElse("");
    }

    public ObservableList<Store> stores() {
        return stores;
    }

    public ObjectProperty<Store> storeProperty() {
        return store;
    }

    public ObjectProperty<Daypart> daypartProperty() {
        return daypart;
    }

    /** First local date analysed, inclusive; null = from the first reading. */
    public ObjectProperty<LocalDate> fromDateProperty() {
        return fromDate;
    }

    /** Last local date analysed, inclusive; null = to the last reading. */
    public ObjectProperty<LocalDate> toDateProperty() {
        return toDate;
    }

    /** True to show a second plan, for {@link #compareDaypartProperty()}, beside the first on the same scale. */
    public BooleanProperty compareProperty() {
        return compare;
    }

    public ObjectProperty<Daypart> compareDaypartProperty() {
        return compareDaypart;
    }

    /** First local date of the compared plan; null = the main plan's. */
    public ObjectProperty<LocalDate> compareFromDateProperty() {
        return compareFromDate;
    }

    /** Last local date of the compared plan; null = the main plan's. */
    public ObjectProperty<LocalDate> compareToDateProperty() {
        return compareToDate;
    }

    /** The compared daypart's results (same store and dates), or null when not comparing. */
    public ReadOnlyObjectProperty<Snapshot> compareSnapshotProperty() {
        return compareSnapshot.getReadOnlyProperty();
    }

    /**
     * The heatmap's kernel standard deviation in metres, the same for both plans when comparing; null = Scott's rule
     * (each plan its own). Changing it recomputes off the JavaFX thread; it stays while the section is open.
     */
    public ObjectProperty<Double> bandwidthProperty() {
        return bandwidth;
    }

    /** Back to Scott's rule. */
    public void resetBandwidth() {
        bandwidth.set(null);
    }

    /** "Auto (Scott's rule: 1.2 m)" or the chosen bandwidth, e.g. "2.0 m"; empty before the first snapshot. */
    public String bandwidthText() {
        Double h = bandwidth.get();
        if (h != null) {
            return String.format(Locale.ROOT, "%.1f m", h);
        }
        Snapshot s = snapshot.get();
        return s == null ? "Auto (Scott's rule)" : "Auto (Scott's rule: " + s.scottBandwidth().label() + ")";
    }

    public ObjectProperty<Overlay> overlayProperty() {
        return overlay;
    }

    public ObjectProperty<ZoneMetric> metricProperty() {
        return metric;
    }

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ObservableList<AdjacencyRecommendation> recommendations() {
        return recommendations;
    }

    public ObjectProperty<AdjacencyRecommendation> selectedRecommendationProperty() {
        return selectedRecommendation;
    }

    /** The selected recommendation's zones and move as the plan highlights them, or null when none is selected. */
    public ReadOnlyObjectProperty<Highlight> highlightProperty() {
        return highlight.getReadOnlyProperty();
    }

    /** The last PNG file written by {@link #exportPng}, or null. */
    public ReadOnlyObjectProperty<Path> lastExportProperty() {
        return lastExport.getReadOnlyProperty();
    }

    /** The zoom and pan of the floor plan (both plans when comparing). */
    public PlanViewport viewport() {
        return viewport;
    }

    public StringProperty hoveredZoneProperty() {
        return hoveredZone;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }
}
