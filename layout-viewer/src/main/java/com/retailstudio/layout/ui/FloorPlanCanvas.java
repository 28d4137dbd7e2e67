package com.retailstudio.layout.ui;

import com.retailstudio.data.model.Zone;
import com.retailstudio.data.model.ZoneType;
import com.retailstudio.layout.model.DensityGrid;
import com.retailstudio.layout.model.StorePlan;
import com.retailstudio.layout.model.Viridis;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The floor plan drawn to scale on a canvas that fills its region: traffic heatmap or zones coloured by a metric,
 * fixtures hatched, zones outlined and labelled, a selected recommendation's zones highlighted, and a scale bar in
 * metres. Ctrl + wheel zooms around the pointer and dragging pans, through the shared {@link PlanViewport}.
 */
final class FloorPlanCanvas extends Region {

    /** Everything one canvas draws; the scales (heat peak, metric maximum) may be shared with the other canvas. */
    record Picture(StorePlan plan, DensityGrid density, float heatPeak, Map<String, Double> choropleth,
                   double choroplethMax, StoreLayoutViewModel.Highlight highlight, String hoveredZone) {
    }

    private final Canvas canvas = new Canvas();
    private final PlanViewport viewport;
    private Picture picture;
    private WritableImage heatmap;
    private DensityGrid heatmapOf;
    private float heatmapPeak;
    private PlanViewport.Mapping mapping;
    private double dragX;
    private double dragY;
    private boolean panning;

