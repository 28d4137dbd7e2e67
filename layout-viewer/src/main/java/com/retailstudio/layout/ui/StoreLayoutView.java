package com.retailstudio.layout.ui;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.retailstudio.data.model.Store;
import com.retailstudio.layout.model.KernelBandwidth;
import com.retailstudio.layout.model.AdjacencyRecommendation;
import com.retailstudio.layout.model.TimeFilter;
import com.retailstudio.ui.files.DocumentsFolder;
import com.retailstudio.ui.task.TaskExecutor;
import java.io.File;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;

/**
 * The Store layouts section: pick a store and daypart; the floor plan to scale with a traffic heatmap or zones
 * coloured by a metric; hover a zone for its figures; the adjacency recommendations, whose selection highlights the
 * pair's zones and the suggested move.
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

    private final StoreLayoutViewModel model;
    private final Function<String, Optional<Path>> askWhereToSave;
    private final FloorPlanCanvas floor;
    private final FloorPlanCanvas compareFloor;
    private final Label floorTitle = new Label();
    private final Label compareTitle = new Label();
    private final Label zoneFigures = new Label();
    private final GridPane zoneComparison = new GridPane();
    private final VBox plate;
    private final Label legendMin = new Label();
    private final Label legendMax = new Label();
    private final Label legendTitle = new Label();
    private final Rectangle legendBar = new Rectangle(240, 12);
    private final WhatIfCard whatIfCard;

    /** A view that asks where to save an exported PNG with a file chooser. */
    public StoreLayoutView(StoreLayoutViewModel model) {
        this(model, null);
    }

    /**
     * @param askWhereToSave given a suggested file name, the file to write the exported PNG to, or empty to cancel;
     *                       null asks with a file chooser
     */
    public StoreLayoutView(StoreLayoutViewModel model, Function<String, Optional<Path>> askWhereToSave) {
        this.model = model;
        this.askWhereToSave = askWhereToSave == null ? this::chooseFile : askWhereToSave;
        getStyleClass().add("store-layout-view");
        whatIfCard = new WhatIfCard(model::assumptions, model::undoMove);
        floor = new FloorPlanCanvas(model.viewport(), model.hoveredZoneProperty()::set, model::moveCategory);
        floor.setId("layout-floor");
        compareFloor = new FloorPlanCanvas(model.viewport(), model.hoveredZoneProperty()::set, null);
        compareFloor.setId("layout-floor-compare");

        BorderPane content = new BorderPane();
        content.setTop(new LayoutToolbar(model, this::exportPng));
        // the plan and its legend, exactly what Export PNG writes
        floorTitle.setId("layout-floor-title");
        compareTitle.setId("layout-compare-title");
        VBox left = new VBox(4, floorTitle, floor);
        VBox right = new VBox(4, compareTitle, compareFloor);
        floorTitle.visibleProperty().bind(model.compareProperty());
        floorTitle.managedProperty().bind(model.compareProperty());
        right.visibleProperty().bind(model.compareProperty());
        right.managedProperty().bind(model.compareProperty());
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
        model.compareProperty().addListener((o, before, now) -> fitPlans.run());
        model.snapshotProperty().addListener((o, before, now) -> fitPlans.run());
        plate.setId("layout-plate");
        plate.setPadding(new Insets(4, 8, 8, 8));
        plate.setStyle("-fx-background-color: -color-bg-default;");
        VBox centre = new VBox(plate);
        VBox.setVgrow(plate, Priority.ALWAYS);
        centre.setPadding(new Insets(4, 0, 4, 8));
        content.setCenter(centre);
        content.setRight(sidePanel());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(40, 40);
        spinner.visibleProperty().bind(model.busyProperty());
        StackPane.setAlignment(spinner, Pos.CENTER);
        spinner.setMouseTransparent(true);

        Label empty = new Label("No data set yet: import one in the Data section to see its stores.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.visibleProperty().bind(model.snapshotProperty().isNull().and(model.busyProperty().not()));
        getChildren().addAll(content, empty, spinner);

        model.snapshotProperty().addListener((o, before, now) -> redraw());
        model.compareSnapshotProperty().addListener((o, before, now) -> redraw());
        model.overlayProperty().addListener((o, before, now) -> redraw());
        model.metricProperty().addListener((o, before, now) -> redraw());
        model.highlightProperty().addListener((o, before, now) -> redraw());
        model.hoveredZoneProperty().addListener((o, before, now) -> redraw());
        model.whatIfProperty().addListener((o, before, now) -> {
            redraw();
            whatIfCard.show(now);
        });
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
     * The section as the application registers it: follows the active data set and runs work through the
     * application's task runner.
     */
    public static <T> StoreLayoutView forActiveDataSet(ObservableValue<T> activeDataSet, Function<T, Path> folderOf,
                                                       TaskExecutor tasks) {
        return forActiveDataSet(activeDataSet, folderOf, tasks, null);
    }

    /**
     * As {@link #forActiveDataSet(ObservableValue, Function, TaskExecutor)}, asking where to save an exported
     * PNG through {@code askWhereToSave} (suggested file name in, chosen file or empty out; null = file chooser).
     */
    public static <T> StoreLayoutView forActiveDataSet(ObservableValue<T> activeDataSet, Function<T, Path> folderOf,
                                                       TaskExecutor tasks,
                                                       Function<String, Optional<Path>> askWhereToSave) {
        StoreLayoutViewModel model = new StoreLayoutViewModel(tasks, Platform::runLater);
        StoreLayoutView view = new StoreLayoutView(model, askWhereToSave);
        model.follow(activeDataSet, folderOf);
        return view;
    }

    /**
     * Asks where to save, takes a picture of the floor plan with its overlay and legend, and has the view model
     * write it as PNG off the JavaFX thread. Does nothing while no store is shown or when the user cancels.
     */
    public void exportPng() {
        StoreLayoutViewModel.Snapshot s = model.snapshotProperty().get();
        if (s == null) {
            return;
        }
        String overlay = switch (model.overlayProperty().get()) {
            case HEATMAP -> "heatmap";
            case PATHS -> "paths";
            case ZONES -> "zones-" + model.metricProperty().get().name().toLowerCase(Locale.ROOT).replace('_', '-');
        };
        StoreLayoutViewModel.Snapshot other = model.compareSnapshotProperty().get();
        String dayparts = s.filter().daypart().name() + (other == null ? "" : "-vs-" + other.filter().daypart().name());
        String name = "layout-" + s.plan().storeId() + "-" + dayparts + "-" + overlay + ".png";
        Optional<Path> file = askWhereToSave.apply(name);
        if (file.isEmpty()) {
            return;
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        WritableImage image = plate.snapshot(params, null);
        model.exportPng(image, file.get());
    }

    private Optional<Path> chooseFile(String suggestedName) {
        FileChooser chooser = DocumentsFolder.fileChooser("Export floor plan as PNG");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File chosen = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    private HBox legend() {
        Rectangle bar = legendBar;
        Stop[] stops = new Stop[9];
        for (int i = 0; i < stops.length; i++) {
            stops[i] = new Stop(i / 8.0, FloorPlanCanvas.viridis(i / 8.0));
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

    private ScrollPane sidePanel() {
        Label title = new Label("Adjacency recommendations");
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label("High-lift category pairs that sit far apart, and the swap with the largest expected "
                + "gain in co-purchases. Select one to see it on the plan.");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);

        ListView<AdjacencyRecommendation> list = new ListView<>(model.recommendations());
        list.setId("layout-recommendations");
        list.setCellFactory(view -> new RecommendationCell());
        // While the store is analysed there is nothing to judge yet: say so rather than "no pair".
        Label placeholder = new Label();
        placeholder.setId("layout-recommendations-placeholder");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(model.busyProperty())
                .then("Analysing the store…").otherwise("No high-lift pair sits far apart."));
        list.setPlaceholder(placeholder);
        Label sampleWarning = new Label();
        sampleWarning.setId("layout-small-sample");
        sampleWarning.textProperty().bind(model.sampleWarningProperty());
        sampleWarning.setWrapText(true);
        sampleWarning.setMinHeight(Region.USE_PREF_SIZE);
        sampleWarning.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        sampleWarning.visibleProperty().bind(model.sampleWarningProperty().isNotEmpty());
        sampleWarning.managedProperty().bind(sampleWarning.visibleProperty());
        list.setMinHeight(80);
        list.getSelectionModel().selectedItemProperty().addListener((o, before, now) ->
                model.selectedRecommendationProperty().set(now));
        model.selectedRecommendationProperty().addListener((o, before, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(now);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Label zoneTitle = new Label("Zone");
        zoneTitle.getStyleClass().add(Styles.TITLE_4);
        Label zone = zoneFigures;
        zone.setId("layout-zone-figures");
        zone.setText("Hover a zone on the plan for its figures.");
        zone.setWrapText(true);
        zone.getStyleClass().add(Styles.TEXT_SMALL);
        zone.setMinHeight(Region.USE_PREF_SIZE);
        zone.setAlignment(Pos.TOP_LEFT);
        zoneComparison.setId("layout-zone-comparison");
        zoneComparison.setHgap(8);
        zoneComparison.setVgap(2);
        zoneComparison.setVisible(false);
        zoneComparison.setManaged(false);
        VBox zoneBox = new VBox(4, zone, zoneComparison);
        // a fixed height that holds the longest content (the comparison table), so hovering never reflows the panel
        zoneBox.setMinHeight(136);
        zoneBox.setPrefHeight(136);
        zoneBox.setMaxHeight(136);


        VBox panel = new VBox(8, whatIfCard, title, hint, sampleWarning, list, zoneTitle, zoneBox);
        panel.setPadding(new Insets(12, 16, 12, 8));
        panel.setPrefWidth(340);
        panel.setMinWidth(280);
        // a short window scrolls the panel rather than cutting off the zone figures
        ScrollPane scroll = new ScrollPane(panel);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        scroll.setMinWidth(280);
        scroll.setPrefWidth(340);
        return scroll;
    }

    private void redraw() {
        StoreLayoutViewModel.Snapshot s = model.snapshotProperty().get();
        StoreLayoutViewModel.Snapshot other = model.compareSnapshotProperty().get();
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
        StoreLayoutViewModel.Highlight highlight = model.highlightProperty().get();
        String hovered = model.hoveredZoneProperty().get();
        floor.show(new FloorPlanCanvas.Picture(s.plan(), s.density(), peak, byZone, max, paths ? s.paths() : null,
                flowMax, highlight, model.whatIfProperty().get(), hovered));
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
                    + (other != null && model.bandwidthProperty().get() == null ? "" : " · kernel "
                    + new KernelBandwidth(s.density().bandwidthX(), s.density().bandwidthY()).label())
                    + shared);
        } else {
            ZoneMetric m = model.metricProperty().get();
            legendMin.setText(m.format(0));
            legendMax.setText(m.format(max));
            legendTitle.setText(m.toString() + " per zone" + shared);
        }
        showHoveredZone();
    }

    private void fitComparedPlans(HBox plans) {
        StoreLayoutViewModel.Snapshot s = model.snapshotProperty().get();
        if (!model.compareProperty().get() || s == null || plans.getWidth() <= 0) {
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

    private static String sideTitle(StoreLayoutViewModel.Snapshot s) {
        TimeFilter f = s.filter();
        String dates = f.from().isEmpty() && f.to().isEmpty() ? "" : " · " + shortDates(f);
        return String.format(Locale.ROOT, "%s%s · %,d visits · %,d baskets", DaypartPicker.describe(f.daypart()), dates,
                s.visits(), s.baskets());
    }

    /** The hovered zone's figures: a list, or a table of both plans and the difference when comparing. */
    private void showHoveredZone() {
        List<StoreLayoutViewModel.ZoneComparison> rows = model.hoverComparison();
        zoneComparison.getChildren().clear();
        if (rows.isEmpty()) {
            zoneFigures.setText(model.hoveredZoneProperty().get() == null
                    ? "Hover a zone on the plan for its figures." : model.hoverText());
            zoneComparison.setVisible(false);
            zoneComparison.setManaged(false);
            return;
        }
        StoreLayoutViewModel.Snapshot s = model.snapshotProperty().get();
        StoreLayoutViewModel.Snapshot other = model.compareSnapshotProperty().get();
        // explicit lines: a wrapped label under-reports its height and would push the table out of the panel
        zoneFigures.setText(model.hoverTitle() + System.lineSeparator() + "Left: " + shortFilter(s.filter())
                + " · right: " + shortFilter(other.filter()));
        zoneComparison.addRow(0, new Label(), heading("Left"), heading("Right"), heading("Change"));
        int r = 1;
        for (StoreLayoutViewModel.ZoneComparison row : rows) {
            Label figure = new Label(row.figure());
            figure.getStyleClass().add(Styles.TEXT_MUTED);
            Label difference = new Label(row.difference());
            difference.getStyleClass().add(Styles.TEXT_BOLD);
            zoneComparison.addRow(r++, figure, new Label(row.left()), new Label(row.right()), difference);
        }
        zoneComparison.getChildren().forEach(n -> n.getStyleClass().add(Styles.TEXT_SMALL));
        zoneComparison.setVisible(true);
        zoneComparison.setManaged(true);
    }

    /** The daypart, and the dates when limited, in a few words ("Saturday 1 Jun–14 Jun"). */
    private static String shortFilter(TimeFilter f) {
        if (f.from().isEmpty() && f.to().isEmpty()) {
            return DaypartPicker.shortName(f.daypart());
        }
        return DaypartPicker.shortName(f.daypart()) + " " + shortDates(f);
    }

    /** "1 Jun–14 Jun", an open end as "…". */
    private static String shortDates(TimeFilter f) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
        return f.from().map(day::format).orElse("…") + "–" + f.to().map(day::format).orElse("…");
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    /** Rank, pair, lift, distance before and after, and the expected gain. */
    private static final class RecommendationCell extends ListCell<AdjacencyRecommendation> {
        @Override
        protected void updateItem(AdjacencyRecommendation r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label head = new Label(r.rank() + ". " + r.affinity().categoryA() + " + " + r.affinity().categoryB()
                    + String.format(Locale.ROOT, "  ·  lift %.2f", r.affinity().lift()));
            head.getStyleClass().add(Styles.TEXT_BOLD);
            Label move = new Label(String.format(Locale.ROOT, "Move %s to %s%s", r.move().category(),
                    r.move().toZoneId(), r.move().swappedCategory().map(c -> " (swap with " + c + ")").orElse("")));
            Label gain = new Label(String.format(Locale.ROOT, "%.0f → %.0f m apart · %+.1f baskets · %+.0f revenue",
                    r.distanceM(), r.distanceAfterM(), r.expectedGain(), r.move().revenueDelta()));
            move.getStyleClass().add(Styles.TEXT_SMALL);
            gain.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            for (Label l : new Label[] {head, move, gain}) {
                l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE);
            }
            VBox box = new VBox(2, head, move, gain);
            box.setPadding(new Insets(4, 0, 4, 0));
            // a zero preferred width lets the cell follow the list's width and wrap instead of scrolling sideways
            setPrefWidth(0);
            setText(null);
            setGraphic(box);
        }
    }
}
