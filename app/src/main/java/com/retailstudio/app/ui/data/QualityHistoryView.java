package com.retailstudio.app.ui.data;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.retailstudio.app.quality.ImportQuality;
import com.retailstudio.app.quality.QualityDrift;
import com.retailstudio.ui.chart.ChartPalette;
import com.retailstudio.ui.chart.ChartView;
import com.retailstudio.ui.table.Columns;
import java.util.List;
import java.util.function.BiFunction;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;

/**
 * The data's quality across imports: the drifts flagged between consecutive imports, and charts of rows, missing
 * shares and freshness per file, one point per import.
 */
final class QualityHistoryView extends VBox {

    private final ObservableList<ImportQuality> history;
    private final ChartPalette.Probe palette = new ChartPalette.Probe();
    private final Label summary = new Label();
    private final TableView<QualityDrift> drifts = new TableView<>();
    private final ChartView rows = new ChartView(QualityHistoryCharts.rows(List.of(), ChartPalette.fallback()));
    private final ChartView missing = new ChartView(QualityHistoryCharts.missingShares(List.of(),
            ChartPalette.fallback()));
    private final ChartView freshness = new ChartView(QualityHistoryCharts.freshness(List.of(),
            ChartPalette.fallback()));

    QualityHistoryView(ObservableList<ImportQuality> history, ObservableList<QualityDrift> flagged) {
        this.history = history;
        getStyleClass().add("quality-history");
        setId("quality-history");
        setPadding(new Insets(8, 32, 16, 32));
        setSpacing(10);

        summary.setId("quality-history-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        drifts.setId("quality-drifts");
        drifts.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        drifts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        drifts.getColumns().setAll(
                Columns.width(Columns.text("Import", drift -> drift.at().dataSetName() + "  ("
                        + QualityHistoryCharts.label(history, drift.at()) + ")"), 220),
                Columns.width(Columns.text("Where", QualityDrift::where), 220),
                Columns.textWithTooltip("What changed", QualityDrift::message));
        drifts.setPlaceholder(new Label("No drift: every import looks like the one before it."));
        drifts.setItems(flagged);
        drifts.setPrefHeight(100);
        drifts.setMinHeight(90);

        rows.setId("quality-rows-chart");
        missing.setId("quality-missing-chart");
        freshness.setId("quality-freshness-chart");
        GridPane charts = new GridPane();
        charts.setHgap(12);
        charts.setVgap(12);
        charts.add(rows, 0, 0);
        charts.add(missing, 1, 0);
        charts.add(freshness, 0, 1, 2, 1);
        for (ChartView chart : List.of(rows, missing, freshness)) {
            // tall enough for a legend of a dozen series and the import labels under the axis; the tab scrolls
            chart.setMinSize(320, 300);
            GridPane.setHgrow(chart, Priority.ALWAYS);
            GridPane.setVgrow(chart, Priority.ALWAYS);
        }
        VBox.setVgrow(charts, Priority.ALWAYS);
        getChildren().addAll(palette.node(), summary, drifts, charts);

        history.addListener((ListChangeListener<ImportQuality>) change -> redraw());
        flagged.addListener((ListChangeListener<QualityDrift>) change -> redraw());
        palette.onChange(this::redraw);
        redraw();
    }

    private void redraw() {
        int imports = history.size();
        int flagged = drifts.getItems().size();
        summary.setText(imports == 0 ? "No import has kept quality figures yet."
                : imports + (imports == 1 ? " import" : " imports") + " in the history; "
                + (flagged == 0 ? "no drift between them." : flagged + (flagged == 1 ? " drift" : " drifts")
                + " flagged (the bundled sample is not compared)."));
        draw(rows, QualityHistoryCharts::rows);
        draw(missing, QualityHistoryCharts::missingShares);
        draw(freshness, QualityHistoryCharts::freshness);
    }

    private void draw(ChartView view, BiFunction<List<ImportQuality>, ChartPalette, JFreeChart> chart) {
        view.setChart(chart.apply(List.copyOf(history), palette.palette()));
    }
}
