package com.retailstudio.layout.ui;

import atlantafx.base.theme.Styles;
import com.retailstudio.data.model.Store;
import com.retailstudio.ui.feedback.FeedbackLabel;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The Store layouts toolbar: store, daypart (or custom hours) and dates; overlay and metric; compare with another
 * daypart and, while comparing, the compared plan's own dates; zoom; export.
 */
final class LayoutToolbar extends VBox {

    /** The bandwidth slider's range, metres. */
    static final double MIN_BANDWIDTH_M = 0.25;
    static final double MAX_BANDWIDTH_M = 6;

    private final StoreLayoutViewModel model;
    private final LayoutFilter filter;

    LayoutToolbar(StoreLayoutViewModel model, Runnable exportPng) {
        super(8);
        this.model = model;
        this.filter = model.filter();
        ComboBox<Store> stores = new ComboBox<>(model.stores());
        stores.setId("layout-store");
        stores.valueProperty().bindBidirectional(model.storeProperty());
        stores.setConverter(new StringConverter<>() {
            @Override
            public String toString(Store s) {
                return s == null ? "" : s.storeId() + " · " + s.city();
            }

            @Override
            public Store fromString(String text) {
                return null;
            }
        });
        stores.setPrefWidth(190);

        DaypartPicker dayparts = new DaypartPicker("layout-daypart", 236);
        dayparts.valueProperty().bindBidirectional(filter.daypartProperty());

        DatePicker from = datePicker("layout-from", "From", filter.fromDateProperty());
        DatePicker to = datePicker("layout-to", "To", filter.toDateProperty());
        Button allDates = new Button(null, new FontIcon(Material2OutlinedAL.CLEAR));
        allDates.setId("layout-all-dates");
        allDates.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        allDates.setTooltip(new Tooltip("All dates"));
        allDates.setOnAction(e -> {
            filter.fromDateProperty().set(null);
            filter.toDateProperty().set(null);
        });
        allDates.disableProperty().bind(filter.fromDateProperty().isNull().and(filter.toDateProperty().isNull()));
        Label dash = new Label("–");

        ToggleButton compare = new ToggleButton("Compare", new FontIcon(Material2OutlinedAL.COMPARE));
        compare.setId("layout-compare");
        compare.selectedProperty().bindBidirectional(filter.compareProperty());
        compare.setTooltip(new Tooltip("Show a second daypart beside the first, on the same colour scale"));
        compare.setMinWidth(Region.USE_PREF_SIZE);
        DaypartPicker compareDayparts = new DaypartPicker("layout-compare-daypart", 200);
        compareDayparts.valueProperty().bindBidirectional(filter.compareDaypartProperty());
        compareDayparts.disableProperty().bind(filter.compareProperty().not());

        ToggleGroup overlays = new ToggleGroup();
        Map<StoreLayoutViewModel.Overlay, ToggleButton> overlayButtons = new EnumMap<>(
                StoreLayoutViewModel.Overlay.class);
        overlayButtons.put(StoreLayoutViewModel.Overlay.HEATMAP,
                new ToggleButton("Heatmap", new FontIcon(Material2OutlinedAL.BLUR_ON)));
        overlayButtons.put(StoreLayoutViewModel.Overlay.ZONES,
                new ToggleButton("Zones", new FontIcon(Material2OutlinedAL.DASHBOARD)));
        overlayButtons.put(StoreLayoutViewModel.Overlay.PATHS,
                new ToggleButton("Paths", new FontIcon(Material2OutlinedAL.DIRECTIONS_WALK)));
        overlayButtons.get(StoreLayoutViewModel.Overlay.HEATMAP).getStyleClass().add(Styles.LEFT_PILL);
        overlayButtons.get(StoreLayoutViewModel.Overlay.ZONES).getStyleClass().add(Styles.CENTER_PILL);
        overlayButtons.get(StoreLayoutViewModel.Overlay.PATHS).getStyleClass().add(Styles.RIGHT_PILL);
        overlayButtons.get(StoreLayoutViewModel.Overlay.PATHS).setTooltip(new Tooltip(
                "The most common moves from zone to zone, routed through the aisles, as wide as their visitors"));
        overlayButtons.forEach((overlay, button) -> {
            button.setId("layout-overlay-" + overlay.name().toLowerCase(Locale.ROOT));
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setToggleGroup(overlays);
            button.setSelected(model.overlayProperty().get() == overlay);
        });
        model.overlayProperty().addListener((o, before, now) -> overlayButtons.get(now).setSelected(true));
        overlays.selectedToggleProperty().addListener((o, before, now) -> {
            if (now == null) {
                before.setSelected(true);
                return;
            }
            overlayButtons.forEach((overlay, button) -> {
                if (button == now) {
                    model.overlayProperty().set(overlay);
                }
            });
        });
        HBox overlayGroup = new HBox(overlayButtons.values().toArray(new ToggleButton[0]));

        ComboBox<ZoneMetric> metrics = new ComboBox<>();
        metrics.setPrefWidth(160);
        metrics.setMinWidth(110);
        metrics.getItems().setAll(ZoneMetric.values());
        metrics.valueProperty().bindBidirectional(model.metricProperty());
        metrics.disableProperty().bind(model.overlayProperty().isNotEqualTo(StoreLayoutViewModel.Overlay.ZONES));
        // the heatmap's bandwidth takes the metric's place
        metrics.visibleProperty().bind(model.overlayProperty().isNotEqualTo(StoreLayoutViewModel.Overlay.HEATMAP));
        metrics.managedProperty().bind(metrics.visibleProperty());

        FeedbackLabel status = new FeedbackLabel(model.feedbackProperty());
        status.setId("layout-status");
        Button export = new Button("Export PNG", new FontIcon(Material2OutlinedAL.IMAGE));
        export.setId("layout-export");
        export.setTooltip(new Tooltip("Save the floor plan with its overlay and legend as a PNG image (Ctrl+E)"));
        export.disableProperty().bind(model.snapshotProperty().isNull());
        export.setOnAction(e -> exportPng.run());
        export.setMinWidth(Region.USE_PREF_SIZE);

        HBox dates = new HBox(4, from, dash, to, allDates);
        dates.setAlignment(Pos.CENTER_LEFT);
        // Rows that wrap rather than push the plan's side panel out of a narrow window.
        FlowPane filters = new FlowPane(10, 8, new FontIcon(Material2OutlinedMZ.STOREFRONT), stores, dayparts,
                dates, status);
        filters.setAlignment(Pos.CENTER_LEFT);
        FlowPane tools = new FlowPane(10, 8, overlayGroup, metrics, bandwidthControls(),
                new HBox(6, compare, compareDayparts), zoomControls(), export);
        tools.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(filters, tools, comparedDates());
        setPadding(new Insets(12, 16, 4, 16));
    }

