package com.retailstudio.layout.ui;

import com.retailstudio.data.model.Zone;
import com.retailstudio.data.model.ZoneType;
import com.retailstudio.layout.model.DensityGrid;
import com.retailstudio.layout.model.StorePlan;
import com.retailstudio.layout.model.WalkingPaths;
import com.retailstudio.layout.model.WhatIfResult;
import com.retailstudio.layout.ui.FloorPlanPainter.Chip;
import com.retailstudio.ui.canvas.ZoomGestures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * The floor plan drawn to scale on a canvas that fills its region: traffic heatmap or zones coloured by a metric,
 * fixtures hatched, zones outlined and labelled, a selected recommendation's zones highlighted, and a scale bar in
 * metres, in the colours of the {@link FloorPalette}. Ctrl + wheel or pinch zooms around the pointer
 * ({@link ZoomGestures}), the plain wheel scrolls the page, and dragging pans, through the shared
 * {@link PlanViewport}.
 */
final class FloorPlanCanvas extends Region {

    /** Everything one canvas draws; the scales (heat peak, metric maximum) may be shared with the other canvas. */
    record Picture(StorePlan plan, DensityGrid density, float heatPeak, Map<String, Double> choropleth,
                   double choroplethMax, WalkingPaths paths, int flowMax, RecommendationHighlight highlight,
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
    private final FloorPalette.Probe palette = new FloorPalette.Probe();

    /**
     * @param onHover           told the zone under the pointer (null when none)
     * @param onCategoryDropped told (category, target zone id) when a category's label is dragged onto another
     *                          category zone; null: labels cannot be dragged on this plan
     */
    FloorPlanCanvas(PlanViewport viewport, Consumer<String> onHover, BiConsumer<String, String> onCategoryDropped) {
        this.viewport = viewport;
        this.onCategoryDropped = onCategoryDropped;
        getChildren().addAll(canvas, palette);
        getStyleClass().add("floor-plan");
        // the colours come from layouts.css, and follow the theme
        palette.onChange(this::draw);
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
            heatmap = FloorPlanPainter.heatmapImage(next.density(), next.heatPeak());
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
        FloorPalette colours = palette.palette();
        if (picture.choropleth() == null && heatmap != null && !paths) {
            g.setImageSmoothing(true);
            DensityGrid density = picture.density();
            g.drawImage(heatmap, m.ox(), m.oy(), density.columns() * density.cellM() * scale,
                    density.rows() * density.cellM() * scale);
        } else {
            g.setFill(paths ? colours.pathsFloor() : colours.zonesFloor());
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
                FloorPlanPainter.drawFixture(g, colours, x, y, zw, zh);
                continue;
            }
            if (picture.choropleth() != null) {
                Double v = picture.choropleth().get(z.zoneId());
                double max = picture.choroplethMax();
                g.setFill(v == null ? colours.zoneWithoutFigure() : FloorPlanPainter.viridis(max > 0 ? v / max : 0));
                g.fillRect(x, y, zw, zh);
            } else if (paths) {
                g.setFill(colours.pathsZone());
                g.fillRect(x, y, zw, zh);
            }
            boolean strong = highlighted.contains(z.zoneId()) || picture.moved(z) || z.zoneId().equals(dropTarget);
            boolean hover = z.zoneId().equals(picture.hoveredZone());
            g.setLineDashes(strong || hover ? null : new double[] {6, 4});
            g.setStroke(strong ? colours.accent() : hover ? colours.hoverOutline() : colours.zoneOutline());
            g.setLineWidth(strong ? 4 : hover ? 3 : 1.2);
            g.strokeRect(x + 1, y + 1, zw - 2, zh - 2);
            g.setLineDashes((double[]) null);
        }
        g.setStroke(picture.choropleth() == null && heatmap != null && !paths ? colours.heatmapWall()
                : colours.wall());
        g.setLineWidth(2);
        g.strokeRect(m.ox(), m.oy(), w * scale, d * scale);
        if (paths) {
            WalkingFlowPainter.draw(g, colours, picture.paths(), picture.flowMax(), m);
        }
        // labels last, so flows never hide what a zone is
        for (Zone z : plan.zones()) {
            if (z.zoneType() == ZoneType.FIXTURE) {
                continue;
            }
            String label = picture.labelOf(z);
            Chip chip = FloorPlanPainter.drawLabel(g, colours, z.zoneId(), label, m.toPixelX(z.xM()),
                    m.toPixelY(z.yM()), z.widthM() * scale, picture.moved(z));
            if (z.zoneType() == ZoneType.CATEGORY && !"(empty)".equals(label)) {
                chips.add(chip);
            }
        }
        if (picture.highlight() != null) {
            drawMoveArrow(g, colours, picture.highlight().moveFromZoneId(), picture.highlight().moveToZoneId());
        }
        if (picture.move() != null) {
            drawMoveArrow(g, colours, picture.move().fromZoneId(), picture.move().toZoneId());
        }
        if (dragged != null) {
            FloorPlanPainter.drawChip(g, colours, dragged.label(), dragPointerX - dragged.w() / 2,
                    dragPointerY - dragged.h() / 2, dragged.w(), FloorPlanPainter.labelSize(dragged.w() * 4), true);
        }
        // under the plan's left corner when there is room, else at the bottom of the canvas
        FloorPlanPainter.drawScaleBar(g, colours, scale, Math.max(12, Math.min(m.ox() + 6, getWidth() - 160)),
                Math.min(getHeight() - 14, m.oy() + d * scale + 26));
    }

    private void drawMoveArrow(GraphicsContext g, FloorPalette colours, String fromId, String toId) {
        Zone from = zone(fromId);
        Zone to = zone(toId);
        if (from != null && to != null) {
            FloorPlanPainter.drawMoveArrow(g, colours, mapping.toPixelX(StorePlan.centreX(from)),
                    mapping.toPixelY(StorePlan.centreY(from)), mapping.toPixelX(StorePlan.centreX(to)),
                    mapping.toPixelY(StorePlan.centreY(to)));
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
