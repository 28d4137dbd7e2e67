package com.retailstudio.ui.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The theme's colours for JFreeChart, which draws with AWT colours and knows nothing of CSS: read from the AtlantaFX
 * looked-up colours through a few hidden labels, so charts follow the light and dark theme.
 */
public record ChartPalette(java.awt.Color background, java.awt.Color text, java.awt.Color muted,
        java.awt.Color grid, List<java.awt.Color> series) {

    /** The theme colours the probe reads, in the order of the palette's fields; series colours follow. */
    private static final List<String> LOOKED_UP = List.of("-color-bg-default", "-color-fg-default", "-color-fg-muted",
            "-color-border-muted", "-color-chart-1", "-color-chart-2", "-color-chart-3", "-color-chart-4",
            "-color-chart-5", "-color-chart-6", "-color-chart-7", "-color-chart-8");

    public ChartPalette {
        series = List.copyOf(series);
    }

    /** A light palette for charts drawn before any CSS is applied. */
    public static ChartPalette fallback() {
        return new ChartPalette(java.awt.Color.WHITE, new java.awt.Color(0x1f2328), new java.awt.Color(0x59636e),
                new java.awt.Color(0xd1d9e0), List.of(new java.awt.Color(0xf3622d), new java.awt.Color(0xfba71b),
                        new java.awt.Color(0x57b757), new java.awt.Color(0x41a9c9), new java.awt.Color(0x4258c9),
                        new java.awt.Color(0x9a42c8), new java.awt.Color(0xc84164), new java.awt.Color(0x888888)));
    }

    /** The theme's chart colour {@code n} (1 to 8, as {@code -color-chart-n}). */
    public java.awt.Color chart(int n) {
        return series.get((n - 1) % series.size());
    }

    /**
     * Paints a chart in this palette with the application's font: background, legend on top, grid lines, axes and
     * flat bars. Series colours are the caller's, since they carry each chart's meaning.
     */
    public void applyTo(JFreeChart chart, String fontFamily, double fontSize) {
        Font label = new Font(fontFamily, Font.PLAIN, (int) Math.round(fontSize));
        Font tick = new Font(fontFamily, Font.PLAIN, (int) Math.round(fontSize * 0.9));
        chart.setBackgroundPaint(background);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setBackgroundPaint(background);
            legend.setItemPaint(text);
            legend.setItemFont(tick);
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.TOP);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(background);
        plot.setOutlineVisible(false);
        if (plot instanceof XYPlot xy) {
            xyPlot(xy, label, tick);
            if (xy instanceof CombinedDomainXYPlot combined) {
                for (XYPlot sub : combined.getSubplots()) {
                    sub.setBackgroundPaint(background);
                    sub.setOutlineVisible(false);
                    xyPlot(sub, label, tick);
                }
            }
        } else if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(grid);
            category.setRangeGridlineStroke(new BasicStroke(1f));
            category.setDomainGridlinesVisible(false);
            axis(category.getDomainAxis(), label, tick);
            axis(category.getRangeAxis(), label, tick);
            if (category.getRenderer() instanceof BarRenderer bars) {
                bars.setBarPainter(new StandardBarPainter());
                bars.setShadowVisible(false);
                bars.setDrawBarOutline(false);
            }
        }
    }

    private void xyPlot(XYPlot xy, Font label, Font tick) {
        xy.setDomainGridlinePaint(grid);
        xy.setRangeGridlinePaint(grid);
        xy.setRangeGridlineStroke(new BasicStroke(1f));
        xy.setDomainGridlineStroke(new BasicStroke(1f));
        for (int i = 0; i < xy.getDomainAxisCount(); i++) {
            axis(xy.getDomainAxis(i), label, tick);
        }
        for (int i = 0; i < xy.getRangeAxisCount(); i++) {
            axis(xy.getRangeAxis(i), label, tick);
        }
    }

    private void axis(Object axis, Font labelFont, Font tickFont) {
        if (axis instanceof ValueAxis v) {
            v.setLabelPaint(muted);
            v.setTickLabelPaint(text);
            v.setAxisLinePaint(grid);
            v.setTickMarkPaint(grid);
            v.setLabelFont(labelFont);
            v.setTickLabelFont(tickFont);
        } else if (axis instanceof CategoryAxis c) {
            c.setLabelPaint(muted);
            c.setTickLabelPaint(text);
            c.setAxisLinePaint(grid);
            c.setTickMarkPaint(grid);
            c.setLabelFont(labelFont);
            c.setTickLabelFont(tickFont);
            c.setCategoryMargin(0.2);
            // Short labels such as "10+" must not be cut to an ellipsis in a narrow chart.
            c.setMaximumCategoryLabelWidthRatio(3f);
        }
    }

    /**
     * Hidden labels whose text fill is each looked-up colour; add {@link #node()} to the scene and read
     * {@link #palette()} after CSS has been applied (and again when the theme changes: {@link #onChange}).
     */
    public static final class Probe {
        private final Group node = new Group();
        private final List<Label> labels = new ArrayList<>();

        public Probe() {
            for (String colour : LOOKED_UP) {
                Label label = new Label();
                label.setStyle("-fx-text-fill: " + colour + ";");
                labels.add(label);
                node.getChildren().add(label);
            }
            node.setManaged(false);
            node.setVisible(false);
        }

        public Group node() {
            return node;
        }

        /** Runs {@code action} whenever a probed colour changes, as when the user switches theme. */
        public void onChange(Runnable action) {
            labels.forEach(l -> l.textFillProperty().addListener((o, before, now) -> action.run()));
        }

        public ChartPalette palette() {
            ChartPalette fallback = fallback();
            List<java.awt.Color> read = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                Paint fill = labels.get(i).getTextFill();
                read.add(fill instanceof Color c ? awt(c) : null);
            }
            if (read.contains(null) || read.get(0).equals(read.get(1))) {
                return fallback;
            }
            return new ChartPalette(read.get(0), read.get(1), read.get(2), read.get(3), read.subList(4, read.size()));
        }
    }

    static java.awt.Color awt(Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(),
                (float) c.getOpacity());
    }
}
