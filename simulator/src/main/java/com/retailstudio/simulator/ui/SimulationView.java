package com.retailstudio.simulator.ui;

import atlantafx.base.theme.Styles;
import com.retailstudio.designer.ui.JourneyCanvasView;
import com.retailstudio.simulator.model.Uplift;
import com.retailstudio.ui.chart.ChartPalette;
import com.retailstudio.ui.chart.ChartView;
import com.retailstudio.ui.table.Columns;
import com.retailstudio.ui.table.NumberColumn;
import com.retailstudio.ui.task.TaskExecutor;
import com.retailstudio.ui.tiles.KpiTile;
import com.retailstudio.ui.tiles.KpiTileRow;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
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
import javafx.scene.text.Font;
import org.jfree.chart.JFreeChart;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The Simulation section: pick a journey (a template or a version saved in the workspace) and a seed, run it on the
 * active data set, and read the headline figures, the flow, conversions over time, the channel mix, what each action
 * sent or suppressed and how many messages customers got; find a customer's trace; compare two journeys.
 */
public final class SimulationView extends BorderPane {

    private static final KeyCombination RUN_KEYS = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);

    private static final double ROW_HEIGHT = 30;

    private final SimulationViewModel model;
    private final KpiTileRow tiles = new KpiTileRow(12);
    private final TableView<SimulationSummary.NodeFlow> nodeTable = new TableView<>();
    private final TableView<SimulationSummary.ActionFlow> actionTable = new TableView<>();
    private final ChartView conversions = chartViewer("simulation-conversions", 280);
    private final ChartView channelMix = chartViewer("simulation-channel-mix", 260);
    private final ChartView fatigue = chartViewer("simulation-fatigue", 260);
    private final ChartPalette.Probe palette = new ChartPalette.Probe();
    private final Label resultTitle = new Label();
    private final JourneyCanvasView flowCanvas = new JourneyCanvasView();
    private final TabPane tabs = new TabPane();

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
        StackPane centre = new StackPane(empty, results, busy, palette.node());
        StackPane.setAlignment(empty, Pos.CENTER);
        Tab resultsTab = new Tab("Results", centre);
        resultsTab.setId("simulation-tab-results");
        Tab traceTab = new Tab("Customer trace", new TracePane(model));
        traceTab.setId("simulation-tab-trace");
        Tab compareTab = new Tab("Compare", new ComparePane(model));
        compareTab.setId("simulation-tab-compare");
        tabs.getTabs().setAll(List.of(resultsTab, traceTab, compareTab));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("simulation-tabs");
        setCenter(tabs);
        palette.onChange(() -> show(model.summaryProperty().get()));

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
                // Shown again: versions may have been saved in the Journeys section meanwhile.
                model.refreshJourneys();
            }
        });
    }

    /**
     * The section as the application registers it: follows the active data set and runs simulations through the
     * application's task runner (so they show in the status bar).
     */
    public static <T> SimulationView forActiveDataSet(ObservableValue<T> activeDataSet, Function<T, Path> folderOf,
                                                      TaskExecutor tasks) {
        return forActiveDataSet(activeDataSet, folderOf, active -> String.valueOf(folderOf.apply(active)
                .getFileName()), tasks);
    }

    /** As above, naming the data set as the user knows it. */
    public static <T> SimulationView forActiveDataSet(ObservableValue<T> activeDataSet, Function<T, Path> folderOf,
                                                      Function<T, String> nameOf,
                                                      TaskExecutor tasks) {
        SimulationViewModel model = new SimulationViewModel(tasks);
        model.follow(activeDataSet, folderOf, nameOf);
        return new SimulationView(model);
    }

    /**
     * As above, with progress and cancel through {@code tasks}, and the workspace's saved journey versions
     * (asked again each time the section is shown) offered beside the templates.
     */
    public static <T> SimulationView forActiveDataSet(ObservableValue<T> activeDataSet, Function<T, Path> folderOf,
                                                      Function<T, String> nameOf, TaskExecutor tasks,
                                                      Supplier<List<JourneyChoice>> savedJourneys) {
        SimulationViewModel model = new SimulationViewModel(tasks, savedJourneys);
        model.follow(activeDataSet, folderOf, nameOf);
        return new SimulationView(model);
    }

    // ---- left: what to run ----

    private VBox sidePanel() {
        Label journeysTitle = sideTitle("JOURNEY");
        ListView<JourneyChoice> journeys = new ListView<>(model.journeys());
        journeys.setId("simulation-journeys");
        journeys.getStyleClass().add("simulation-journey-list");
        journeys.setCellFactory(list -> new JourneyCell());
        journeys.setMinHeight(5 * 51 + 4);
        journeys.setPrefHeight(5 * 51 + 4);
        VBox.setVgrow(journeys, Priority.ALWAYS);
        journeys.getSelectionModel().select(model.journeyProperty().get());
        journeys.getSelectionModel().selectedItemProperty().addListener((o, before, chosen) -> {
            if (chosen != null) {
                model.journeyProperty().set(chosen);
            }
        });
        model.journeyProperty().addListener((o, before, now) -> {
            if (now != null && !now.equals(journeys.getSelectionModel().getSelectedItem())) {
                journeys.getSelectionModel().select(now);
            }
        });
        // Listing the journeys again clears the list's selection; the chosen one (equal, so no change) is kept.
        model.journeys().addListener((ListChangeListener<JourneyChoice>) change ->
                journeys.getSelectionModel().select(model.journeyProperty().get()));

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
                spacer(4), new EnginePane(model.engines()), spacer(8), run, new RunProgressPane(model), status);
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

    /** A template or saved version: its name and where it comes from; an unreadable one says why. */
    static final class JourneyCell extends ListCell<JourneyChoice> {
        @Override
        protected void updateItem(JourneyChoice choice, boolean empty) {
            super.updateItem(choice, empty);
            setText(null);
            setTooltip(null);
            if (empty || choice == null) {
                setGraphic(null);
                return;
            }
            // Cells take the list's width and cut long names with an ellipsis rather than scroll sideways.
            setPrefWidth(0);
            Label title = new Label(choice.label());
            title.getStyleClass().add("simulation-journey-title");
            Label meta = new Label(choice.journey() == null ? "cannot be read: " + choice.problem()
                    : choice.detail());
            meta.getStyleClass().add("simulation-journey-meta");
            if (choice.journey() == null) {
                meta.getStyleClass().add(Styles.DANGER);
                setTooltip(new Tooltip(choice.problem()));
            }
            setGraphic(new VBox(1, title, meta));
        }
    }

    // ---- right before a run ----

    private Region emptyState() {
        FontIcon icon = new FontIcon(Material2OutlinedMZ.PLAY_CIRCLE_OUTLINE);
        icon.getStyleClass().add("simulation-empty-icon");
        Label title = new Label("Ready to simulate");
        title.getStyleClass().add("simulation-empty-title");
        Label text = new Label("Pick a journey (a template or a version saved in the workspace) and a seed on the "
                + "left, then press Run simulation (" + RUN_KEYS.getDisplayText() + "). Every customer of the active "
                + "data set is played through the journey, with its consent, frequency caps, quiet hours and holdout.");
        text.setWrapText(true);
        text.getStyleClass().add("simulation-empty-text");
        VBox points = new VBox(6,
                point("Headline figures: customers entered, treated against holdout conversion, uplift with its "
                        + "95 % interval, incremental revenue, messages per customer"),
                point("Flow drawn on the journey, and through every step in a table"),
                point("Charts: conversions over time against the holdout, channel mix, fatigue"),
                point("Every action by channel: sent, suppressed and why, opened, clicked, converted, revenue"),
                point("Customer trace: why one customer got a message, by id or by what happened to them"),
                point("Compare: two journeys on the same data and seed, side by side"));
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
        resultTitle.setId("simulation-result-title");
        Label subtitle = new Label();
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.textProperty().bind(model.messageProperty());
        tiles.setId("simulation-kpis");

        buildNodeTable();
        buildActionTable();
        flowCanvas.setId("simulation-flow-canvas");
        flowCanvas.getStyleClass().add("simulation-flow-canvas");
        flowCanvas.setPrefHeight(460);
        flowCanvas.setMinHeight(460);
        flowCanvas.setStyle("-fx-border-color: -color-border-default; -fx-border-width: 1;");
        VBox content = new VBox(20, new VBox(2, resultTitle, subtitle), tiles,
                block("Flow on the journey", "Badges count entries into each step; a connection's width and number, "
                        + "the customers who passed along it.", flowCanvas),
                block("Conversions over time", "Share of each group converted by the end of each day (first "
                        + "conversions, UTC days); the lines end at the conversion rates above.", conversions),
                sideBySide(block("Channel mix", "Send attempts per channel by what became of them.", channelMix),
                        block("Fatigue", "Treated customers by the messages this journey sent them.",
                                fatigue)),
                block("Flow by step", "Counts entries: a customer who re-enters is counted again.", nodeTable),
                block("Messages by action", "Sends go to treated customers only; the holdout's are suppressed.",
                        actionTable));
        content.getStyleClass().add("simulation-results");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Styles.BG_DEFAULT);
        scroll.setId("simulation-results");
        return scroll;
    }

    private static ChartView chartViewer(String id, double height) {
        ChartView viewer = new ChartView(SimulationCharts.empty());
        viewer.setId(id);
        viewer.setPrefHeight(height);
        viewer.setMinHeight(height);
        viewer.setMaxHeight(height);
        viewer.getStyleClass().add("simulation-chart");
        return viewer;
    }

    private static HBox sideBySide(VBox left, VBox right) {
        HBox row = new HBox(20, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(0);
        right.setPrefWidth(0);
        left.setMaxWidth(Double.MAX_VALUE);
        right.setMaxWidth(Double.MAX_VALUE);
        return row;
    }

    private void showChart(ChartView viewer, JFreeChart chart) {
        JFreeChart shown = chart == null ? SimulationCharts.empty() : chart;
        // Java2D has no JavaFX "System" font; its logical sans-serif is the nearest everywhere.
        SimulationCharts.style(shown, palette.palette(), java.awt.Font.SANS_SERIF, Font.getDefault().getSize());
        viewer.setChart(shown);
    }

    /** The chart of conversions over time, channel mix or fatigue, for tests. */
    ChartView chart(String id) {
        return switch (id) {
            case "conversions" -> conversions;
            case "channel-mix" -> channelMix;
            default -> fatigue;
        };
    }

    private static VBox block(String title, String note, Region body) {
        Label label = new Label(title);
        label.getStyleClass().add("simulation-block-title");
        Label hint = new Label(note);
        hint.getStyleClass().add("simulation-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
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
        TableColumn<SimulationSummary.ActionFlow, Number> revenue =
                NumberColumn.decimals("Revenue", SimulationSummary.ActionFlow::revenue, "%,.2f");
        revenue.setSortable(false);
        TableColumn<SimulationSummary.ActionFlow, String> suppressed =
                text("Suppressed, by reason", KpiText::suppressed);
        actionTable.getColumns().setAll(List.of(
                Columns.width(text("Action", SimulationSummary.ActionFlow::title), 140),
                Columns.width(text("Channel", SimulationSummary.ActionFlow::channel), 76),
                Columns.width(count("Sent", SimulationSummary.ActionFlow::sent), 52),
                Columns.width(suppressed, 210),
                Columns.width(count("Deferred", SimulationSummary.ActionFlow::deferred), 80),
                Columns.width(count("Opened", SimulationSummary.ActionFlow::opened), 68),
                Columns.width(count("Clicked", SimulationSummary.ActionFlow::clicked), 70),
                Columns.width(count("Converted", SimulationSummary.ActionFlow::converted), 86),
                Columns.width(revenue, 76)));
    }

    private static <R> TableColumn<R, String> text(String title, Function<R, String> value) {
        // Long action names and suppression lists may be cut at narrow widths; the tooltip has them whole.
        TableColumn<R, String> column = Columns.textWithTooltip(title, value);
        column.setSortable(false);
        return column;
    }

    private static <R> TableColumn<R, Number> count(String title, ToLongFunction<R> value) {
        TableColumn<R, Number> column = NumberColumn.integers(title, value);
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
            showChart(conversions, null);
            showChart(channelMix, null);
            showChart(fatigue, null);
            return;
        }
        resultTitle.setText(summary.journeyName());
        Uplift u = summary.uplift();
        tiles.getChildren().setAll(
                new KpiTile("Customers who entered", KpiText.count(summary.entered()),
                        KpiText.count(summary.treated()) + " treated · " + KpiText.count(summary.holdout())
                                + " holdout · " + KpiText.entries(summary.entries(), summary.entered()),
                        KpiTile.Tone.NEUTRAL),
                new KpiTile("Conversion, treated", KpiText.percent(u.treatedRate()),
                        "vs " + KpiText.percent(u.holdoutRate()) + " in the holdout ("
                                + KpiText.count(summary.treatedConversions()) + " and "
                                + KpiText.count(summary.holdoutConversions()) + " converted)", KpiTile.Tone.NEUTRAL),
                new KpiTile("Uplift in conversion", KpiText.points(u.absolute()), KpiText.interval(u)
                        + (summary.upliftSignificant() ? "" : " · not significant"), summary.upliftSignificant()
                        ? (u.absolute() > 0 ? KpiTile.Tone.POSITIVE : KpiTile.Tone.NEGATIVE) : KpiTile.Tone.NEUTRAL),
                new KpiTile("Incremental revenue, total", summary.incrementalRevenueText(),
                        "over the " + KpiText.count(summary.treated()) + " treated customers, against the holdout's "
                                + "revenue per customer", KpiTile.Tone.NEUTRAL),
                new KpiTile("Messages per customer", KpiText.decimal(summary.messagesPerTreatedCustomer()),
                        KpiText.count(summary.totalSent()) + " sent · " + KpiText.count(summary.unsubscribes())
                                + " unsubscribed", KpiTile.Tone.NEUTRAL));
        nodeTable.getItems().setAll(summary.nodes());
        nodeTable.setPrefHeight(fitRows(summary.nodes().size(), 1));
        actionTable.getItems().setAll(summary.actions());
        actionTable.setPrefHeight(fitRows(summary.actions().size(), 1));
        showChart(conversions, SimulationCharts.conversionsOverTime(summary));
        showChart(channelMix, SimulationCharts.channelMix(summary));
        showChart(fatigue, SimulationCharts.fatigue(summary));
    }

    private void showFlow(SimulationFlow flow) {
        if (flow == null) {
            flowCanvas.clearFlow();
            flowCanvas.journeyProperty().set(null);
            return;
        }
        flowCanvas.journeyProperty().set(flow.journey());
        flowCanvas.showFlow(flow.entered(), flow.passed(), flow.goalExits());
    }

    /** The journey canvas that shows the last run's flow. */
    JourneyCanvasView flowCanvas() {
        return flowCanvas;
    }

    private static double fitRows(int rows, int headerRows) {
        return Math.max(1, rows) * ROW_HEIGHT + headerRows * 36 + 4;
    }
}
