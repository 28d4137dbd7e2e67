package com.retailstudio.simulator.ui;

import atlantafx.base.theme.Styles;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.ui.JourneyCanvasView;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.Uplift;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The Simulation section: pick a journey template and a seed, run it on the active data set, and read the headline
 * figures, the flow through each step, what each action sent or suppressed, and how many messages customers got.
 */
public final class SimulationView extends BorderPane {

    private static final KeyCombination RUN_KEYS = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);

    private static final double ROW_HEIGHT = 30;

    private final SimulationViewModel model;
    private final HBox tiles = new HBox(12);
    private final TableView<SimulationSummary.NodeFlow> nodeTable = new TableView<>();
    private final TableView<SimulationSummary.ActionFlow> actionTable = new TableView<>();
    private final BarChart<String, Number> fatigue = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final Label resultTitle = new Label();
    private final JourneyCanvasView flowCanvas = new JourneyCanvasView();

    public SimulationView(SimulationViewModel model) {
        this.model = model;
        getStyleClass().add("simulation-view");
        getStylesheets().add(SimulationView.class.getResource("simulation.css").toExternalForm());
        setLeft(sidePanel());

        Region results = results();
        Region empty = emptyState();
        empty.visibleProperty().bind(model.summaryProperty().isNull().and(model.busyProperty().not()));
        results.visibleProperty().bind(model.summaryProperty().isNotNull().and(model.busyProperty().not()));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(48, 48);
        Label running = new Label();
        running.getStyleClass().add(Styles.TEXT_MUTED);
        running.textProperty().bind(model.messageProperty());
        VBox busy = new VBox(12, spinner, running);
        busy.setId("simulation-busy");
        busy.setAlignment(Pos.CENTER);
        busy.setMouseTransparent(true);
        busy.visibleProperty().bind(model.busyProperty());
        StackPane centre = new StackPane(empty, results, busy);
        StackPane.setAlignment(empty, Pos.CENTER);
        setCenter(centre);

        model.flowProperty().addListener((o, before, now) -> showFlow(now));
        showFlow(model.flowProperty().get());
        model.summaryProperty().addListener((o, before, now) -> show(now));
        show(model.summaryProperty().get());
        sceneProperty().addListener((o, before, now) -> {
            if (before != null) {
                before.getAccelerators().remove(RUN_KEYS);
            }
            if (now != null) {
                now.getAccelerators().put(RUN_KEYS, model::run);
            }
        });
    }

    /**
     * The section as the application registers it: follows the active data set and runs simulations through the
     * application's task runner (so they show in the status bar).
     */
    public static <T> SimulationView forActiveDataSet(ObservableValue<T> activeDataSet, Function<T, Path> folderOf,
                                                      BiConsumer<String, Runnable> runInBackground) {
        return forActiveDataSet(activeDataSet, folderOf, active -> String.valueOf(folderOf.apply(active)
                .getFileName()), runInBackground);
    }

    /** As above, naming the data set as the user knows it. */
    public static <T> SimulationView forActiveDataSet(ObservableValue<T> activeDataSet, Function<T, Path> folderOf,
                                                      Function<T, String> nameOf,
                                                      BiConsumer<String, Runnable> runInBackground) {
        SimulationViewModel model = new SimulationViewModel(runInBackground, Platform::runLater);
        model.follow(activeDataSet, folderOf, nameOf);
        return new SimulationView(model);
    }

    // ---- left: what to run ----

    private VBox sidePanel() {
        Label journeysTitle = sideTitle("JOURNEY");
        ListView<Journey> journeys = new ListView<>(model.journeys());
        journeys.setId("simulation-journeys");
        journeys.getStyleClass().add("simulation-journey-list");
        journeys.setCellFactory(list -> new JourneyCell());
        journeys.setPrefHeight(model.journeys().size() * 51 + 4);
        journeys.setMinHeight(Region.USE_PREF_SIZE);
        journeys.getSelectionModel().select(model.journeyProperty().get());
        journeys.getSelectionModel().selectedItemProperty().addListener((o, before, chosen) -> {
            if (chosen != null) {
                model.journeyProperty().set(chosen);
            }
        });

        Label seedTitle = sideTitle("SEED");
        TextField seed = new TextField();
        seed.setId("simulation-seed");
        seed.textProperty().bindBidirectional(model.seedProperty());
        seed.setTooltip(new Tooltip("The same journey, data and seed always give the same figures."));
        seed.pseudoClassStateChanged(Styles.STATE_DANGER, model.parsedSeed().isEmpty());
        model.seedProperty().addListener((o, before, now) ->
                seed.pseudoClassStateChanged(Styles.STATE_DANGER, model.parsedSeed().isEmpty()));

        Label dataTitle = sideTitle("DATA SET");
        Label data = new Label();
        data.setId("simulation-data");
        data.setWrapText(true);
        data.getStyleClass().add("simulation-journey-meta");
        data.setGraphic(new FontIcon(Material2OutlinedAL.FOLDER_OPEN));
        data.textProperty().bind(Bindings.createStringBinding(() -> {
            Path folder = model.dataFolderProperty().get();
            if (folder == null) {
                return "No active data set: import one in the Data section.";
            }
            String name = model.dataSetNameProperty().get();
            return name == null || name.isBlank() ? String.valueOf(folder.getFileName()) : name;
        }, model.dataFolderProperty(), model.dataSetNameProperty()));
        data.setTooltip(new Tooltip());
        data.getTooltip().textProperty().bind(Bindings.createStringBinding(
                () -> String.valueOf(model.dataFolderProperty().get()), model.dataFolderProperty()));

        Button run = new Button("Run simulation", new FontIcon(Material2OutlinedMZ.PLAY_ARROW));
        run.setId("simulation-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.setMaxWidth(Double.MAX_VALUE);
        run.setDefaultButton(true);
        run.disableProperty().bind(model.canRunProperty().not());
        run.setOnAction(e -> model.run());
        run.setTooltip(new Tooltip("Run the journey on the active data set (" + RUN_KEYS.getDisplayText() + ")"));

        Label status = new Label();
        status.setId("simulation-status");
        status.setWrapText(true);
        status.getStyleClass().add("simulation-hint");
        status.textProperty().bind(model.messageProperty());
        status.visibleProperty().bind(model.summaryProperty().isNull());
        status.managedProperty().bind(status.visibleProperty());

        VBox side = new VBox(8, journeysTitle, journeys, spacer(4), seedTitle, seed, spacer(4), dataTitle, data,
                spacer(8), run, status);
        side.getStyleClass().add("simulation-side");
        return side;
    }

    private static Label sideTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("simulation-side-title");
        return label;
    }

    private static Region spacer(double height) {
        Region r = new Region();
        r.setMinHeight(height);
        return r;
    }

    private static final class JourneyCell extends ListCell<Journey> {
        @Override
        protected void updateItem(Journey journey, boolean empty) {
            super.updateItem(journey, empty);
            setText(null);
            if (empty || journey == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(journey.name());
            title.getStyleClass().add("simulation-journey-title");
            Label meta = new Label(journey.nodes().size() + " steps · goal " + journey.goal().event());
            meta.getStyleClass().add("simulation-journey-meta");
            setGraphic(new VBox(1, title, meta));
        }
    }

    // ---- right before a run ----

    private Region emptyState() {
        FontIcon icon = new FontIcon(Material2OutlinedMZ.PLAY_CIRCLE_OUTLINE);
        icon.getStyleClass().add("simulation-empty-icon");
        Label title = new Label("Ready to simulate");
        title.getStyleClass().add("simulation-empty-title");
        Label text = new Label("Pick a journey and a seed on the left, then press Run simulation ("
                + RUN_KEYS.getDisplayText() + "). Every customer of the active data set is played through the "
                + "journey, with its consent, frequency caps, quiet hours and holdout.");
        text.setWrapText(true);
        text.getStyleClass().add("simulation-empty-text");
        VBox points = new VBox(6,
                point("Headline figures: customers entered, treated against holdout conversion, uplift with its "
                        + "95 % interval, incremental revenue, messages per customer"),
                point("Flow through every step: entered, passed on, still waiting at the end, exited"),
                point("Every action by channel: sent, suppressed and why, opened, clicked, converted, revenue"),
                point("Fatigue: how many messages each treated customer received"));
        Label hint = new Label();
        hint.getStyleClass().add("simulation-hint");
        hint.setWrapText(true);
        hint.textProperty().bind(Bindings.createStringBinding(() -> model.dataFolderProperty().get() == null
                ? "Runs need an active data set: import or activate one in the Data section."
                : "Same journey, data and seed give the same figures every time.", model.dataFolderProperty()));
        VBox box = new VBox(14, icon, title, text, points, hint);
        box.setId("simulation-empty");
        box.getStyleClass().add("simulation-empty");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        return box;
    }

    private static Label point(String text) {
        Label label = new Label(text, new FontIcon(Material2OutlinedAL.CHECK_CIRCLE_OUTLINE));
        label.setWrapText(true);
        label.getStyleClass().add("simulation-empty-point");
        return label;
    }

    // ---- right after a run ----

    private Region results() {
        resultTitle.getStyleClass().add(Styles.TITLE_3);
        Label subtitle = new Label();
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.textProperty().bind(model.messageProperty());
        tiles.setId("simulation-kpis");

        buildNodeTable();
        buildActionTable();
        fatigue.setId("simulation-fatigue");
        fatigue.setLegendVisible(false);
        fatigue.setAnimated(false);
        fatigue.setCategoryGap(6);
        fatigue.getXAxis().setLabel("Messages received");
        fatigue.getYAxis().setLabel("Treated customers");
        fatigue.setPrefHeight(260);

        fatigue.setMaxWidth(720);
        flowCanvas.setId("simulation-flow-canvas");
        flowCanvas.getStyleClass().add("simulation-flow-canvas");
        flowCanvas.setPrefHeight(460);
        flowCanvas.setMinHeight(460);
        flowCanvas.setStyle("-fx-border-color: -color-border-default; -fx-border-width: 1;");
        VBox content = new VBox(20, new VBox(2, resultTitle, subtitle), tiles,
                block("Flow on the journey", "Badges count entries into each step; a connection's width and number, "
                        + "the customers who passed along it.", flowCanvas),
                block("Flow by step", "Counts entries: a customer who re-enters is counted again.", nodeTable),
                block("Messages by action", "Sends go to treated customers only; the holdout's are suppressed.",
                        actionTable),
                block("Fatigue", "Treated customers by the number of messages this journey sent them.", fatigue));
        content.getStyleClass().add("simulation-results");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Styles.BG_DEFAULT);
        scroll.setId("simulation-results");
        return scroll;
    }

    private static VBox block(String title, String note, Region body) {
        Label label = new Label(title);
        label.getStyleClass().add("simulation-block-title");
        Label hint = new Label(note);
        hint.getStyleClass().add("simulation-hint");
        return new VBox(4, label, hint, spacer(4), body);
    }

    private void buildNodeTable() {
        nodeTable.setId("simulation-node-flow");
        nodeTable.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, Styles.BORDERED);
        nodeTable.setFixedCellSize(ROW_HEIGHT);
        nodeTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<SimulationSummary.NodeFlow, String> step = text("Step", SimulationSummary.NodeFlow::title);
        step.setPrefWidth(200);
        TableColumn<SimulationSummary.NodeFlow, String> type = text("Type", n -> n.type().replace('_', ' '));
        type.setPrefWidth(120);
        nodeTable.getColumns().setAll(List.of(step, type,
                count("Entered", SimulationSummary.NodeFlow::entered),
                count("Passed on", SimulationSummary.NodeFlow::passedOn),
                count("Waiting at end", SimulationSummary.NodeFlow::waitingAtEnd),
                count("Exited", SimulationSummary.NodeFlow::exited),
                count("Left at goal", SimulationSummary.NodeFlow::goalExits)));
    }

    private void buildActionTable() {
        actionTable.setId("simulation-actions");
        actionTable.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, Styles.BORDERED);
        actionTable.setFixedCellSize(ROW_HEIGHT);
        actionTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<SimulationSummary.ActionFlow, String> revenue =
                text("Revenue", a -> String.format(Locale.ROOT, "%,.2f", a.revenue()));
        revenue.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<SimulationSummary.ActionFlow, String> suppressed =
                text("Suppressed, by reason", KpiText::suppressed);
        actionTable.getColumns().setAll(List.of(
                width(text("Action", SimulationSummary.ActionFlow::title), 140),
                width(text("Channel", SimulationSummary.ActionFlow::channel), 76),
                width(count("Sent", SimulationSummary.ActionFlow::sent), 52),
                width(suppressed, 210),
                width(count("Deferred", SimulationSummary.ActionFlow::deferred), 80),
                width(count("Opened", SimulationSummary.ActionFlow::opened), 68),
                width(count("Clicked", SimulationSummary.ActionFlow::clicked), 70),
                width(count("Converted", SimulationSummary.ActionFlow::converted), 86),
                width(revenue, 76)));
    }

    private static <R, V> TableColumn<R, V> width(TableColumn<R, V> column, double width) {
        column.setMinWidth(Math.min(column.getMinWidth(), width));
        column.setPrefWidth(width);
        return column;
    }

    private static <R> TableColumn<R, String> text(String title, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                // Long action names and suppression lists may be cut at narrow widths; the tooltip has them whole.
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        column.setSortable(false);
        return column;
    }

    private static <R> TableColumn<R, Number> count(String title, ToLongFunction<R> value) {
        TableColumn<R, Number> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.applyAsLong(cell.getValue())));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : String.format(Locale.ROOT, "%,d", item.longValue()));
            }
        });
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setSortable(false);
        column.setPrefWidth(Math.max(72, title.length() * 8 + 24));
        column.setMinWidth(Math.max(60, title.length() * 7 + 16));
        return column;
    }

    private void show(SimulationSummary summary) {
        if (summary == null) {
            tiles.getChildren().clear();
            nodeTable.getItems().clear();
            actionTable.getItems().clear();
            fatigue.getData().clear();
            return;
        }
        resultTitle.setText(summary.journeyName());
        Uplift u = summary.uplift();
        tiles.getChildren().setAll(
                tile("Customers entered", KpiText.count(summary.entered()),
                        KpiText.count(summary.treated()) + " treated · " + KpiText.count(summary.holdout())
                                + " holdout", ""),
                tile("Conversion, treated", KpiText.percent(u.treatedRate()),
                        "vs " + KpiText.percent(u.holdoutRate()) + " in the holdout ("
                                + KpiText.count(summary.treatedConversions()) + " and "
                                + KpiText.count(summary.holdoutConversions()) + " converted)", ""),
                tile("Uplift in conversion", KpiText.points(u.absolute()), KpiText.interval(u) + (summary.upliftSignificant()
                        ? "" : " · not significant"), summary.upliftSignificant()
                        ? (u.absolute() > 0 ? "positive" : "negative") : ""),
                tile("Incremental revenue", KpiText.money(u.incrementalRevenue()),
                        "goal revenue above the holdout's, per treated customer", ""),
                tile("Messages per customer", KpiText.decimal(summary.messagesPerTreatedCustomer()),
                        KpiText.count(summary.totalSent()) + " sent · " + KpiText.count(summary.unsubscribes())
                                + " unsubscribed", ""));
        nodeTable.getItems().setAll(summary.nodes());
        nodeTable.setPrefHeight(fitRows(summary.nodes().size(), 1));
        actionTable.getItems().setAll(summary.actions());
        actionTable.setPrefHeight(fitRows(summary.actions().size(), 1));
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        long[] histogram = summary.messagesPerCustomer();
        for (int i = 0; i < histogram.length; i++) {
            String bucket = i == SimulationResults.HISTOGRAM_BUCKETS - 1 ? i + "+" : Integer.toString(i);
            series.getData().add(new XYChart.Data<>(bucket, histogram[i]));
        }
        fatigue.getData().setAll(List.of(series));
    }

    private void showFlow(SimulationFlow flow) {
        if (flow == null) {
            flowCanvas.clearFlow();
            flowCanvas.journeyProperty().set(null);
            return;
        }
        flowCanvas.journeyProperty().set(flow.journey());
        flowCanvas.showFlow(flow.entered(), flow.passed());
    }

    /** The journey canvas that shows the last run's flow. */
    JourneyCanvasView flowCanvas() {
        return flowCanvas;
    }

    private static double fitRows(int rows, int headerRows) {
        return Math.max(1, rows) * ROW_HEIGHT + headerRows * 36 + 4;
    }

    private static VBox tile(String caption, String value, String detail, String tone) {
        Label c = new Label(caption);
        c.getStyleClass().add("kpi-caption");
        Label v = new Label(value);
        v.getStyleClass().add("kpi-value");
        Label d = new Label(detail);
        d.getStyleClass().add("kpi-detail");
        d.setWrapText(true);
        c.setWrapText(true);
        VBox tile = new VBox(4, c, v, d);
        HBox.setHgrow(tile, Priority.ALWAYS);
        tile.setMaxWidth(Double.MAX_VALUE);
        tile.getStyleClass().add("kpi-tile");
        if (!tone.isEmpty()) {
            tile.getStyleClass().add(tone);
        }
        return tile;
    }
}
