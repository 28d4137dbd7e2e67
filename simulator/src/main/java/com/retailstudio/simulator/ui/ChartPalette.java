package com.retailstudio.simulator.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

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
