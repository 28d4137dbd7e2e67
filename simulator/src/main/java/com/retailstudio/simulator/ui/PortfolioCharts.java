package com.retailstudio.simulator.ui;

import com.retailstudio.simulator.model.SuppressionReason;
import com.retailstudio.ui.chart.ChartPalette;
import java.awt.Font;
import java.text.DecimalFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The portfolio run's charts, from a {@link PortfolioSummary}: incremental conversions of each journey and of the
 * portfolio together against alone (the gap is the cannibalisation), and each journey's send attempts by what became
 * of them. Colours come from the theme's {@link ChartPalette}.
 */
final class PortfolioCharts {

    /** Series of the incremental conversions chart. */
    static final String TOGETHER = "Together";
    static final String ALONE = "Each alone";
    /** The first row of the sends chart; the suppression reasons follow. */
    static final String SENT = "Sent";

    private PortfolioCharts() {
    }

    /**
     * Incremental conversions beyond the same customers simulated without marketing (no sampling noise), per journey
     * and for the portfolio (whose "alone" bar is the sum of the journeys alone): together beside alone.
     */
    static JFreeChart incrementalConversions(PortfolioSummary summary) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (PortfolioSummary.JourneyLine line : summary.lines()) {
            data.addValue(finite(line.simulated()), TOGETHER, line.name());
            if (summary.aloneRun()) {
                data.addValue(finite(line.aloneSimulated()), ALONE, line.name());
            }
        }
        NumberAxis count = new NumberAxis("Incremental conversions");
        count.setNumberFormatOverride(new DecimalFormat("#,##0"));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), count, new BarRenderer());
        // Bars across, as the sends beside it: journey names have room to the left however many there are.
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }

    /** Send attempts per journey, stacked: sent, then each suppression reason that stopped any send. */
    static JFreeChart sendsByOutcome(PortfolioSummary summary) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (PortfolioSummary.JourneyLine line : summary.journeys()) {
            data.addValue(line.sent(), SENT, line.name());
            for (SuppressionReason reason : summary.reasonsSeen()) {
                data.addValue(line.suppressed(reason), reasonLabel(reason), line.name());
            }
        }
        NumberAxis count = new NumberAxis("Send attempts");
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        count.setNumberFormatOverride(new DecimalFormat("#,##0"));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), count, new StackedBarRenderer());
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }

    /** "Lost to a higher-priority journey": a suppression reason as the chart's legend names it. */
    static String reasonLabel(SuppressionReason reason) {
        String text = KpiText.reasonText(reason);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Paints a chart in the palette's colours with the application's font, each series in the colour of its meaning. */
    static void style(JFreeChart chart, ChartPalette palette, double fontSize) {
        // Java2D has no JavaFX "System" font; its logical sans-serif is the nearest everywhere.
        palette.applyTo(chart, Font.SANS_SERIF, fontSize);
        if (!(chart.getPlot() instanceof CategoryPlot plot) || !(plot.getRenderer() instanceof BarRenderer bars)
                || plot.getDataset() == null) {
            return;
        }
        bars.setItemMargin(0.05);
        bars.setMaximumBarWidth(0.3);
        for (int row = 0; row < plot.getDataset().getRowCount(); row++) {
            bars.setSeriesPaint(row, palette.chart(colourOf(String.valueOf(plot.getDataset().getRowKey(row)))));
        }
    }

    /** Together in the first chart colour, alone in grey; sent in green, a send lost to priority in red. */
    private static int colourOf(String series) {
        if (series.equals(TOGETHER)) {
            return 1;
        }
        if (series.equals(SENT)) {
            return 3;
        }
        for (SuppressionReason reason : SuppressionReason.values()) {
            if (series.equals(reasonLabel(reason))) {
                return switch (reason) {
                    case LOST_TO_PRIORITY -> 7;
                    case PORTFOLIO_CAP -> 1;
                    case FREQUENCY_CAP -> 2;
                    case NO_CONSENT, SUPPRESSED -> 6;
                    case QUIET_HOURS -> 4;
                    case GLOBAL_CONTROL -> 5;
                    case HOLDOUT -> 8;
                };
            }
        }
        return 8;
    }

    private static double finite(double value) {
        return Double.isNaN(value) ? 0 : value;
    }
}
