package com.retailstudio.simulator.ui;

import com.retailstudio.ui.chart.ChartPalette;
import java.awt.BasicStroke;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The Simulation section's charts, built with JFreeChart from a {@link SimulationSummary}: conversions over time for
 * the treated and the holdout group, sends per channel by outcome, and messages per treated customer. Colours and
 * fonts come from a {@link ChartPalette}, so the charts follow the theme.
 */
public final class SimulationCharts {

    /** Series names of the conversions chart. */
    public static final String TREATED = "Treated";
    public static final String HOLDOUT = "Holdout";
    /** Outcome rows of the channel mix, bottom to top. */
    public static final List<String> OUTCOMES = List.of("Converted", "Opened or clicked", "No response",
            "Suppressed by a guardrail");

    private SimulationCharts() {
    }

    /** A chart with nothing in it, shown before a run. */
    public static JFreeChart empty() {
        return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, new CategoryPlot(), false);
    }

    /** Cumulative conversion rate per UTC day of the period, treated against holdout (steps, one per day). */
    public static JFreeChart conversionsOverTime(SimulationSummary summary) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series(TREATED, summary, summary.treatedByDay(), summary.treated()));
        data.addSeries(series(HOLDOUT, summary, summary.holdoutByDay(), summary.holdout()));
        DateAxis days = new DateAxis("Day of the simulated period (UTC)");
        days.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        SimpleDateFormat format = new SimpleDateFormat("d MMM", Locale.ROOT);
        format.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        days.setDateFormatOverride(format);
        NumberAxis rate = new NumberAxis("Converted so far");
        NumberFormat percent = NumberFormat.getPercentInstance(Locale.ROOT);
        percent.setMaximumFractionDigits(1);
        rate.setNumberFormatOverride(percent);
        XYStepRenderer renderer = new XYStepRenderer();
        renderer.setDefaultStroke(new BasicStroke(2.2f));
        renderer.setAutoPopulateSeriesStroke(false);
        XYPlot plot = new XYPlot(data, days, rate, renderer);
        return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }

    private static XYSeries series(String name, SimulationSummary summary, long[] byDay, long customers) {
        XYSeries series = new XYSeries(name, false, false);
        double[] rate = SimulationSummary.cumulativeRate(byDay, customers);
        for (int d = 0; d < rate.length; d++) {
            long millis = summary.firstDay().plusDays(d).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            series.add(millis, rate[d]);
        }
        return series;
    }

    /** Send attempts per channel, stacked by what became of them. */
    public static JFreeChart channelMix(SimulationSummary summary) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (SimulationSummary.ChannelMix mix : summary.channelMix()) {
            data.addValue(mix.converted(), OUTCOMES.get(0), mix.channel());
            data.addValue(mix.engaged(), OUTCOMES.get(1), mix.channel());
            data.addValue(mix.noResponse(), OUTCOMES.get(2), mix.channel());
            data.addValue(mix.suppressed(), OUTCOMES.get(3), mix.channel());
        }
        NumberAxis count = countAxis("Messages");
        StackedBarRenderer renderer = new StackedBarRenderer();
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), count, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }

    /** Treated customers by the number of messages this journey sent them: 0 to 9 and 10 or more. */
    public static JFreeChart fatigue(SimulationSummary summary) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        long[] histogram = summary.messagesPerCustomer();
        for (int i = 0; i < histogram.length; i++) {
            data.addValue(histogram[i], "Treated customers", i == histogram.length - 1 ? i + "+" : Integer.toString(i));
        }
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("Messages received"),
                countAxis("Treated customers"), new BarRenderer());
        return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    }

    private static NumberAxis countAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setNumberFormatOverride(new DecimalFormat("#,##0"));
        return axis;
    }

    /** Paints a chart in the palette's colours with the application's font, and its series as this section's. */
    public static void style(JFreeChart chart, ChartPalette palette, String fontFamily, double fontSize) {
        palette.applyTo(chart, fontFamily, fontSize);
        Plot plot = chart.getPlot();
        if (plot instanceof XYPlot xy) {
            for (int s = 0; s < xy.getSeriesCount(); s++) {
                // Treated in the first chart colour (as the application's other charts), the holdout in grey.
                xy.getRenderer().setSeriesPaint(s, palette.chart(s == 0 ? 1 : 8));
            }
        } else if (plot instanceof CategoryPlot category && category.getRenderer() instanceof BarRenderer bars) {
            bars.setMaximumBarWidth(0.12);
            bars.setItemMargin(0);
            int rows = category.getDataset() == null ? 0 : category.getDataset().getRowCount();
            if (rows == OUTCOMES.size()) {
                // Converted in green, engaged in blue, no response in grey, suppressed in red.
                bars.setSeriesPaint(0, palette.chart(3));
                bars.setSeriesPaint(1, palette.chart(4));
                bars.setSeriesPaint(2, palette.chart(8));
                bars.setSeriesPaint(3, palette.chart(7));
                bars.setMaximumBarWidth(0.5);
            } else {
                bars.setSeriesPaint(0, palette.chart(1));
            }
        }
    }
}
