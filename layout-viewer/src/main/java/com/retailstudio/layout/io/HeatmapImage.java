package com.retailstudio.layout.io;

import com.retailstudio.data.model.Zone;
import com.retailstudio.data.model.ZoneType;
import com.retailstudio.layout.model.DensityGrid;
import com.retailstudio.layout.model.StorePlan;
import com.retailstudio.layout.model.Viridis;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws a traffic density over the floor plan as a PNG with plain AWT (headless, no JavaFX): the density on the
 * viridis scale (square root of the share of the peak, so quiet aisles stay visible next to busy tills), fixtures
 * hatched grey, walkable zones outlined and labelled, a title and a legend.
 */
public final class HeatmapImage {

    private static final int MARGIN = 24;
    private static final int HEADER = 44;
    private static final int LEGEND = 56;

    private HeatmapImage() {
    }

    public static BufferedImage render(StorePlan plan, DensityGrid density, String title, double pixelsPerMetre) {
        double widthM = plan.store().widthM();
        double depthM = plan.store().depthM();
        int floorW = (int) Math.round(widthM * pixelsPerMetre);
        int floorH = (int) Math.round(depthM * pixelsPerMetre);
        int imageW = Math.max(floorW + 2 * MARGIN, 420);
        int imageH = floorH + HEADER + LEGEND + MARGIN;
        BufferedImage image = new BufferedImage(imageW, imageH, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0xf6f8fa));
            g.fillRect(0, 0, imageW, imageH);
            int ox = (imageW - floorW) / 2;
            int oy = HEADER;
            float peak = density.max();
            for (int py = 0; py < floorH; py++) {
                double y = (py + 0.5) / pixelsPerMetre;
                for (int px = 0; px < floorW; px++) {
                    double x = (px + 0.5) / pixelsPerMetre;
                    double share = peak > 0 ? density.atPoint(x, y) / peak : 0;
                    image.setRGB(ox + px, oy + py, Viridis.rgb(Math.sqrt(share)));
                }
            }
            drawZones(g, plan, ox, oy, pixelsPerMetre);
            g.setColor(new Color(0x24292f));
            g.setStroke(new BasicStroke(2f));
            g.drawRect(ox, oy, floorW, floorH);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
            g.drawString(title, MARGIN, 27);
            drawLegend(g, ox, oy + floorH + 14, Math.min(floorW, 360), peak);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void drawZones(Graphics2D g, StorePlan plan, int ox, int oy, double scale) {
        Font label = new Font(Font.SANS_SERIF, Font.BOLD, 12);
        g.setFont(label);
        FontMetrics metrics = g.getFontMetrics();
        for (Zone z : plan.zones()) {
            int x = ox + (int) Math.round(z.xM() * scale);
            int y = oy + (int) Math.round(z.yM() * scale);
            int w = (int) Math.round(z.widthM() * scale);
            int h = (int) Math.round(z.depthM() * scale);
            if (z.zoneType() == ZoneType.FIXTURE) {
                g.setColor(new Color(0x57606a));
                g.fillRect(x, y, w, h);
                g.setColor(new Color(0x8c959f));
                g.setStroke(new BasicStroke(1f));
                Shape hatchClip = g.getClip();
                g.clipRect(x, y, w, h);
                for (int d = -h; d < w; d += 6) {
                    g.drawLine(x + d, y + h, x + d + h, y);
                }
                g.setClip(hatchClip);
                continue;
            }
            g.setColor(new Color(255, 255, 255, 220));
            g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            g.drawRect(x, y, w, h);
            String text = StorePlan.label(z) + " · " + z.zoneId();
            if (metrics.stringWidth(text) > w - 8) {
                text = StorePlan.label(z);
            }
            int tw = metrics.stringWidth(text);
            int tx = x + Math.max(3, (w - tw) / 2);
            int ty = y + 16;
            g.setColor(new Color(0, 0, 0, 150));
            g.fillRoundRect(tx - 4, ty - metrics.getAscent(), Math.min(tw, w - 6) + 8, metrics.getHeight(), 6, 6);
            g.setColor(Color.WHITE);
            Shape clip = g.getClip();
            g.clipRect(x, y, w, h);
            g.drawString(text, tx, ty - 2);
            g.setClip(clip);
        }
    }

    private static void drawLegend(Graphics2D g, int x, int y, int width, float peak) {
        int barH = 12;
        for (int i = 0; i < width; i++) {
            g.setColor(new Color(Viridis.rgb(i / (double) (width - 1))));
            g.drawLine(x + i, y, x + i, y + barH);
        }
        g.setColor(new Color(0x24292f));
        g.setStroke(new BasicStroke(1f));
        g.drawRect(x, y, width, barH);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString("0", x, y + barH + 14);
        // the scale is the square root of the share of the peak, so the middle of the bar is a quarter of it
        String mid = String.format(Locale.ROOT, "%.2g", peak / 4);
        g.drawString(mid, x + width / 2 - g.getFontMetrics().stringWidth(mid) / 2, y + barH + 14);
        String max = String.format(Locale.ROOT, "%.2g readings/m²", peak);
        g.drawString(max, x + width - g.getFontMetrics().stringWidth(max), y + barH + 14);
        g.drawString("foot-traffic density (square-root scale)", x + width + 12, y + barH - 1);
    }

    public static void write(BufferedImage image, Path file) throws IOException {
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("No PNG writer is available to write " + file);
        }
    }
}
