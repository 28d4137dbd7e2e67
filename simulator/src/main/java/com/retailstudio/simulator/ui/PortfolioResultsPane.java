package com.retailstudio.simulator.ui;

import atlantafx.base.theme.Styles;
import com.retailstudio.simulator.model.SuppressionReason;
import com.retailstudio.simulator.model.Uplift;
import com.retailstudio.ui.chart.ChartPalette;
import com.retailstudio.ui.chart.ChartView;
import com.retailstudio.ui.section.SectionHeader;
import com.retailstudio.ui.tiles.KpiTile;
import com.retailstudio.ui.tiles.KpiTileRow;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.jfree.chart.JFreeChart;

/**
 * A portfolio run's results, one scrolling page: the headline figures, incremental conversions together against
 * alone and the sends by what became of them as charts, then the table per journey and the suppressions by reason. Charts take the theme's colours
 * and are drawn again when the theme changes.
 */
final class PortfolioResultsPane extends ScrollPane {

    private final KpiTileRow tiles = new KpiTileRow(12);
    private final PortfolioTable table = new PortfolioTable();
    private final PortfolioReasonsTable reasons = new PortfolioReasonsTable();
    private final ChartView incremental = ResultsPane.chartViewer("portfolio-incremental", 300);
    private final ChartView sends = ResultsPane.chartViewer("portfolio-sends", 300);
    private final ChartPalette.Probe palette = new ChartPalette.Probe();
    private final SectionHeader header = new SectionHeader("", "");

    PortfolioResultsPane(PortfolioRunModel model) {
        header.getStyleClass().add("simulation-result-header");
        header.title().setId("portfolio-result-title");
        tiles.setId("portfolio-kpis");
        HBox charts = new HBox(20,
                ResultsPane.block("Incremental conversions, together and alone", "Beyond the same customers "
                        + "simulated without marketing. Where a journey's bar together is shorter than alone, the "
                        + "others took conversions from it; the portfolio's gap is the cannibalisation.",
                        incremental),
                ResultsPane.block("Send attempts by what became of them", "Sent, or suppressed and why: the journey's own "
                        + "guardrails, caps shared across journeys, the global control, priority.", sends));
        charts.getChildren().forEach(half -> {
            HBox.setHgrow(half, Priority.ALWAYS);
            ((Region) half).setPrefWidth(0);
            ((Region) half).setMaxWidth(Double.MAX_VALUE);
        });
        VBox content = new VBox(20, header, tiles, charts,
                ResultsPane.block("By journey", "Highest priority first; uplift and incremental conversions against the "
                        + "global control. A send lost to priority was refused by a shared cap that a higher-priority "
                        + "journey's send had used; point at a journey's suppressed sends for their reasons. The "
                        + "portfolio counts a customer's conversion once, on the goal of any journey they entered.",
                        table),
                ResultsPane.block("Suppressions by reason", "Each reason that stopped a send, per journey.", reasons),
                palette.node());
        content.getStyleClass().add("simulation-results");
        setContent(content);
        setFitToWidth(true);
        getStyleClass().add(Styles.BG_DEFAULT);
        setId("portfolio-results");
        palette.onChange(() -> show(model.summaryProperty().get()));
        model.summaryProperty().addListener((o, before, now) -> show(now));
        show(model.summaryProperty().get());
    }

    private void show(PortfolioSummary summary) {
        table.show(summary);
        reasons.show(summary);
        if (summary == null) {
            tiles.getChildren().clear();
            showChart(incremental, null);
            showChart(sends, null);
            return;
        }
        header.title().setText(summary.journeys().size() + " journeys together under “" + summary.rulesName()
                + "”");
        header.hint().setText(String.format(Locale.ROOT, "%,d customers, seed %d.", summary.customers(),
                summary.seed()) + (summary.unmeasuredCustomers() == 0 ? "" : " " + KpiText.count(
                summary.unmeasuredCustomers()) + " treated customers entered a set of journeys no customer of the "
                + "global control entered: their incremental conversions cannot be measured and count as none."));
        tiles.getChildren().setAll(tiles(summary));
        showChart(incremental, PortfolioCharts.incrementalConversions(summary));
        showChart(sends, PortfolioCharts.sendsByOutcome(summary));
    }

    static List<KpiTile> tiles(PortfolioSummary summary) {
        PortfolioSummary.JourneyLine all = summary.portfolio();
        Uplift u = all.uplift();
        KpiTile.Tone upliftTone = all.upliftSignificant()
                ? (u.absolute() > 0 ? KpiTile.Tone.POSITIVE : KpiTile.Tone.NEGATIVE) : KpiTile.Tone.NEUTRAL;
        double cannibalised = summary.simulatedCannibalisation();
        return List.of(
                new KpiTile("Customers reached", KpiText.count(u.treated() + u.holdout()),
                        KpiText.count(u.treated()) + " treated · " + KpiText.count(u.holdout())
                                + " in the global control", KpiTile.Tone.NEUTRAL),
                new KpiTile("Messages sent", KpiText.count(all.sent()), KpiText.count(all.suppressedTotal())
                        + " suppressed · " + KpiText.count(all.suppressed(SuppressionReason.LOST_TO_PRIORITY))
                        + " lost to a higher-priority journey", KpiTile.Tone.NEUTRAL),
                new KpiTile("Conversion, treated", KpiText.percent(u.treatedRate()), "vs "
                        + KpiText.percent(u.holdoutRate()) + " in the global control ("
                        + KpiText.count(all.conversions()) + " converted)", KpiTile.Tone.NEUTRAL),
                new KpiTile("Uplift against the global control", KpiText.points(u.absolute()),
                        Double.isNaN(u.ciLow()) ? "no global control in these rules" : KpiText.interval(u)
                                + (all.upliftSignificant() ? "" : " · not significant"), upliftTone),
                new KpiTile("Conversions cannibalised", Double.isNaN(cannibalised) ? "n/a" : decimal(cannibalised),
                        Double.isNaN(cannibalised) ? "needs each journey alone"
                                : (Double.isNaN(summary.simulatedCannibalisedShare()) ? "" : String.format(Locale.ROOT,
                                "%.0f %% of ", summary.simulatedCannibalisedShare() * 100)) + "each alone: together "
                                + PortfolioTable.conversions(all.simulated()) + ", alone "
                                + PortfolioTable.conversions(all.aloneSimulated()) + " in sum · against the global "
                                + "control " + (Double.isNaN(summary.cannibalisation()) ? "n/a"
                                : decimal(summary.cannibalisation())),
                        cannibalised > 0 ? KpiTile.Tone.WARNING : KpiTile.Tone.NEUTRAL));
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%,.1f", value).replace('-', '−');
    }

    private void showChart(ChartView viewer, JFreeChart chart) {
        JFreeChart shown = chart == null ? SimulationCharts.empty() : chart;
        PortfolioCharts.style(shown, palette.palette(), Font.getDefault().getSize());
        viewer.setChart(shown);
    }
}
