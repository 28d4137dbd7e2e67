package com.retailstudio.app.ui.data.segments;

import com.retailstudio.ui.chart.ChartPalette;
import java.awt.Font;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** A segment's breakdown as bar charts (customers per store, region, consent purpose, age band), in the theme. */
final class SegmentCharts {

    private SegmentCharts() {
    }

    /** Customers per value, one bar each, in the breakdown's order; horizontal when the labels are long. */
    static JFreeChart bars(String title, Map<String, Integer> counts, ChartPalette palette, boolean horizontal) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        counts.forEach((value, count) -> data.addValue(count, "customers", value));
        NumberAxis customers = new NumberAxis("Customers");
        customers.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), customers, new BarRenderer());
        if (horizontal) {
            plot.setOrientation(PlotOrientation.HORIZONTAL);
        } else {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 13), plot, false);
        palette.applyTo(chart, Font.SANS_SERIF, 12);
        chart.getTitle().setPaint(palette.text());
        plot.getRenderer().setSeriesPaint(0, palette.chart(1));
        return chart;
    }
}
