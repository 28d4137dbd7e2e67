package com.retailstudio.layout.ui;

import com.retailstudio.data.model.Zone;
import com.retailstudio.data.model.ZoneType;
import com.retailstudio.layout.model.DensityGrid;
import com.retailstudio.layout.model.StorePlan;
import com.retailstudio.layout.model.Viridis;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The floor plan drawn to scale on a canvas that fills its region: traffic heatmap or zones coloured by a metric,
 * fixtures hatched, zones outlined and labelled, a selected recommendation's zones highlighted.
 */
final class FloorPlanCanvas extends Region {

    private static final double PADDING = 16;

    private final Canvas canvas = new Canvas();
    private StorePlan plan;
    private DensityGrid density;
    private WritableImage heatmap;
    private Map<String, Double> choropleth;
    private StoreLayoutViewModel.Highlight highlight;
    private String hovered;
    private double scale;
    private double ox;
    private double oy;

    FloorPlanCanvas(Consumer<String> onHover) {
        getChildren().add(canvas);
        getStyleClass().add("floor-plan");
        setMinSize(200, 150);
        canvas.setOnMouseMoved(e -> {
            String zone = zoneAt(e.getX(), e.getY());
            if (zone == null ? hovered != null : !zone.equals(hovered)) {
                hovered = zone;
                onHover.accept(zone);
                draw();
            }
        });
        canvas.setOnMouseExited(e -> {
            hovered = null;
            onHover.accept(null);
            draw();
        });
    }

    void show(StorePlan newPlan, DensityGrid newDensity, Map<String, Double> byZone,
              StoreLayoutViewModel.Highlight selected) {
        if (newDensity != density) {
            heatmap = newDensity == null ? null : heatmapImage(newDensity);
        }
        plan = newPlan;
        density = newDensity;
        choropleth = byZone;
        highlight = selected;
        draw();
    }

    /** The density on the viridis scale, square root of the share of the peak, one pixel per grid cell. */
    static WritableImage heatmapImage(DensityGrid grid) {
        WritableImage image = new WritableImage(grid.columns(), grid.rows());
        PixelWriter pixels = image.getPixelWriter();
        float peak = grid.max();
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.columns(); c++) {
                double share = peak > 0 ? grid.at(c, r) / peak : 0;
                pixels.setArgb(c, r, 0xff000000 | Viridis.rgb(Math.sqrt(share)));
            }
        }
        return image;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (plan == null) {
            return;
        }
        double w = plan.store().widthM();
        double d = plan.store().depthM();
        scale = Math.max(0.1, Math.min((getWidth() - 2 * PADDING) / w, (getHeight() - 2 * PADDING) / d));
        ox = (getWidth() - w * scale) / 2;
        oy = (getHeight() - d * scale) / 2;
        if (choropleth == null && heatmap != null) {
            g.setImageSmoothing(true);
            g.drawImage(heatmap, ox, oy, density.columns() * density.cellM() * scale,
                    density.rows() * density.cellM() * scale);
        } else {
            g.setFill(Color.web("#eaeef2"));
            g.fillRect(ox, oy, w * scale, d * scale);
        }
        double max = choropleth == null ? 0 : choropleth.values().stream().mapToDouble(Double::doubleValue).max()
                .orElse(0);
        Set<String> highlighted = highlight == null ? Set.of() : highlight.outlinedZones();
        for (Zone z : plan.zones()) {
            double x = ox + z.xM() * scale;
            double y = oy + z.yM() * scale;
            double zw = z.widthM() * scale;
            double zh = z.depthM() * scale;
            if (z.zoneType() == ZoneType.FIXTURE) {
                drawFixture(g, x, y, zw, zh);
                continue;
            }
            if (choropleth != null) {
                Double v = choropleth.get(z.zoneId());
                g.setFill(v == null ? Color.web("#d0d7de") : viridis(max > 0 ? v / max : 0));
                g.fillRect(x, y, zw, zh);
            }
            boolean strong = highlighted.contains(z.zoneId());
            boolean hover = z.zoneId().equals(hovered);
            g.setLineDashes(strong || hover ? null : new double[] {6, 4});
            g.setStroke(strong ? Color.web("#ff6b00") : hover ? Color.WHITE : Color.rgb(255, 255, 255, 0.85));
            g.setLineWidth(strong ? 4 : hover ? 3 : 1.2);
            g.strokeRect(x + 1, y + 1, zw - 2, zh - 2);
            g.setLineDashes((double[]) null);
            drawLabel(g, StorePlan.label(z), x, y, zw);
        }
        g.setStroke(Color.web("#24292f"));
        g.setLineWidth(2);
        g.strokeRect(ox, oy, w * scale, d * scale);
        if (highlight != null) {
            drawMoveArrow(g);
        }
    }

    static Color viridis(double t) {
        int rgb = Viridis.rgb(t);
        return Color.rgb(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }

    private static void drawFixture(GraphicsContext g, double x, double y, double w, double h) {
        g.setFill(Color.web("#57606a"));
        g.fillRect(x, y, w, h);
        g.save();
        g.beginPath();
        g.rect(x, y, w, h);
        g.clip();
        g.setStroke(Color.web("#8c959f"));
        g.setLineWidth(1);
        for (double t = -h; t < w; t += 6) {
            g.strokeLine(x + t, y + h, x + t + h, y);
        }
        g.restore();
    }

    private static void drawLabel(GraphicsContext g, String text, double x, double y, double w) {
        double size = Math.max(9, Math.min(13, w / 7));
        g.setFont(Font.font("System", FontWeight.BOLD, size));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double tw = Math.min(w - 6, text.length() * size * 0.62 + 8);
        g.setFill(Color.rgb(0, 0, 0, 0.55));
        g.fillRoundRect(x + (w - tw) / 2, y + 5, tw, size + 6, 6, 6);
        g.setFill(Color.WHITE);
        g.fillText(text, x + w / 2, y + 8, w - 8);
    }

    private void drawMoveArrow(GraphicsContext g) {
        Zone from = zone(highlight.moveFromZoneId());
        Zone to = zone(highlight.moveToZoneId());
        if (from == null || to == null) {
            return;
        }
        double x1 = ox + StorePlan.centreX(from) * scale;
        double y1 = oy + StorePlan.centreY(from) * scale;
        double x2 = ox + StorePlan.centreX(to) * scale;
        double y2 = oy + StorePlan.centreY(to) * scale;
        g.setStroke(Color.web("#ff6b00"));
        g.setLineWidth(3);
        g.setLineCap(StrokeLineCap.ROUND);
        g.strokeLine(x1, y1, x2, y2);
        double angle = Math.atan2(y2 - y1, x2 - x1);
        for (double side : new double[] {-0.45, 0.45}) {
            g.strokeLine(x2, y2, x2 - 14 * Math.cos(angle + side), y2 - 14 * Math.sin(angle + side));
        }
    }

    private Zone zone(String id) {
        return plan.zones().stream().filter(z -> z.zoneId().equals(id)).findFirst().orElse(null);
    }

    private String zoneAt(double px, double py) {
        if (plan == null || scale <= 0) {
            return null;
        }
        int index = plan.zoneIndexAt((px - ox) / scale, (py - oy) / scale);
        return index < 0 ? null : plan.zones().get(index).zoneId();
    }
}