    FloorPlanCanvas(PlanViewport viewport, Consumer<String> onHover) {
        this.viewport = viewport;
        getChildren().add(canvas);
        getStyleClass().add("floor-plan");
        setMinSize(200, 150);
        // a zoomed plan must not draw over its neighbours
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        canvas.setOnMouseMoved(e -> {
            String zone = zoneAt(e.getX(), e.getY());
            String before = picture == null ? null : picture.hoveredZone();
            if (zone == null ? before != null : !zone.equals(before)) {
                onHover.accept(zone);
            }
        });
        canvas.setOnMouseExited(e -> onHover.accept(null));
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(e -> {
            panning = false;
            canvas.setCursor(Cursor.DEFAULT);
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0 && mapping != null) {
                viewport.zoomAt(e.getDeltaY() > 0 ? PlanViewport.STEP : 1 / PlanViewport.STEP, e.getX(), e.getY(),
                        mapping);
                e.consume();
            }
        });
        viewport.zoomProperty().addListener((o, a, b) -> draw());
        viewport.centreXProperty().addListener((o, a, b) -> draw());
        viewport.centreYProperty().addListener((o, a, b) -> draw());
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        dragX = e.getX();
        dragY = e.getY();
        panning = true;
    }

    private void dragged(MouseEvent e) {
        if (panning && mapping != null) {
            canvas.setCursor(Cursor.MOVE);
            viewport.panBy(e.getX() - dragX, e.getY() - dragY, mapping.scale());
            dragX = e.getX();
            dragY = e.getY();
        }
    }

    void show(Picture next) {
        picture = next;
        if (next == null || next.density() == null) {
            heatmap = null;
            heatmapOf = null;
        } else if (next.density() != heatmapOf || next.heatPeak() != heatmapPeak) {
            heatmap = heatmapImage(next.density(), next.heatPeak());
            heatmapOf = next.density();
            heatmapPeak = next.heatPeak();
        }
        draw();
    }

    /** How plan metres map to this canvas's pixels now, or null before a plan is shown. */
    PlanViewport.Mapping mapping() {
        return mapping;
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

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (picture == null || picture.plan() == null) {
            mapping = null;
            return;
        }
        StorePlan plan = picture.plan();
        PlanViewport.Mapping m = viewport.mapping(getWidth(), getHeight());
        mapping = m;
        double scale = m.scale();
        double w = plan.store().widthM();
        double d = plan.store().depthM();
        if (picture.choropleth() == null && heatmap != null) {
            g.setImageSmoothing(true);
            DensityGrid density = picture.density();
            g.drawImage(heatmap, m.ox(), m.oy(), density.columns() * density.cellM() * scale,
                    density.rows() * density.cellM() * scale);
        } else {
            g.setFill(Color.web("#eaeef2"));
            g.fillRect(m.ox(), m.oy(), w * scale, d * scale);
        }
        Set<String> highlighted = picture.highlight() == null ? Set.of() : picture.highlight().outlinedZones();
        for (Zone z : plan.zones()) {
            double x = m.toPixelX(z.xM());
            double y = m.toPixelY(z.yM());
            double zw = z.widthM() * scale;
            double zh = z.depthM() * scale;
            if (z.zoneType() == ZoneType.FIXTURE) {
                drawFixture(g, x, y, zw, zh);
                continue;
            }
            if (picture.choropleth() != null) {
                Double v = picture.choropleth().get(z.zoneId());
                double max = picture.choroplethMax();
                g.setFill(v == null ? Color.web("#d0d7de") : viridis(max > 0 ? v / max : 0));
                g.fillRect(x, y, zw, zh);
            }
            boolean strong = highlighted.contains(z.zoneId());
            boolean hover = z.zoneId().equals(picture.hoveredZone());
            g.setLineDashes(strong || hover ? null : new double[] {6, 4});
            g.setStroke(strong ? Color.web("#ff6b00") : hover ? Color.WHITE : Color.rgb(255, 255, 255, 0.85));
            g.setLineWidth(strong ? 4 : hover ? 3 : 1.2);
            g.strokeRect(x + 1, y + 1, zw - 2, zh - 2);
            g.setLineDashes((double[]) null);
            drawLabel(g, StorePlan.label(z), x, y, zw);
        }
        g.setStroke(Color.web("#24292f"));
        g.setLineWidth(2);
        g.strokeRect(m.ox(), m.oy(), w * scale, d * scale);
        if (picture.highlight() != null) {
            drawMoveArrow(g, picture.highlight().moveFromZoneId(), picture.highlight().moveToZoneId());
        }
        // under the plan's left corner when there is room, else at the bottom of the canvas
        drawScaleBar(g, scale, Math.max(12, Math.min(m.ox(), getWidth() - 160)),
                Math.min(getHeight() - 14, m.oy() + d * scale + 34));
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
        double size = labelSize(w);
        g.setFont(Font.font("System", FontWeight.BOLD, size));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double tw = labelWidth(text, w);
        g.setFill(Color.rgb(0, 0, 0, 0.55));
        g.fillRoundRect(x + (w - tw) / 2, y + 5, tw, size + 6, 6, 6);
        g.setFill(Color.WHITE);
        g.fillText(text, x + w / 2, y + 8, w - 8);
    }

    private static double labelSize(double zoneWidth) {
        return Math.max(9, Math.min(13, zoneWidth / 7));
    }

    private static double labelWidth(String text, double zoneWidth) {
        return Math.min(zoneWidth - 6, text.length() * labelSize(zoneWidth) * 0.62 + 8);
    }

    /** A bar of a round number of metres at the bottom left, on a plate so it reads over any overlay. */
    private void drawScaleBar(GraphicsContext g, double scale, double x, double y) {
        double metres = PlanViewport.scaleBarMetres(scale, 140);
        double length = metres * scale;
        String text = metres < 1 ? String.format(Locale.ROOT, "%.1f m", metres)
                : String.format(Locale.ROOT, "%.0f m", metres);
        g.setFill(Color.rgb(255, 255, 255, 0.85));
        g.fillRoundRect(x - 6, y - 22, Math.max(length, 7.0 * text.length()) + 12, 30, 6, 6);
        g.setStroke(Color.web("#24292f"));
        g.setLineWidth(2);
        g.strokeLine(x, y, x + length, y);
        g.strokeLine(x, y - 5, x, y + 3);
        g.strokeLine(x + length, y - 5, x + length, y + 3);
        g.setFill(Color.web("#24292f"));
        g.setFont(Font.font("System", FontWeight.NORMAL, 11));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(text, x, y - 5);
    }

    private void drawMoveArrow(GraphicsContext g, String fromId, String toId) {
        Zone from = zone(fromId);
        Zone to = zone(toId);
        if (from == null || to == null) {
            return;
        }
        double x1 = mapping.toPixelX(StorePlan.centreX(from));
        double y1 = mapping.toPixelY(StorePlan.centreY(from));
        double x2 = mapping.toPixelX(StorePlan.centreX(to));
        double y2 = mapping.toPixelY(StorePlan.centreY(to));
        GraphicsContext gc = g;
        gc.setStroke(Color.web("#ff6b00"));
        gc.setLineWidth(3);
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.strokeLine(x1, y1, x2, y2);
        double angle = Math.atan2(y2 - y1, x2 - x1);
        for (double side : new double[] {-0.45, 0.45}) {
            gc.strokeLine(x2, y2, x2 - 14 * Math.cos(angle + side), y2 - 14 * Math.sin(angle + side));
        }
    }

    private Zone zone(String id) {
        return picture.plan().zones().stream().filter(z -> z.zoneId().equals(id)).findFirst().orElse(null);
    }

    /** The walkable zone under a canvas pixel, or null. */
    String zoneAt(double px, double py) {
        if (picture == null || picture.plan() == null || mapping == null) {
            return null;
        }
        int index = picture.plan().zoneIndexAt(mapping.toPlanX(px), mapping.toPlanY(py));
        return index < 0 ? null : picture.plan().zones().get(index).zoneId();
    }
}
