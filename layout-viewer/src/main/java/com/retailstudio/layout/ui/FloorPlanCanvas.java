package com.retailstudio.layout.ui;

import com.retailstudio.data.model.Zone;
import com.retailstudio.data.model.ZoneType;
import com.retailstudio.layout.model.DensityGrid;
import com.retailstudio.layout.model.StorePlan;
import com.retailstudio.layout.model.Viridis;
import com.retailstudio.layout.model.WalkingPaths;
import com.retailstudio.layout.model.WhatIfResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import com.retailstudio.ui.canvas.ZoomGestures;
import javafx.scene.layout.Background;
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
 * metres. Ctrl + wheel or pinch zooms around the pointer ({@link ZoomGestures}), the plain wheel scrolls the page, and dragging pans, through the shared {@link PlanViewport}.
 */
final class FloorPlanCanvas extends Region {

    /** Everything one canvas draws; the scales (heat peak, metric maximum) may be shared with the other canvas. */
    record Picture(StorePlan plan, DensityGrid density, float heatPeak, Map<String, Double> choropleth,
                   double choroplethMax, WalkingPaths paths, int flowMax, StoreLayoutViewModel.Highlight highlight,
                   WhatIfResult move, String hoveredZone) {

        /** The category shown in a zone: after the what-if move when one is shown. */
        String labelOf(Zone z) {
            if (move != null && z.zoneId().equals(move.toZoneId())) {
                return move.category();
            }
            if (move != null && z.zoneId().equals(move.fromZoneId())) {
                return move.swappedCategory().orElse("(empty)");
            }
            return StorePlan.label(z);
        }

        boolean moved(Zone z) {
            return move != null && (z.zoneId().equals(move.toZoneId()) || z.zoneId().equals(move.fromZoneId()));
        }
    }

    /** A zone's label chip, where a category can be picked up and dragged. */
    private record Chip(String zoneId, String label, double x, double y, double w, double h) {
        boolean contains(double px, double py) {
            return px >= x && px <= x + w && py >= y && py <= y + h;
        }
    }

    private static final Color MOVE = Color.web("#ff6b00");

    /** The colours of the floor under zones and paths, in the light theme and the dark. */
    record FloorColours(Color floor, Color pathsFloor, Color pathsZone, Color zoneWithoutFigure, Color wall) {
        static final FloorColours LIGHT = new FloorColours(Color.web("#eaeef2"), Color.web("#f6f8fa"),
                Color.web("#d8dee4"), Color.web("#d0d7de"), Color.web("#24292f"));
        static final FloorColours DARK = new FloorColours(Color.web("#161b22"), Color.web("#0d1117"),
                Color.web("#21262d"), Color.web("#30363d"), Color.web("#8b949e"));

        /** The dark colours on a dark theme background, else the light ones. */
        static FloorColours of(Background themeBackground) {
            boolean dark = themeBackground != null && !themeBackground.getFills().isEmpty()
                    && themeBackground.getFills().get(0).getFill() instanceof Color colour
                    && colour.getBrightness() < 0.5;
            return dark ? DARK : LIGHT;
        }
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
    private final List<Chip> chips = new ArrayList<>();
    private final BiConsumer<String, String> onCategoryDropped;
    private Chip dragged;
    private double dragPointerX;
    private double dragPointerY;
    private final Region themeSwatch = new Region();

