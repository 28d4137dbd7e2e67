package com.retailstudio.layout.ui;

import com.retailstudio.data.model.Store;
import com.retailstudio.layout.engine.LayoutData;
import com.retailstudio.layout.engine.StoreAnalysis;
import com.retailstudio.layout.engine.WalkingPathFinder;
import com.retailstudio.layout.io.LayoutDataReader;
import com.retailstudio.layout.model.AdjacencyRecommendation;
import com.retailstudio.layout.model.StorePlan;
import com.retailstudio.layout.model.WhatIfResult;
import com.retailstudio.layout.model.ZoneMetrics;
import com.retailstudio.layout.model.ZoneMetricsSettings;
import com.retailstudio.ui.feedback.Feedback;
import com.retailstudio.ui.task.BackgroundTask;
import com.retailstudio.ui.task.RunningTask;
import com.retailstudio.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Store layouts section's state: which store, what the floor plan overlays, and the analysis results computed
 * off the JavaFX thread, published only when the work succeeds and is still the latest asked for ({@link LatestWork},
 * whose running task the section frame's Cancel cancels). Its parts: the {@link LayoutFilter}, the
 * {@link WhatIfMoves}, the {@link ZoneHover} and the {@link PngExport}. What the last action did is one
 * {@link Feedback}. Knows no nodes (the picture of the plan is the view's: {@link FloorPlanPicture}), so it is
 * testable without a stage.
 */
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

    /** A store's analysis and the results of the main and (when comparing, else null) the compared filter. */
    private record Analysed(StoreAnalysis analysis, LayoutSnapshot main, LayoutSnapshot compared) {
    }

    private final TaskExecutor tasks;
    private final LayoutFilter filter = new LayoutFilter();
    private final WhatIfMoves moves = new WhatIfMoves();
    private final ObservableList<Store> stores = FXCollections.observableArrayList();
    private final ObjectProperty<Store> store = new SimpleObjectProperty<>(this, "store");
    private final ReadOnlyObjectWrapper<LayoutSnapshot> compareSnapshot = new ReadOnlyObjectWrapper<>(this,
            "compareSnapshot");
    private final ObjectProperty<Overlay> overlay = new SimpleObjectProperty<>(this, "overlay", Overlay.HEATMAP);
    private final ObjectProperty<ZoneMetric> metric = new SimpleObjectProperty<>(this, "metric", ZoneMetric.CONVERSION);
    private final ReadOnlyObjectWrapper<LayoutSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ObservableList<AdjacencyRecommendation> recommendations = FXCollections.observableArrayList();
    private final ObjectProperty<AdjacencyRecommendation> selectedRecommendation =
            new SimpleObjectProperty<>(this, "selectedRecommendation");
    private final ReadOnlyObjectWrapper<RecommendationHighlight> highlight = new ReadOnlyObjectWrapper<>(this,
            "highlight");
    private final LatestWork work = new LatestWork();
    private final ReadOnlyObjectWrapper<Feedback> feedback = new ReadOnlyObjectWrapper<>(this, "feedback",
            Feedback.none());
    private final ReadOnlyObjectWrapper<Feedback> sampleWarning = new ReadOnlyObjectWrapper<>(this, "sampleWarning",
            Feedback.none());
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>(this, "folder");
    private Function<Path, LayoutData> reader = LayoutDataReader::read;
    private final PlanViewport viewport = new PlanViewport();
    private final ZoneHover hover = new ZoneHover(snapshot.getReadOnlyProperty(),
            compareSnapshot.getReadOnlyProperty());
    private final PngExport export;
    private LayoutData data;
    private StoreAnalysis analysis;

    /** @param tasks runs long work off the JavaFX thread (progress and cancel in the status bar) */
    public StoreLayoutViewModel(TaskExecutor tasks) {
        this.tasks = tasks;
        this.export = new PngExport(tasks, feedback::set);
        selectedRecommendation.addListener((o, before, now) -> {
            highlight.set(now == null ? null : RecommendationHighlight.of(now));
            // A recommendation is drawn on the store as it is: a move being tried would mix two layouts in one
            // picture, so showing one puts the store back.
            if (now != null && moves.clear()) {
                feedback.set(Feedback.info("Layout as it is, to show the recommendation"));
            }
        });
        store.addListener((o, before, now) -> {
            if (now != null && (before == null || !before.storeId().equals(now.storeId()))) {
                analyseStore(now.storeId());
            }
        });
        filter.onChange(this::refresh);
    }

    /** Follows the application's active data set: reloads whenever it changes. */
    public <T> void follow(ObservableValue<T> activeDataSet, Function<T, Path> folderOf) {
        follow(activeDataSet, folderOf, LayoutDataReader::read);
    }

    /**
     * As above, reading each folder with {@code reader} (the application reads a data set's imported columnar copy,
     * one store at a time, where the workspace has one).
     */
    public <T> void follow(ObservableValue<T> activeDataSet, Function<T, Path> folderOf,
                           Function<Path, LayoutData> reader) {
        this.reader = reader;
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
        long ticket = work.next();
        feedback.set(Feedback.info("Reading store layouts…"));
        work.started(ticket, tasks.execute(BackgroundTask.of("Reading store layouts",
                        progress -> reader.apply(dataFolder))
                .onSuccess(read -> {
                    if (work.isLatest(ticket)) {
                        showStores(dataFolder, read);
                    }
                })
                .onFailure(e -> fail(ticket, "The data set cannot be read: " + e.getMessage()))
                .onCancelled(() -> cancelled(ticket))));
    }

    private void showStores(Path dataFolder, LayoutData read) {
        data = read;
        folder.set(dataFolder);
        String previous = Optional.ofNullable(store.get()).map(Store::storeId).orElse(null);
        stores.setAll(read.plans().stream().map(StorePlan::store).toList());
        Store chosen = stores.stream().filter(s -> s.storeId().equals(previous)).findFirst()
                .orElse(stores.isEmpty() ? null : stores.get(0));
        store.set(null);
        if (chosen == null) {
            work.ended();
            feedback.set(Feedback.warning("The data set has no stores."));
        }
        store.set(chosen);
    }

    private void analyseStore(String storeId) {
        LayoutData current = data;
        LayoutFilter.Filters filters = current == null ? null : filterOrNull();
        if (filters != null) {
            analyse(filters, "Analysing store " + storeId, "Analysing " + storeId + "…",
                    "Store " + storeId + " cannot be analysed: ",
                    progress -> StoreAnalysis.of(current, storeId, ZoneMetricsSettings.DEFAULTS));
        }
    }

    /**
     * Recomputes heatmap, zone metrics and recommendations for the current dates and daypart (and the compared
     * daypart when comparing).
     */
    public void refresh() {
        StoreAnalysis current = analysis;
        LayoutFilter.Filters filters = current == null ? null : filterOrNull();
        if (filters != null) {
            analyse(filters, "Layout for " + filters.main().daypart().name(), null, "The layout cannot be computed: ",
                    progress -> current);
        }
    }

    /**
     * Runs the analysis under the filters through the task executor and publishes its results when it succeeds as
     * the latest asked for.
     *
     * @param busyText the message while it runs, or null to leave the message as it is
     */
    private void analyse(LayoutFilter.Filters filters, String title, String busyText, String failure,
                         BackgroundTask.Work<StoreAnalysis> analysisOf) {
        long ticket = work.next();
        if (busyText != null) {
            feedback.set(Feedback.info(busyText));
        }
        Double h = filter.bandwidthProperty().get();
        work.started(ticket, tasks.execute(BackgroundTask.of(title, progress -> {
            StoreAnalysis built = analysisOf.run(progress);
            LayoutSnapshot main = LayoutSnapshot.compute(built, filters.main(), h, progress);
            LayoutSnapshot other = filters.compared() == null ? null
                    : LayoutSnapshot.compute(built, filters.compared(), h, progress);
            return new Analysed(built, main, other);
        }).onSuccess(result -> {
            if (work.isLatest(ticket)) {
                analysis = result.analysis();
                publish(result.main(), result.compared());
            }
        }).onFailure(e -> fail(ticket, failure + e.getMessage())).onCancelled(() -> cancelled(ticket))));
    }

    /** The filters as set, or null with the reason in the message when a date range ends before it starts. */
    private LayoutFilter.Filters filterOrNull() {
        try {
            return filter.filters();
        } catch (IllegalArgumentException e) {
            feedback.set(Feedback.danger(e.getMessage()));
            return null;
        }
    }

    private void publish(LayoutSnapshot result, LayoutSnapshot other) {
        LayoutSnapshot before = snapshot.get();
        if (before == null || !before.plan().equals(result.plan())) {
            viewport.showPlan(result.plan().store().widthM(), result.plan().store().depthM());
            moves.clear();
        }
        compareSnapshot.set(other);
        snapshot.set(result);
        recommendations.setAll(result.recommendations());
        selectedRecommendation.set(null);
        work.ended();
        feedback.set(Feedback.info(String.format(Locale.ROOT, "%,d visits · %,d baskets", result.visits(),
                result.baskets())));
        sampleWarning.set(!result.smallSample() ? Feedback.none()
                : Feedback.warning(String.format(Locale.ROOT, "Small sample: only %,d %s in this period and daypart "
                        + "(fewer than %d), so treat any recommendation as a hint to check, not a finding.",
                        result.visits(), result.visits() == 1 ? "visit" : "visits", SMALL_SAMPLE_VISITS)));
        // a move being tried stays, re-estimated under the new filter's affinities
        moves.reestimate(result.advisor());
    }

    private void fail(long ticket, String text) {
        ended(ticket, Feedback.danger(text));
    }

    private void cancelled(long ticket) {
        ended(ticket, Feedback.warning("Cancelled; the plan shows the last results."));
    }

    private void ended(long ticket, Feedback said) {
        if (work.isLatest(ticket)) {
            work.ended();
            feedback.set(said);
        }
    }

    /**
     * Tries moving a category into another category zone (swapping with the category there): the what-if's expected
     * co-purchases under the current filter. A move that cannot be made leaves the last one and says why.
     */
    public void moveCategory(String category, String zoneId) {
        LayoutSnapshot s = snapshot.get();
        if (s == null) {
            return;
        }
        try {
            WhatIfResult result = moves.tryMove(s.advisor(), new WhatIfMoves.Move(category, zoneId));
            // the what-if and a recommendation are never drawn together: the move tried now is what is shown
            selectedRecommendation.set(null);
            feedback.set(Feedback.info(String.format(Locale.ROOT, "What-if: %s to %s, %+.1f co-purchase baskets",
                    category, zoneId, result.coPurchaseDelta())));
        } catch (IllegalArgumentException e) {
            feedback.set(Feedback.danger(e.getMessage()));
        }
    }

    /** Takes back the last move tried (the one before it shows again); false when there was none. */
    public boolean undoMove() {
        LayoutSnapshot s = snapshot.get();
        if (!moves.undo(s == null ? null : s.advisor())) {
            return false;
        }
        feedback.set(Feedback.info(moves.newest().map(m -> "What-if: " + m.category() + " to " + m.zoneId())
                .orElse("Layout as it is")));
        return true;
    }

    /** The stated assumptions behind what-ifs and recommendations, for the current store and filter. */
    public List<String> assumptions() {
        LayoutSnapshot s = snapshot.get();
        return s == null ? List.of() : s.advisor().assumptions();
    }

    /** Zone metric values by zone id, for the choropleth. */
    public Map<String, Double> metricByZone() {
        return metricByZone(snapshot.get());
    }

    /** Zone metric values by zone id of the given results (either plan when comparing). */
    public Map<String, Double> metricByZone(LayoutSnapshot s) {
        ZoneMetric m = metric.get();
        if (s == null || m == null) {
            return Map.of();
        }
        return s.zones().stream().filter(m::appliesTo).collect(Collectors.toMap(ZoneMetrics::zoneId, m::of));
    }

    /** "Auto (Scott's rule: 1.2 m)" or the chosen bandwidth, e.g. "2.0 m"; no figure before the first results. */
    public String bandwidthText() {
        return filter.bandwidthText(snapshot.get());
    }

    /** The daypart, dates, comparison and bandwidth the plans are computed for. */
    public LayoutFilter filter() {
        return filter;
    }

    /** The what-if moves tried on the plan. */
    public WhatIfMoves moves() {
        return moves;
    }

    /** The zone under the pointer and its figures. */
    public ZoneHover hover() {
        return hover;
    }

    /** Writing the floor plan as PNG. */
    public PngExport export() {
        return export;
    }

    public ObservableList<Store> stores() {
        return stores;
    }

    public ObjectProperty<Store> storeProperty() {
        return store;
    }

    /** The compared daypart's results (same store and dates), or null when not comparing. */
    public ReadOnlyObjectProperty<LayoutSnapshot> compareSnapshotProperty() {
        return compareSnapshot.getReadOnlyProperty();
    }

    public ObjectProperty<Overlay> overlayProperty() {
        return overlay;
    }

    public ObjectProperty<ZoneMetric> metricProperty() {
        return metric;
    }

    public ReadOnlyObjectProperty<LayoutSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ObservableList<AdjacencyRecommendation> recommendations() {
        return recommendations;
    }

    public ObjectProperty<AdjacencyRecommendation> selectedRecommendationProperty() {
        return selectedRecommendation;
    }

    /** The selected recommendation's zones and move as the plan highlights them, or null when none is selected. */
    public ReadOnlyObjectProperty<RecommendationHighlight> highlightProperty() {
        return highlight.getReadOnlyProperty();
    }

    /** A warning beside the recommendations when they rest on a small sample of visits; none otherwise. */
    public ReadOnlyObjectProperty<Feedback> sampleWarningProperty() {
        return sampleWarning.getReadOnlyProperty();
    }

    /** The zoom and pan of the floor plan (both plans when comparing). */
    public PlanViewport viewport() {
        return viewport;
    }

    public BooleanProperty busyProperty() {
        return work.busyProperty();
    }

    /**
     * What the last action did: the figures of the plan shown, a what-if tried, a PNG saved (success), a cancelled
     * analysis (warning), or why something failed or was refused (danger).
     */
    public ReadOnlyObjectProperty<Feedback> feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    /** The reading or analysis running for the plan, for its progress and Cancel; null when none runs. */
    public ReadOnlyObjectProperty<RunningTask> runningProperty() {
        return work.runningProperty();
    }

    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }
}
