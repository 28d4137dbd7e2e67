package com.retailstudio.app.ui.data.explorer;

import com.retailstudio.app.explore.ColumnProfile;
import com.retailstudio.app.explore.ValueCount;
import com.retailstudio.ui.chart.ChartPalette;
import java.awt.Font;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/** The explorer's charts, drawn by JFreeChart in the theme's palette. */
final class ExplorerCharts {

    /** Pivot rows drawn at most, the largest totals first, so a chart of hundreds of products stays readable. */
    static final int PIVOT_SERIES = 8;

    private ExplorerCharts() {
    }

    /** A blank chart, shown until there is something to draw. */
    static JFreeChart empty() {
        JFreeChart chart = new JFreeChart(new XYPlot());
        chart.removeLegend();
        return chart;
    }

    /** A column's histogram or most frequent values. */
    static JFreeChart bars(ColumnProfile column, ChartPalette palette) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ValueCount bar : column.bars()) {
            data.addValue(bar.count(), "rows", bar.label());
        }
        String axis = column.numeric() ? column.column() + " (bin from)" : column.column();
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(axis), new NumberAxis("Rows"), new BarRenderer());
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        return styled(new JFreeChart(column.column(), font(), plot, false), palette);
    }

    /**
     * A pivot as lines (or bars when it has a few columns): one series per pivot row, the largest rows by total
     * first, the pivot's columns along the axis; the title says when rows were left out.
     */
    static JFreeChart pivot(Table pivot, ChartPalette palette) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Integer> largest = IntStream.range(0, pivot.rowCount()).boxed()
                .sorted(Comparator.comparingDouble((Integer row) -> rowTotal(pivot, row)).reversed())
                .limit(PIVOT_SERIES).sorted().toList();
        for (int row : largest) {
            for (int column = 1; column < pivot.columnCount(); column++) {
                NumericColumn<?> values = (NumericColumn<?>) pivot.column(column);
                if (!values.isMissing(row)) {
                    data.addValue(values.getDouble(row), pivot.getString(row, 0), pivot.column(column).name());
                }
            }
        }
        boolean few = pivot.columnCount() <= 13;
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), new NumberAxis(),
                few ? new BarRenderer() : new LineAndShapeRenderer(true, false));
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        return styled(new JFreeChart(pivotTitle(pivot), font(), plot, true), palette);
    }

    /**
     * The pivot's name, and when the chart cannot draw every row, how many it draws ("8 largest of 10 rows"), so a
     * row seen in the table and missing from the chart is explained on the chart itself.
     */
    static String pivotTitle(Table pivot) {
        if (pivot.rowCount() <= PIVOT_SERIES) {
            return pivot.name();
        }
        return pivot.name() + " (" + PIVOT_SERIES + " largest of " + pivot.rowCount() + " rows)";
    }

    /** A customer's events: one point per event, time along, event type up, a colour per channel. */
    static JFreeChart timeline(Table events, ChartPalette palette) {
        List<String> types = events.stringColumn("event_type").unique().asList().stream().sorted().toList();
        Map<String, XYSeries> byChannel = new LinkedHashMap<>();
        for (int row = 0; row < events.rowCount(); row++) {
            String channel = events.getString(row, "channel");
            byChannel.computeIfAbsent(channel, XYSeries::new).add(
                    (double) events.instantColumn("timestamp").get(row).toEpochMilli(),
                    types.indexOf(events.getString(row, "event_type")));
        }
        XYSeriesCollection data = new XYSeriesCollection();
        byChannel.values().forEach(data::addSeries);
        DateAxis time = new DateAxis("Time (UTC)");
        if (events.rowCount() == 1) {
            long at = events.instantColumn("timestamp").get(0).toEpochMilli();
            time.setRange(new Date(at - 86_400_000L), new Date(at + 86_400_000L));
        }
        XYPlot plot = new XYPlot(data, time, new SymbolAxis("", types.toArray(String[]::new)),
                new XYLineAndShapeRenderer(false, true));
        return styled(new JFreeChart("Events", font(), plot, true), palette);
    }

    private static double rowTotal(Table pivot, int row) {
        double total = 0;
        for (int column = 1; column < pivot.columnCount(); column++) {
            NumericColumn<?> values = (NumericColumn<?>) pivot.column(column);
            total += values.isMissing(row) ? 0 : values.getDouble(row);
        }
        return total;
    }

    private static Font font() {
        return new Font(Font.SANS_SERIF, Font.BOLD, 13);
    }

    private static JFreeChart styled(JFreeChart chart, ChartPalette palette) {
        palette.applyTo(chart, Font.SANS_SERIF, 12);
        chart.getTitle().setPaint(palette.text());
        if (chart.getPlot() instanceof CategoryPlot category) {
            for (int series = 0; series < PIVOT_SERIES; series++) {
                category.getRenderer().setSeriesPaint(series, palette.chart(series + 1));
            }
        } else if (chart.getPlot() instanceof XYPlot xy) {
            for (int series = 0; series < PIVOT_SERIES; series++) {
                xy.getRenderer().setSeriesPaint(series, palette.chart(series + 1));
            }
        }
        return chart;
    }
}
