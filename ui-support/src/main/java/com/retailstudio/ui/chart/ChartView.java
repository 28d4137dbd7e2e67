package com.retailstudio.ui.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import org.jfree.chart.JFreeChart;

/**
 * Shows a JFreeChart as a picture drawn by Java2D at the node's size (and the screen's scale, so text stays sharp),
 * drawn again when the size or the chart changes. Java2D draws the same under a desktop and headless, where the
 * canvas-based viewer painted the chart's background black.
 */
public final class ChartView extends Region {
    private final ImageView image = new ImageView();
    private JFreeChart chart;

    public ChartView(JFreeChart chart) {
        this.chart = chart;
        getChildren().add(image);
        getStyleClass().add("chart-view");
        widthProperty().addListener((o, before, now) -> requestLayout());
        heightProperty().addListener((o, before, now) -> requestLayout());
    }

    public JFreeChart getChart() {
        return chart;
    }

    public void setChart(JFreeChart chart) {
        this.chart = chart;
        draw();
    }

    @Override
    protected void layoutChildren() {
        draw();
    }

    private void draw() {
        int w = (int) Math.floor(getWidth());
        int h = (int) Math.floor(getHeight());
        if (chart == null || w < 10 || h < 10) {
            image.setImage(null);
            return;
        }
        double scale = Screen.getPrimary().getOutputScaleX();
        BufferedImage picture = new BufferedImage((int) Math.ceil(w * scale), (int) Math.ceil(h * scale),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = picture.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, w, h));
        } finally {
            g.dispose();
        }
        image.setImage(SwingFXUtils.toFXImage(picture, null));
        image.setFitWidth(w);
        image.setFitHeight(h);
        image.relocate(0, 0);
    }
}