    /**
     * The heatmap's kernel bandwidth, shown with the heatmap overlay: a slider in metres (applied when released),
     * the bandwidth in use ("Auto (Scott's rule: 1.2 m)" by default) and a reset to Scott's rule.
     */
    private HBox bandwidthControls() {
        Slider slider = new Slider(MIN_BANDWIDTH_M, MAX_BANDWIDTH_M, 1);
        slider.setId("layout-bandwidth");
        slider.setPrefWidth(110);
        slider.setMinWidth(80);
        slider.setBlockIncrement(0.25);
        slider.setTooltip(new Tooltip("Heatmap kernel bandwidth (standard deviation, metres): left sharper, right "
                + "smoother; both plans use it when comparing"));
        Label value = new Label();
        value.setId("layout-bandwidth-value");
        value.setMinWidth(Region.USE_PREF_SIZE);
        value.getStyleClass().add(Styles.TEXT_SMALL);
        Button auto = new Button(null, new FontIcon(Material2OutlinedMZ.REPLAY));
        auto.setId("layout-bandwidth-auto");
        auto.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        auto.setTooltip(new Tooltip("Auto: Scott's rule, per plan and axis"));
        auto.setOnAction(e -> filter.resetBandwidth());
        auto.disableProperty().bind(filter.bandwidthProperty().isNull());
        boolean[] showing = {false};
        Runnable show = () -> {
            value.setText(model.bandwidthText());
            Double h = filter.bandwidthProperty().get();
            LayoutSnapshot s = model.snapshotProperty().get();
            double at = h != null ? h : s == null ? slider.getValue() : s.scottBandwidth().meanM();
            showing[0] = true;
            slider.setValue(Math.max(MIN_BANDWIDTH_M, Math.min(MAX_BANDWIDTH_M, at)));
            showing[0] = false;
        };
        Runnable apply = () -> {
            if (!showing[0] && !slider.isValueChanging()) {
                filter.bandwidthProperty().set(Math.round(slider.getValue() * 20) / 20.0);
            }
        };
        slider.valueProperty().addListener((o, before, now) -> {
            if (!showing[0]) {
                value.setText(String.format(Locale.ROOT, "%.1f m", now.doubleValue()));
            }
            apply.run();
        });
        slider.valueChangingProperty().addListener((o, before, now) -> apply.run());
        filter.bandwidthProperty().addListener((o, before, now) -> show.run());
        model.snapshotProperty().addListener((o, before, now) -> show.run());
        show.run();
        Label title = new Label("Bandwidth");
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox group = new HBox(6, title, slider, value, auto);
        group.setAlignment(Pos.CENTER_LEFT);
        group.visibleProperty().bind(model.overlayProperty().isEqualTo(StoreLayoutViewModel.Overlay.HEATMAP));
        group.managedProperty().bind(group.visibleProperty());
        group.disableProperty().bind(model.snapshotProperty().isNull());
        return group;
    }