    /**
     * @param onHover           told the zone under the pointer (null when none)
     * @param onCategoryDropped told (category, target zone id) when a category's label is dragged onto another
     *                          category zone; null: labels cannot be dragged on this plan
     */
    FloorPlanCanvas(PlanViewport viewport, Consumer<String> onHover, BiConsumer<String, String> onCategoryDropped) {
        this.viewport = viewport;
        this.onCategoryDropped = onCategoryDropped;
        getChildren().addAll(canvas, themeSwatch);
        getStyleClass().add("floor-plan");
        // The theme's background, read from CSS: the floor under zones and paths follows light or dark.
        themeSwatch.setStyle("-fx-background-color: -color-bg-default;");
        themeSwatch.setManaged(false);
        themeSwatch.setMouseTransparent(true);
        themeSwatch.resize(1, 1);
        themeSwatch.setOpacity(0);
        themeSwatch.backgroundProperty().addListener((o, before, now) -> draw());
        setMinSize(200, 150);
        // a zoomed plan must not draw over its neighbours
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        canvas.setOnMouseMoved(e -> {
            canvas.setCursor(chipAt(e.getX(), e.getY()) != null ? Cursor.OPEN_HAND : Cursor.DEFAULT);
            String zone = zoneAt(e.getX(), e.getY());
            String before = picture == null ? null : picture.hoveredZone();
            if (zone == null ? before != null : !zone.equals(before)) {
                onHover.accept(zone);
            }
        });
        canvas.setOnMouseExited(e -> onHover.accept(null));
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        ZoomGestures.install(canvas, PlanViewport.STEP, (factor, x, y) -> {
            if (mapping != null) {
                viewport.zoomAt(factor, x, y, mapping);
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
        dragged = chipAt(e.getX(), e.getY());
        panning = dragged == null;
    }

    private void dragged(MouseEvent e) {
        if (dragged != null) {
            canvas.setCursor(Cursor.CLOSED_HAND);
            dragPointerX = e.getX();
            dragPointerY = e.getY();
            draw();
        } else if (panning && mapping != null) {
            canvas.setCursor(Cursor.MOVE);
            viewport.panBy(e.getX() - dragX, e.getY() - dragY, mapping.scale());
            dragX = e.getX();
            dragY = e.getY();
        }
    }

    private void released(MouseEvent e) {
        panning = false;
        canvas.setCursor(Cursor.DEFAULT);
        Chip chip = dragged;
        dragged = null;
        if (chip == null) {
            return;
        }
        Zone target = categoryZoneAt(e.getX(), e.getY());
        draw();
        if (target != null && !target.zoneId().equals(chip.zoneId())) {
            onCategoryDropped.accept(chip.label(), target.zoneId());
        }
    }

    /** The label chip of a category zone under the pixel, when labels can be dragged here. */
    private Chip chipAt(double px, double py) {
        if (onCategoryDropped == null) {
            return null;
        }
        for (Chip c : chips) {
            if (c.contains(px, py)) {
                return c;
            }
        }
        return null;
    }

    private Zone categoryZoneAt(double px, double py) {
        String id = zoneAt(px, py);
        return id == null ? null : picture.plan().zones().stream()
                .filter(z -> z.zoneId().equals(id) && z.zoneType() == ZoneType.CATEGORY).findFirst().orElse(null);
    }

    /** The centre of a zone's label chip in canvas pixels, or null (for tests that drag it). */
    double[] chipCentre(String zoneId) {
        for (Chip c : chips) {
            if (c.zoneId().equals(zoneId)) {
                return new double[] {c.x() + c.w() / 2, c.y() + c.h() / 2};
            }
        }
        return null;
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

    /** What the canvas draws now, or null. */
    Picture picture() {
        return picture;
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
        boolean paths = picture.paths() != null;
        FloorColours colours = FloorColours.of(themeSwatch.getBackground());
        if (picture.choropleth() == null && heatmap != null && !paths) {
            g.setImageSmoothing(true);
            DensityGrid density = picture.density();
            g.drawImage(heatmap, m.ox(), m.oy(), density.columns() * density.cellM() * scale,
                    density.rows() * density.cellM() * scale);
        } else {
            g.setFill(paths ? colours.pathsFloor() : colours.floor());
            g.fillRect(m.ox(), m.oy(), w * scale, d * scale);
        }
        Set<String> highlighted = picture.highlight() == null ? Set.of() : picture.highlight().outlinedZones();
        String dropTarget = null;
        if (dragged != null) {
            Zone target = categoryZoneAt(dragPointerX, dragPointerY);
            dropTarget = target == null || target.zoneId().equals(dragged.zoneId()) ? null : target.zoneId();
        }
        chips.clear();
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
                g.setFill(v == null ? colours.zoneWithoutFigure() : viridis(max > 0 ? v / max : 0));
                g.fillRect(x, y, zw, zh);
            } else if (paths) {
                g.setFill(colours.pathsZone());
                g.fillRect(x, y, zw, zh);
            }
            boolean strong = highlighted.contains(z.zoneId()) || picture.moved(z) || z.zoneId().equals(dropTarget);
            boolean hover = z.zoneId().equals(picture.hoveredZone());
            g.setLineDashes(strong || hover ? null : new double[] {6, 4});
            g.setStroke(strong ? MOVE : hover ? Color.WHITE : Color.rgb(255, 255, 255, 0.85));
            g.setLineWidth(strong ? 4 : hover ? 3 : 1.2);
            g.strokeRect(x + 1, y + 1, zw - 2, zh - 2);
            g.setLineDashes((double[]) null);
        }
        g.setStroke(picture.choropleth() == null && heatmap != null && !paths ? FloorColours.LIGHT.wall()
                : colours.wall());
        g.setLineWidth(2);
        g.strokeRect(m.ox(), m.oy(), w * scale, d * scale);
        if (paths) {
            WalkingFlowPainter.draw(g, picture.paths(), picture.flowMax(), m);
        }
        // labels last, so flows never hide what a zone is
        for (Zone z : plan.zones()) {
            if (z.zoneType() == ZoneType.FIXTURE) {
                continue;
            }
            String label = picture.labelOf(z);
            Chip chip = drawLabel(g, z.zoneId(), label, m.toPixelX(z.xM()), m.toPixelY(z.yM()), z.widthM() * scale,
                    picture.moved(z));
            if (z.zoneType() == ZoneType.CATEGORY && !"(empty)".equals(label)) {
                chips.add(chip);
            }
        }
        if (picture.highlight() != null) {
            drawMoveArrow(g, picture.highlight().moveFromZoneId(), picture.highlight().moveToZoneId());
        }
        if (picture.move() != null) {
            drawMoveArrow(g, picture.move().fromZoneId(), picture.move().toZoneId());
        }
        if (dragged != null) {
            drawChip(g, dragged.label(), dragPointerX - dragged.w() / 2, dragPointerY - dragged.h() / 2,
                    dragged.w(), labelSize(dragged.w() * 4), true);
        }
        // under the plan's left corner when there is room, else at the bottom of the canvas
        drawScaleBar(g, scale, Math.max(12, Math.min(m.ox() + 6, getWidth() - 160)),
                Math.min(getHeight() - 14, m.oy() + d * scale + 26));
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

    private static Chip drawLabel(GraphicsContext g, String zoneId, String text, double x, double y, double w,
                                  boolean moved) {
        double size = labelSize(w);
        double tw = labelWidth(text, w);
        drawChip(g, text, x + (w - tw) / 2, y + 5, tw, size, moved);
        return new Chip(zoneId, text, x + (w - tw) / 2, y + 5, tw, size + 6);
    }

    private static void drawChip(GraphicsContext g, String text, double x, double y, double tw, double size,
                                 boolean accent) {
        g.setFont(Font.font("System", FontWeight.BOLD, size));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setFill(accent ? MOVE : Color.rgb(0, 0, 0, 0.55));
        g.fillRoundRect(x, y, tw, size + 6, 6, 6);
        g.setFill(Color.WHITE);
        g.fillText(text, x + tw / 2, y + 3, tw - 2);
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
        gc.setStroke(MOVE);
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
