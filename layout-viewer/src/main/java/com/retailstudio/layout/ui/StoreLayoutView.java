package com.retailstudio.layout.ui;

import atlantafx.base.theme.Styles;
import com.retailstudio.layout.engine.LayoutData;
import com.retailstudio.layout.io.LayoutDataReader;
import com.retailstudio.layout.model.KernelBandwidth;
import com.retailstudio.layout.model.TimeFilter;
import com.retailstudio.ui.dialog.DialogService;
import com.retailstudio.ui.feedback.FeedbackLabel;
import com.retailstudio.ui.section.SectionFrame;
import com.retailstudio.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The Store layouts section: pick a store and daypart; the floor plan to scale with a traffic heatmap or zones
 * coloured by a metric; hover a zone for its figures; the adjacency recommendations, whose selection highlights the
 * pair's zones and the suggested move. It sits in the kit's {@link SectionFrame}: an empty state (with what went wrong,
 * if anything did) until a store's plan is shown, and progress with Cancel while the first one is read and analysed;
 * Export PNG asks where to save through the {@link DialogService}.
 */
public final class StoreLayoutView extends StackPane {

    private static final KeyCombination EXPORT_KEYS = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNDO_KEYS = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final List<KeyCombination> ZOOM_IN_KEYS = List.of(
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN));
    private static final List<KeyCombination> ZOOM_OUT_KEYS = List.of(
            new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN));
    private static final List<KeyCombination> FIT_KEYS = List.of(
            new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN));

    private static final String STYLESHEET = StoreLayoutView.class.getResource("layouts.css").toExternalForm();

    private final StoreLayoutViewModel model;
    private final DialogService dialogs;
    private final FloorPlanCanvas floor;
    private final FloorPlanCanvas compareFloor;
    private final Label floorTitle = new Label();
    private final Label compareTitle = new Label();
    private final VBox plate;
    private final Label legendMin = new Label();
    private final Label legendMax = new Label();
    private final Label legendTitle = new Label();
    private final Rectangle legendBar = new Rectangle(240, 12);

    /** A section shown alone, whose Export PNG asks no one (there is no file to write to). */
    public StoreLayoutView(StoreLayoutViewModel model) {
        this(model, DialogService.none());
    }

    /** @param dialogs asks where to save an exported PNG */
    public StoreLayoutView(StoreLayoutViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = Objects.requireNonNull(dialogs);
        getStyleClass().add("store-layout-view");
        getStylesheets().add(STYLESHEET);
        floor = new FloorPlanCanvas(model.viewport(), model.hover().hoveredZoneProperty()::set, model::moveCategory);
        floor.setId("layout-floor");
        compareFloor = new FloorPlanCanvas(model.viewport(), model.hover().hoveredZoneProperty()::set, null);
        compareFloor.setId("layout-floor-compare");

        BorderPane content = new BorderPane();
        content.setTop(new LayoutToolbar(model, this::exportPng));
        // the plan and its legend, exactly what Export PNG writes
        floorTitle.setId("layout-floor-title");
        compareTitle.setId("layout-compare-title");
        VBox left = new VBox(4, floorTitle, floor);
        VBox right = new VBox(4, compareTitle, compareFloor);
        floorTitle.visibleProperty().bind(model.filter().compareProperty());
        floorTitle.managedProperty().bind(model.filter().compareProperty());
        right.visibleProperty().bind(model.filter().compareProperty());
        right.managedProperty().bind(model.filter().compareProperty());
        for (VBox side : List.of(left, right)) {
            side.setPrefWidth(100);
            side.setMinWidth(0);
            HBox.setHgrow(side, Priority.ALWAYS);
            side.getChildren().get(0).getStyleClass().add(Styles.TEXT_BOLD);
            VBox.setVgrow(side.getChildren().get(1), Priority.ALWAYS);
        }
        HBox plans = new HBox(10, left, right);
        VBox.setVgrow(plans, Priority.ALWAYS);
        plate = new VBox(8, plans, legend());
        // two plans side by side are wider than tall: keep the legend right under them, not at the window's foot
        Runnable fitPlans = () -> fitComparedPlans(plans);
        plans.widthProperty().addListener((o, before, now) -> fitPlans.run());
        model.filter().compareProperty().addListener((o, before, now) -> fitPlans.run());
        model.snapshotProperty().addListener((o, before, now) -> fitPlans.run());
        plate.setId("layout-plate");
        plate.getStyleClass().add("layout-plate");
        plate.setPadding(new Insets(4, 8, 8, 8));
        VBox centre = new VBox(plate);
        VBox.setVgrow(plate, Priority.ALWAYS);
        centre.setPadding(new Insets(4, 0, 4, 8));
        content.setCenter(centre);
        content.setRight(new LayoutSidePanel(model));

        // Another daypart, dates or store is being analysed over the plan shown: a spinner that leaves it in reach.
        ProgressIndicator refreshing = new ProgressIndicator();
        refreshing.setId("layout-refreshing");
        refreshing.setMaxSize(40, 40);
        refreshing.visibleProperty().bind(model.busyProperty().and(model.snapshotProperty().isNotNull()));
        refreshing.setMouseTransparent(true);
        StackPane planArea = new StackPane(content, refreshing);

        SectionFrame frame = new SectionFrame(planArea);
        frame.emptyStateProperty().set(emptyState());
        frame.emptyProperty().bind(model.snapshotProperty().isNull());
        frame.busyProperty().bind(model.busyProperty().and(model.snapshotProperty().isNull()));
        frame.taskProperty().bind(model.runningProperty());
        frame.busyTextProperty().set("Reading the store layouts and analysing the first store…");
        getChildren().setAll(frame);

        model.snapshotProperty().addListener((o, before, now) -> redraw());
        model.compareSnapshotProperty().addListener((o, before, now) -> redraw());
        model.overlayProperty().addListener((o, before, now) -> redraw());
        model.metricProperty().addListener((o, before, now) -> redraw());
        model.highlightProperty().addListener((o, before, now) -> redraw());
        model.hover().hoveredZoneProperty().addListener((o, before, now) -> redraw());
        model.moves().whatIfProperty().addListener((o, before, now) -> redraw());
        Map<KeyCombination, Runnable> keys = new LinkedHashMap<>();
        keys.put(EXPORT_KEYS, this::exportPng);
        keys.put(UNDO_KEYS, model::undoMove);
        ZOOM_IN_KEYS.forEach(k -> keys.put(k, model.viewport()::zoomIn));
        ZOOM_OUT_KEYS.forEach(k -> keys.put(k, model.viewport()::zoomOut));
        FIT_KEYS.forEach(k -> keys.put(k, model.viewport()::fit));
        sceneProperty().addListener((o, before, now) -> {
            if (before != null) {
                keys.keySet().forEach(before.getAccelerators()::remove);
            }
            if (now != null) {
                now.getAccelerators().putAll(keys);
            }
        });
    }

    /**
     * The section as the application registers it: follows the active data set, runs work through the application's
     * task runner and asks where to save an exported PNG through its dialogs.
     */
    public static <T> StoreLayoutView forActiveDataSet(ObservableValue<T> activeDataSet, Function<T, Path> folderOf,
                                                       TaskExecutor tasks, DialogService dialogs) {
        return forActiveDataSet(activeDataSet, folderOf, LayoutDataReader::read, tasks, dialogs);
    }

    /** As above, reading each data set folder with {@code reader}. */
    public static <T> StoreLayoutView forActiveDataSet(ObservableValue<T> activeDataSet, Function<T, Path> folderOf,
                                                       Function<Path, LayoutData> reader, TaskExecutor tasks,
                                                       DialogService dialogs) {
        StoreLayoutViewModel model = new StoreLayoutViewModel(tasks);
        StoreLayoutView view = new StoreLayoutView(model, dialogs);
        model.follow(activeDataSet, folderOf, reader);
        return view;
    }

    /**
     * Asks where to save, takes a picture of the floor plan with its overlay and legend, and has the view model
     * write it as PNG off the JavaFX thread. Does nothing while no store is shown or when the user cancels.
     */
    public void exportPng() {
        LayoutSnapshot s = model.snapshotProperty().get();
        if (s == null) {
            return;
        }
        String overlay = switch (model.overlayProperty().get()) {
            case HEATMAP -> "heatmap";
            case PATHS -> "paths";
            case ZONES -> "zones-" + model.metricProperty().get().name().toLowerCase(Locale.ROOT).replace('_', '-');
        };
        LayoutSnapshot other = model.compareSnapshotProperty().get();
        String dayparts = s.filter().daypart().name() + (other == null ? "" : "-vs-" + other.filter().daypart().name());
        String name = "layout-" + s.plan().storeId() + "-" + dayparts + "-" + overlay + ".png";
        dialogs.chooseFileToSave("Export floor plan as PNG", name, "PNG image (*.png)", "*.png")
                .ifPresent(file -> model.export().write(FloorPlanPicture.of(plate), file));
    }

    /** Shown until a store's plan is: where data sets come from, and why the last one could not be shown. */
    private VBox emptyState() {
        FontIcon icon = new FontIcon(Material2OutlinedMZ.STOREFRONT);
        icon.getStyleClass().add("layout-empty-icon");
        Label title = new Label("No store to show");
        title.getStyleClass().add(Styles.TITLE_4);
        Label text = new Label("Import a data set with stores, zones and foot-traffic readings in the Data section; "
                + "its stores' floor plans show here with their heatmaps and adjacency recommendations.");
        text.getStyleClass().addAll(Styles.TEXT_MUTED, "layout-empty-text");
        text.setWrapText(true);
        FeedbackLabel said = new FeedbackLabel(model.feedbackProperty());
        said.setId("layout-empty-feedback");
        said.getStyleClass().add("layout-empty-text");
        VBox empty = new VBox(8, icon, title, text, said);
        empty.setId("layout-empty");
        empty.getStyleClass().add("layout-empty");
        empty.setAlignment(Pos.CENTER);
        return empty;
    }

    private HBox legend() {
        Rectangle bar = legendBar;
        Stop[] stops = new Stop[9];
        for (int i = 0; i < stops.length; i++) {
            stops[i] = new Stop(i / 8.0, FloorPlanPainter.viridis(i / 8.0));
        }
        bar.setFill(new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops));
        bar.setArcWidth(4);
        bar.setArcHeight(4);
        legendMin.getStyleClass().add(Styles.TEXT_SMALL);
        legendMax.getStyleClass().add(Styles.TEXT_SMALL);
        legendMax.setMinWidth(Region.USE_PREF_SIZE);
        legendTitle.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        // Under a narrow plan the scale's description takes a second line rather than lose its end.
        legendTitle.setWrapText(true);
        legendTitle.setMinWidth(0);
        HBox legend = new HBox(8, legendMin, bar, legendMax, legendTitle);
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getStyleClass().add("heatmap-legend");
        return legend;
    }

    private void redraw() {
        LayoutSnapshot s = model.snapshotProperty().get();
        LayoutSnapshot other = model.compareSnapshotProperty().get();
        if (s == null) {
            floor.show(null);
            compareFloor.show(null);
            return;
        }
        StoreLayoutViewModel.Overlay overlay = model.overlayProperty().get();
        boolean heat = overlay == StoreLayoutViewModel.Overlay.HEATMAP;
        boolean paths = overlay == StoreLayoutViewModel.Overlay.PATHS;
        boolean zones = overlay == StoreLayoutViewModel.Overlay.ZONES;
        // both plans share one scale, so equal colours (and widths) mean equal figures
        Map<String, Double> byZone = zones ? model.metricByZone(s) : null;
        Map<String, Double> otherByZone = zones && other != null ? model.metricByZone(other) : null;
        int flowMax = Math.max(s.paths().maxVisitors(), other == null ? 0 : other.paths().maxVisitors());
        double max = Math.max(maxOf(byZone), maxOf(otherByZone));
        float peak = Math.max(s.density().max(), other == null ? 0 : other.density().max());
        RecommendationHighlight highlight = model.highlightProperty().get();
        String hovered = model.hover().hoveredZoneProperty().get();
        floor.show(new FloorPlanCanvas.Picture(s.plan(), s.density(), peak, byZone, max, paths ? s.paths() : null,
                flowMax, highlight, model.moves().whatIfProperty().get(), hovered));
        compareFloor.show(other == null ? null : new FloorPlanCanvas.Picture(other.plan(), other.density(), peak,
                otherByZone, max, paths ? other.paths() : null, flowMax, null, null, hovered));
        floorTitle.setText(sideTitle(s));
        compareTitle.setText(other == null ? "" : sideTitle(other));
        String shared = other == null ? "" : " · same scale on both plans";
        legendBar.setVisible(!paths);
        legendBar.setManaged(!paths);
        if (paths) {
            legendMin.setText("");
            legendMax.setText(String.format(Locale.ROOT, "Arrow width = visitors; widest %,d", flowMax));
            legendTitle.setText(String.format(Locale.ROOT, "the %d most common of %,d moves from zone to zone%s%s",
                    s.paths().flows().size(), s.paths().moves(), other == null ? "" : String.format(Locale.ROOT,
                            " (left), of %,d (right)", other.paths().moves()), shared));
        } else if (heat) {
            legendMin.setText("0");
            legendMax.setText(String.format(Locale.ROOT, "%.2g readings/m²", peak));
            legendTitle.setText("foot traffic (square-root scale) · " + s.density().readings()
                    + (other == null ? "" : " and " + other.density().readings()) + " readings"
                    // on auto each compared plan has its own kernel; the toolbar names the rule
                    + (other != null && model.filter().bandwidthProperty().get() == null ? "" : " · kernel "
                    + new KernelBandwidth(s.density().bandwidthX(), s.density().bandwidthY()).label())
                    + shared);
        } else {
            ZoneMetric m = model.metricProperty().get();
            legendMin.setText(m.format(0));
            legendMax.setText(m.format(max));
            legendTitle.setText(m.toString() + " per zone" + shared);
        }
    }

    private void fitComparedPlans(HBox plans) {
        LayoutSnapshot s = model.snapshotProperty().get();
        if (!model.filter().compareProperty().get() || s == null || plans.getWidth() <= 0) {
            plans.setPrefHeight(Region.USE_COMPUTED_SIZE);
            plans.setMaxHeight(Double.MAX_VALUE);
            plate.setMaxHeight(Double.MAX_VALUE);
            return;
        }
        double side = (plans.getWidth() - plans.getSpacing()) / 2 - 2 * PlanViewport.PADDING;
        double height = side * s.plan().store().depthM() / s.plan().store().widthM() + 2 * PlanViewport.PADDING
                + PlanViewport.SCALE_BAR_ROOM + floorTitle.prefHeight(-1) + 4;
        plans.setPrefHeight(height);
        plans.setMaxHeight(height);
        plate.setMaxHeight(Region.USE_PREF_SIZE);
    }

    private static double maxOf(Map<String, Double> values) {
        return values == null ? 0 : values.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private static String sideTitle(LayoutSnapshot s) {
        TimeFilter f = s.filter();
        String dates = f.from().isEmpty() && f.to().isEmpty() ? "" : " · " + LayoutSidePanel.shortDates(f);
        return String.format(Locale.ROOT, "%s%s · %,d visits · %,d baskets", DaypartPicker.describe(f.daypart()),
                dates, s.visits(), s.baskets());
    }
}