    /** The compared plan's own dates, shown while comparing: two dayparts, or two periods, or both. */
    private FlowPane comparedDates() {
        DatePicker from = datePicker("layout-compare-from", "From", filter.compareFromDateProperty());
        DatePicker to = datePicker("layout-compare-to", "To", filter.compareToDateProperty());
        Button same = new Button(null, new FontIcon(Material2OutlinedAL.CLEAR));
        same.setId("layout-compare-same-dates");
        same.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        same.setTooltip(new Tooltip("The same dates as the left plan"));
        same.setOnAction(e -> {
            filter.compareFromDateProperty().set(null);
            filter.compareToDateProperty().set(null);
        });
        same.disableProperty().bind(filter.compareFromDateProperty().isNull()
                .and(filter.compareToDateProperty().isNull()));
        Label title = new Label("Right plan's dates");
        Label note = new Label("empty = the left plan's dates; both plans on one colour scale");
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        FlowPane row = new FlowPane(6, 6, title, from, new Label("–"), to, same, note);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(filter.compareProperty());
        row.managedProperty().bind(filter.compareProperty());
        return row;
    }

    private static DatePicker datePicker(String id, String prompt, ObjectProperty<LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setPrefWidth(132);
        picker.valueProperty().bindBidirectional(value);
        picker.setTooltip(new Tooltip(prompt + " this local date, inclusive; empty = no limit"));
        return picker;
    }

    /** Zoom out, the zoom factor (click: fit), zoom in; the keys and Ctrl + wheel do the same. */
    private HBox zoomControls() {
        PlanViewport viewport = model.viewport();
        Button out = new Button(null, new FontIcon(Material2OutlinedMZ.ZOOM_OUT));
        Button fit = new Button();
        Button in = new Button(null, new FontIcon(Material2OutlinedMZ.ZOOM_IN));
        out.setId("layout-zoom-out");
        fit.setId("layout-zoom-fit");
        in.setId("layout-zoom-in");
        out.setTooltip(new Tooltip("Zoom out (Ctrl+-)"));
        fit.setTooltip(new Tooltip("Show the whole plan (Ctrl+0); Ctrl + wheel zooms at the pointer, drag to pan"));
        in.setTooltip(new Tooltip("Zoom in (Ctrl+=)"));
        fit.textProperty().bind(viewport.zoomProperty().multiply(100).asString(Locale.ROOT, "%.0f %%"));
        fit.setMinWidth(64);
        for (Button b : List.of(out, fit, in)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        out.disableProperty().bind(viewport.zoomProperty().lessThanOrEqualTo(PlanViewport.MIN_ZOOM));
        in.disableProperty().bind(viewport.zoomProperty().greaterThanOrEqualTo(PlanViewport.MAX_ZOOM));
        out.setOnAction(e -> viewport.zoomOut());
        fit.setOnAction(e -> viewport.fit());
        in.setOnAction(e -> viewport.zoomIn());
        out.getStyleClass().add(Styles.LEFT_PILL);
        fit.getStyleClass().add(Styles.CENTER_PILL);
        in.getStyleClass().add(Styles.RIGHT_PILL);
        HBox group = new HBox(out, fit, in);
        group.disableProperty().bind(model.snapshotProperty().isNull());
        return group;
    }
}
