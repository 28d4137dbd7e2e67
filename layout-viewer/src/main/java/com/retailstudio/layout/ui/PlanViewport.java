package com.retailstudio.layout.ui;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Which part of the floor plan is shown: a zoom factor relative to "whole plan fits" and the plan point (metres) at
 * the centre of the canvas. Shared by both plans of the side-by-side comparison, so they always show the same area.
 * Knows no nodes: canvases ask it for a {@link Mapping} for their size.
 */
public final class PlanViewport {

    public static final double MIN_ZOOM = 1;
    public static final double MAX_ZOOM = 16;
    /** One keyboard step or wheel notch. */
    public static final double STEP = 1.25;
    /** Free space around the plan at zoom 1, pixels. */
    static final double PADDING = 16;
    /** Height kept under the plan at zoom 1 for the scale bar, pixels. */
    static final double SCALE_BAR_ROOM = 26;

    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final DoubleProperty centreX = new SimpleDoubleProperty(this, "centreX", Double.NaN);
    private final DoubleProperty centreY = new SimpleDoubleProperty(this, "centreY", Double.NaN);
    private double planWidthM = 1;
    private double planDepthM = 1;

    /**
     * How plan metres map to canvas pixels: {@code px = ox + x × scale}.
     *
     * @param scale pixels per metre
     * @param ox    pixel x of the plan's left edge
     * @param oy    pixel y of the plan's top edge
     */
    public record Mapping(double scale, double ox, double oy) {

        public double toPixelX(double xM) {
            return ox + xM * scale;
        }

        public double toPixelY(double yM) {
            return oy + yM * scale;
        }

        public double toPlanX(double px) {
            return (px - ox) / scale;
        }

        public double toPlanY(double py) {
            return (py - oy) / scale;
        }
    }

    /** Sets the plan's size and shows all of it. */
    public void showPlan(double widthM, double depthM) {
        planWidthM = Math.max(widthM, 1e-6);
        planDepthM = Math.max(depthM, 1e-6);
        fit();
    }

    /** The mapping for a canvas of the given size. */
    public Mapping mapping(double width, double height) {
        // the height keeps room for the scale bar under the plan
        double room = height - SCALE_BAR_ROOM;
        double fit = Math.max(0.1, Math.min((width - 2 * PADDING) / planWidthM, (room - 2 * PADDING) / planDepthM));
        double scale = fit * zoom.get();
        double cx = Double.isNaN(centreX.get()) ? planWidthM / 2 : centreX.get();
        double cy = Double.isNaN(centreY.get()) ? planDepthM / 2 : centreY.get();
        return new Mapping(scale, width / 2 - cx * scale, room / 2 - cy * scale);
    }

    /** Back to the whole plan, centred. */
    public void fit() {
        zoom.set(1);
        centreX.set(Double.NaN);
        centreY.set(Double.NaN);
    }

    public void zoomIn() {
        zoomAt(STEP, Double.NaN, Double.NaN, null);
    }

    public void zoomOut() {
        zoomAt(1 / STEP, Double.NaN, Double.NaN, null);
    }

    /**
     * Multiplies the zoom by {@code factor} (kept within {@link #MIN_ZOOM}..{@link #MAX_ZOOM}) keeping the plan
     * point under the pixel (px, py) where it is; with no mapping, around the canvas centre.
     */
    public void zoomAt(double factor, double px, double py, Mapping now) {
        double target = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom.get() * factor));
        if (target == zoom.get()) {
            return;
        }
        if (target == MIN_ZOOM) {
            fit();
            return;
        }
        double cx = centreX();
        double cy = centreY();
        if (now != null) {
            // the point under the cursor stays put: centre moves towards it by the part of the distance zoomed away
            double x = now.toPlanX(px);
            double y = now.toPlanY(py);
            double keep = zoom.get() / target;
            cx = x + (cx - x) * keep;
            cy = y + (cy - y) * keep;
        }
        zoom.set(target);
        centreOn(cx, cy);
    }

    /** Moves the shown area by a drag of (dx, dy) pixels at the given scale: the plan follows the pointer. */
    public void panBy(double dxPixels, double dyPixels, double scale) {
        if (scale <= 0) {
            return;
        }
        centreOn(centreX() - dxPixels / scale, centreY() - dyPixels / scale);
    }

    /** Puts the plan point at the centre, kept on the plan so it cannot be panned out of sight. */
    public void centreOn(double xM, double yM) {
        centreX.set(Math.max(0, Math.min(planWidthM, xM)));
        centreY.set(Math.max(0, Math.min(planDepthM, yM)));
    }

    public double centreX() {
        return Double.isNaN(centreX.get()) ? planWidthM / 2 : centreX.get();
    }

    public double centreY() {
        return Double.isNaN(centreY.get()) ? planDepthM / 2 : centreY.get();
    }

    public double zoom() {
        return zoom.get();
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    /** Changes whenever the centre moves (for redrawing). */
    public DoubleProperty centreXProperty() {
        return centreX;
    }

    public DoubleProperty centreYProperty() {
        return centreY;
    }

    /**
     * The length of a scale bar, in metres, for a plan drawn at {@code pixelsPerMetre}: the longest of 1, 2, 5 × 10^k
     * metres that is at most {@code maxPixels} long.
     */
    public static double scaleBarMetres(double pixelsPerMetre, double maxPixels) {
        double best = 0.1;
        for (double decade = 0.1; decade <= 1000; decade *= 10) {
            for (double step : new double[] {1, 2, 5}) {
                double metres = step * decade;
                if (metres * pixelsPerMetre <= maxPixels) {
                    best = metres;
                }
            }
        }
        return Math.round(best * 10) / 10.0;
    }
}
