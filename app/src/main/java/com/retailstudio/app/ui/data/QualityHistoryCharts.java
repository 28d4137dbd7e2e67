package com.retailstudio.app.ui.data;

import com.retailstudio.app.quality.FileFigures;
import com.retailstudio.app.quality.ImportQuality;
import com.retailstudio.ui.chart.ChartPalette;
import java.awt.Font;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** The quality history's charts, one point per import along the axis: rows, missing shares and freshness per file. */
final class QualityHistoryCharts {

    /**
     * Columns whose missing share never reaches this (0..1) are left off the missing-share chart: complete columns are
     * most of the contract and would bury the few that matter under flat lines at zero.
     */
    static final double MISSING_SHOWN_FROM = 0.005;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private QualityHistoryCharts() {
    }

    /** "#2 · 7 Dec 18:40": an import along the axis, numbered so two on one minute stay apart. */
    static String label(List<ImportQuality> history, ImportQuality imported) {
        return "#" + (history.indexOf(imported) + 1) + " · " + WHEN.format(imported.importedAt());
    }

    /** Rows of each file per import, on a logarithmic axis so three stores and a million events both read. */
    static JFreeChart rows(List<ImportQuality> history, ChartPalette palette) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ImportQuality imported : history) {
            for (FileFigures file : imported.files()) {
                data.addValue(Math.max(1, file.rows()), file.fileName(), label(history, imported));
            }
        }
        LogAxis rows = new LogAxis("Rows (log scale)");
        rows.setBase(10);
        rows.setSmallestValue(1);
        rows.setMinorTickMarksVisible(false);
        rows.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.ROOT));
        return chart("Rows per file", data, rows, palette);
    }

    /** The missing share (%) of every column that was ever missing in some rows, as "file · column". */
    static JFreeChart missingShares(List<ImportQuality> history, ChartPalette palette) {
        Set<String> shown = new LinkedHashSet<>();
        for (ImportQuality imported : history) {
            for (FileFigures file : imported.files()) {
                file.missingShares().forEach((column, share) -> {
                    if (share >= MISSING_SHOWN_FROM) {
                        shown.add(series(file, column));
                    }
                });
            }
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ImportQuality imported : history) {
            for (FileFigures file : imported.files()) {
                for (Map.Entry<String, Double> column : file.missingShares().entrySet()) {
                    if (shown.contains(series(file, column.getKey()))) {
                        data.addValue(100 * column.getValue(), series(file, column.getKey()), label(history, imported));
                    }
                }
            }
        }
        NumberAxis percent = new NumberAxis("Missing (%)");
        percent.setRange(0, 100);
        return chart("Missing share per column", data, percent, palette);
    }

    /** Days from each dated file's latest row to its import: how stale each extract was when it came in. */
    static JFreeChart freshness(List<ImportQuality> history, ChartPalette palette) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ImportQuality imported : history) {
            for (FileFigures file : imported.files()) {
                file.latest().ifPresent(latest -> data.addValue(
                        Duration.between(latest, imported.importedAt()).toHours() / 24.0, file.fileName(),
                        label(history, imported)));
            }
        }
        return chart("Freshness: days from the latest row to the import", data, new NumberAxis("Days"), palette);
    }

    private static String series(FileFigures file, String column) {
        return file.fileName() + " · " + column;
    }

    private static JFreeChart chart(String title, DefaultCategoryDataset data, ValueAxis values,
                                    ChartPalette palette) {
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), values, new LineAndShapeRenderer(true, true));
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 13), plot, true);
        palette.applyTo(chart, Font.SANS_SERIF, 12);
        chart.getTitle().setPaint(palette.text());
        for (int series = 0; series < data.getRowCount(); series++) {
            plot.getRenderer().setSeriesPaint(series, palette.chart(series + 1));
        }
        return chart;
    }
}
