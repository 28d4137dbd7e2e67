package com.retailstudio.layout.ui;

import com.retailstudio.layout.model.DensityGrid;
import com.retailstudio.layout.model.Viridis;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/** Draws the parts of the floor plan that know no plan: heatmap image, fixtures, label chips, arrows, scale bar. */
final class FloorPlanPainter {

    /** A zone's label chip, where a category can be picked up and dragged. */
    record Chip(String zoneId, String label, double x, double y, double w, double h) {
        boolean contains(double px, double py) {
            return px >= x && px <= x + w && py >= y && py <= y + h;
        }
    }

    private FloorPlanPainter() {
    }

    /**
     * The density on the viridis scale, square root of the share of {@code peak} (capped at 1), one pixel per grid
     * cell. Two plans drawn with the same peak share one colour scale.
     */
    static WritableImage heatmapImage(DensityGrid grid, float peak) {
        WritableImage image = new WritableImage(grid.columns(), grid.rows());
        PixelWriter pixels = image.getPixelWriter();
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.columns(); c++) {
                double share = peak > 0 ? Math.min(1, grid.at(c, r) / peak) : 0;
                pixels.setArgb(c, r, 0xff000000 | Viridis.rgb(Math.sqrt(share)));
            }
        }
        return image;
    }

    static Color viridis(double t) {
        int rgb = Viridis.rgb(t);
        return Color.rgb(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }

    static void drawFixture(GraphicsContext g, FloorPalette colours, double x, double y, double w, double h) {
        g.setFill(colours.fixture());
        g.fillRect(x, y, w, h);
        g.save();
        g.beginPath();
        g.rect(x, y, w, h);
        g.clip();
        g.setStroke(colours.fixtureHatch());
        g.setLineWidth(1);
        for (double t = -h; t < w; t += 6) {
            g.strokeLine(x + t, y + h, x + t + h, y);
        }
        g.restore();
    }

    static Chip drawLabel(GraphicsContext g, FloorPalette colours, String zoneId, String text, double x, double y,
                          double w, boolean moved) {
        double size = labelSize(w);
        double tw = labelWidth(text, w);
        drawChip(g, colours, text, x + (w - tw) / 2, y + 5, tw, size, moved);
        return new Chip(zoneId, text, x + (w - tw) / 2, y + 5, tw, size + 6);
    }

    static void drawChip(GraphicsContext g, FloorPalette colours, String text, double x, double y, double tw,
                         double size, boolean accent) {
        g.setFont(Font.font("System", FontWeight.BOLD, size));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setFill(accent ? colours.accent() : colours.label());
        g.fillRoundRect(x, y, tw, size + 6, 6, 6);
        g.setFill(colours.labelText());
        g.fillText(text, x + tw / 2, y + 3, tw - 2);
    }

    static double labelSize(double zoneWidth) {
        return Math.max(9, Math.min(13, zoneWidth / 7));
    }

    private static double labelWidth(String text, double zoneWidth) {
        return Math.min(zoneWidth - 6, text.length() * labelSize(zoneWidth) * 0.62 + 8);
    }

    /** A bar of a round number of metres at the bottom left, on a plate so it reads over any overlay. */
    static void drawScaleBar(GraphicsContext g, FloorPalette colours, double scale, double x, double y) {
        double metres = PlanViewport.scaleBarMetres(scale, 140);
        double length = metres * scale;
        String text = metres < 1 ? String.format(Locale.ROOT, "%.1f m", metres)
                : String.format(Locale.ROOT, "%.0f m", metres);
        g.setFill(colours.scalePlate());
        g.fillRoundRect(x - 6, y - 22, Math.max(length, 7.0 * text.length()) + 12, 30, 6, 6);
        g.setStroke(colours.scaleInk());
        g.setLineWidth(2);
        g.strokeLine(x, y, x + length, y);
        g.strokeLine(x, y - 5, x, y + 3);
        g.strokeLine(x + length, y - 5, x + length, y + 3);
        g.setFill(colours.scaleInk());
        g.setFont(Font.font("System", FontWeight.NORMAL, 11));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(text, x, y - 5);
    }

    /** An arrow in the accent colour from one pixel to another, its head at the second. */
    static void drawMoveArrow(GraphicsContext g, FloorPalette colours, double x1, double y1, double x2, double y2) {
        g.setStroke(colours.accent());
        g.setLineWidth(3);
        g.setLineCap(StrokeLineCap.ROUND);
        g.strokeLine(x1, y1, x2, y2);
        double angle = Math.atan2(y2 - y1, x2 - x1);
        for (double side : new double[] {-0.45, 0.45}) {
            g.strokeLine(x2, y2, x2 - 14 * Math.cos(angle + side), y2 - 14 * Math.sin(angle + side));
        }
    }
}
