package com.retailstudio.simulator.ui;

import atlantafx.base.theme.Styles;
import com.retailstudio.designer.ui.JourneyCanvasView;
import com.retailstudio.simulator.model.Uplift;
import com.retailstudio.ui.chart.ChartPalette;
import com.retailstudio.ui.chart.ChartView;
import com.retailstudio.ui.feedback.Feedback;
import com.retailstudio.ui.section.SectionHeader;
import com.retailstudio.ui.tiles.KpiTile;
import com.retailstudio.ui.tiles.KpiTileRow;
import java.util.List;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.jfree.chart.JFreeChart;

/**
 * The last run's results, one scrolling page: the headline figures, the flow drawn on the journey, conversions over
 * time against the holdout, the channel mix, fatigue, and the tables by step and by action ({@link ResultTables}).
 * Charts take the theme's colours and are drawn again when the theme changes.
 */
final class ResultsPane extends ScrollPane {

    private final KpiTileRow tiles = new KpiTileRow(12);
    private final ResultTables tables = new ResultTables();
    private final ChartView conversions = chartViewer("simulation-conversions", 280);
    private final ChartView channelMix = chartViewer("simulation-channel-mix", 260);
    private final ChartView fatigue = chartViewer("simulation-fatigue", 260);
    private final ChartPalette.Probe palette = new ChartPalette.Probe();
    private final SectionHeader header = new SectionHeader("", "");
    private final JourneyCanvasView flowCanvas = new JourneyCanvasView();
    private final ExperimentResults experiments = new ExperimentResults();

    ResultsPane(SimulationViewModel model) {
        header.getStyleClass().add("simulation-result-header");
        header.title().setId("simulation-result-title");
        header.hint().textProperty().bind(model.feedbackProperty().map(Feedback::text));
        tiles.setId("simulation-kpis");
        flowCanvas.setId("simulation-flow-canvas");
        flowCanvas.getStyleClass().add("simulation-flow-canvas");
        flowCanvas.setPrefHeight(460);
        flowCanvas.setMinHeight(460);
        VBox content = new VBox(20, header, tiles,
                block("Flow on the journey", "Badges count entries into each step; a connection's width and number, "
                        + "the customers who passed along it.", flowCanvas),
                block("Conversions over time", "Share of each group converted by the end of each day (first "
                        + "conversions, UTC days); the lines end at the conversion rates above.", conversions),
                sideBySide(block("Channel mix", "Send attempts per channel by what became of them.", channelMix),
                        block("Fatigue", "Treated customers by the messages this journey sent them.", fatigue)),
                experiments,
                block("Flow by step", "Counts entries: a customer who re-enters is counted again.", tables.nodes()),
                block("Messages by action", "Sends go to treated customers only; the holdout's are suppressed.",
                        tables.actions()),
                palette.node());
        content.getStyleClass().add("simulation-results");
        setContent(content);
        setFitToWidth(true);
        getStyleClass().add(Styles.BG_DEFAULT);
        setId("simulation-results");

        palette.onChange(() -> show(model.summaryProperty().get()));
        model.flowProperty().addListener((o, before, now) -> showFlow(now));
        showFlow(model.flowProperty().get());
        model.summaryProperty().addListener((o, before, now) -> show(now));
        show(model.summaryProperty().get());
    }

    /** A chart of the section at a fixed height, empty until a run fills it. */
    static ChartView chartViewer(String id, double height) {
        ChartView viewer = new ChartView(SimulationCharts.empty());
        viewer.setId(id);
        viewer.setPrefHeight(height);
        viewer.setMinHeight(height);
        viewer.setMaxHeight(height);
        viewer.getStyleClass().add("simulation-chart");
        return viewer;
    }

    /** A titled part of the page: the kit's header, with its hint, over the part. */
    static VBox block(String title, String note, Region body) {
        SectionHeader header = new SectionHeader(title, note);
        header.getStyleClass().add("simulation-block");
        return new VBox(12, header, body);
    }

    private static HBox sideBySide(VBox left, VBox right) {
        HBox row = new HBox(20, left, right);
        for (VBox half : List.of(left, right)) {
            HBox.setHgrow(half, Priority.ALWAYS);
            half.setPrefWidth(0);
            half.setMaxWidth(Double.MAX_VALUE);
        }
        return row;
    }

    private void show(SimulationSummary summary) {
        tables.show(summary);
        experiments.show(summary == null ? List.of() : summary.experiments());
        if (summary == null) {
            tiles.getChildren().clear();
            showChart(conversions, null);
            showChart(channelMix, null);
            showChart(fatigue, null);
            return;
        }
        header.title().setText(summary.journeyName());
        tiles.getChildren().setAll(headlineTiles(summary));
        showChart(conversions, SimulationCharts.conversionsOverTime(summary));
        showChart(channelMix, SimulationCharts.channelMix(summary));
        showChart(fatigue, SimulationCharts.fatigue(summary));
    }

    private static List<KpiTile> headlineTiles(SimulationSummary summary) {
        Uplift u = summary.uplift();
        KpiTile.Tone upliftTone = summary.upliftSignificant()
                ? (u.absolute() > 0 ? KpiTile.Tone.POSITIVE : KpiTile.Tone.NEGATIVE) : KpiTile.Tone.NEUTRAL;
        return List.of(
                new KpiTile("Customers who entered", KpiText.count(summary.entered()),
                        KpiText.count(summary.treated()) + " treated · " + KpiText.count(summary.holdout())
                                + " holdout · " + KpiText.entries(summary.entries(), summary.entered()),
                        KpiTile.Tone.NEUTRAL),
                new KpiTile("Conversion, treated", KpiText.percent(u.treatedRate()),
                        "vs " + KpiText.percent(u.holdoutRate()) + " in the holdout ("
                                + KpiText.count(summary.treatedConversions()) + " and "
                                + KpiText.count(summary.holdoutConversions()) + " converted)", KpiTile.Tone.NEUTRAL),
                new KpiTile("Uplift in conversion", KpiText.points(u.absolute()), KpiText.interval(u)
                        + (summary.upliftSignificant() ? "" : " · not significant"), upliftTone),
                new KpiTile("Incremental revenue, total", summary.incrementalRevenueText(),
                        "over the " + KpiText.count(summary.treated()) + " treated customers, against the holdout's "
                                + "revenue per customer", KpiTile.Tone.NEUTRAL),
                new KpiTile("Messages per customer", KpiText.decimal(summary.messagesPerTreatedCustomer()),
                        KpiText.count(summary.totalSent()) + " sent · " + KpiText.count(summary.unsubscribes())
                                + " unsubscribed", KpiTile.Tone.NEUTRAL));
    }

    private void showChart(ChartView viewer, JFreeChart chart) {
        JFreeChart shown = chart == null ? SimulationCharts.empty() : chart;
        // Java2D has no JavaFX "System" font; its logical sans-serif is the nearest everywhere.
        SimulationCharts.style(shown, palette.palette(), java.awt.Font.SANS_SERIF, Font.getDefault().getSize());
        viewer.setChart(shown);
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
}
