package com.retailstudio.ui.canvas;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * The one rule every zoomable drawing follows (journey canvases, the simulation's flow diagram, the store floor
 * plans): Ctrl + wheel (⌘ + wheel on a Mac) and a trackpad pinch zoom around the pointer; the plain wheel is left
 * alone, so over a drawing inside a scrolling page it scrolls the page instead of shrinking the drawing.
 */
public final class ZoomGestures {

    /** What a gesture zooms: by a factor, keeping the point (x, y) of the node's own coordinates in place. */
    @FunctionalInterface
    public interface Zoomable {
        void zoomAt(double factor, double x, double y);
    }

    private ZoomGestures() {
    }

    /**
     * Makes Ctrl + wheel and pinch over {@code node} zoom {@code target}: one wheel notch by {@code wheelStep} (in or
     * out), a pinch by its own factor. Those events are consumed; every other scroll passes on to the node's parents.
     */
    public static void install(Node node, double wheelStep, Zoomable target) {
        Objects.requireNonNull(target);
        if (!(wheelStep > 1)) {
            throw new IllegalArgumentException("A wheel step must zoom in, i.e. be above 1: " + wheelStep);
        }
        node.addEventHandler(ScrollEvent.SCROLL, event -> {
            if (isZoomWheel(event)) {
                target.zoomAt(event.getDeltaY() > 0 ? wheelStep : 1 / wheelStep, event.getX(), event.getY());
                event.consume();
            }
        });
        node.addEventHandler(ZoomEvent.ZOOM, event -> {
            if (Double.isFinite(event.getZoomFactor()) && event.getZoomFactor() > 0) {
                target.zoomAt(event.getZoomFactor(), event.getX(), event.getY());
            }
            event.consume();
        });
    }

    /** Whether a scroll asks to zoom rather than to scroll: a vertical wheel turn with Ctrl (or the shortcut key). */
    public static boolean isZoomWheel(ScrollEvent event) {
        return (event.isControlDown() || event.isShortcutDown()) && event.getDeltaY() != 0;
    }
}
