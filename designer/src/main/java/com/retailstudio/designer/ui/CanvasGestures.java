package com.retailstudio.designer.ui;

import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Position;
import com.retailstudio.ui.canvas.ZoomGestures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Rectangle;

/**
 * What the pointer does on the journey canvas. Always: drag on empty space to pan, Ctrl + wheel or pinch to zoom.
 * When editable: the plain wheel pans; press a step to select it (Shift to add), drag it (and the rest of the
 * selection) to move; drag from a port onto a step to connect, onto empty canvas to disconnect; Shift-drag on empty
 * space for a rubber band. The gestures report to the canvas's {@link CanvasEdits}; they never change the journey.
 */
final class CanvasGestures {
    /** One Ctrl + wheel notch. */
    private static final double WHEEL_STEP = 1.1;

    private final JourneyCanvasView canvas;
    private final CanvasViewport view;
    /** The shape a gesture in progress draws: a rubber band or a connection being made. */
    private final Group gestureLayer = new Group();
    private Point2D dragStart;
    private Set<String> dragging = Set.of();
    private Rectangle rubberBand;
    private boolean panning;
    private double dragX;
    private double dragY;

    CanvasGestures(JourneyCanvasView canvas, CanvasViewport view) {
        this.canvas = canvas;
        this.view = view;
        installPanAndZoom(view.pane());
    }

    Group layer() {
        return gestureLayer;
    }

    /** Ends a gesture's drawing: the journey was drawn again. */
    void clear() {
        gestureLayer.getChildren().clear();
    }

    private void installPanAndZoom(Pane viewport) {
        viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            if (event.isConsumed()) {
                return;
            }
            viewport.requestFocus();
            if (canvas.edits() != null && event.isShiftDown() && event.getButton() == MouseButton.PRIMARY) {
                Position at = view.toCanvas(event.getSceneX(), event.getSceneY());
                rubberBand = new Rectangle(at.x(), at.y(), 0, 0);
                rubberBand.getStyleClass().add("journey-rubber-band");
                gestureLayer.getChildren().setAll(rubberBand);
                dragStart = new Point2D(at.x(), at.y());
                return;
            }
            panning = false;
            dragX = event.getX() - view.translateX();
            dragY = event.getY() - view.translateY();
        });
        viewport.addEventHandler(MouseEvent.MOUSE_DRAGGED, event -> {
            if (rubberBand != null) {
                Position at = view.toCanvas(event.getSceneX(), event.getSceneY());
                rubberBand.setX(Math.min(at.x(), dragStart.getX()));
                rubberBand.setY(Math.min(at.y(), dragStart.getY()));
                rubberBand.setWidth(Math.abs(at.x() - dragStart.getX()));
                rubberBand.setHeight(Math.abs(at.y() - dragStart.getY()));
                return;
            }
            panning = true;
            view.panTo(event.getX() - dragX, event.getY() - dragY);
        });
        viewport.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> {
            if (rubberBand != null) {
                finishRubberBand(event.isShiftDown());
            } else if (!panning && canvas.edits() != null && event.isStillSincePress()) {
                canvas.edits().clearSelection();
            }
            panning = false;
        });
        ZoomGestures.install(viewport, WHEEL_STEP, view::zoomAt);
        // The plain wheel scrolls: the editor's canvas is the page, so it pans; a read-only drawing (the simulation's
        // flow, a version, a review) sits in a scrolling page, which gets the wheel instead.
        viewport.addEventHandler(ScrollEvent.SCROLL, event -> {
            if (canvas.edits() != null && !event.isConsumed()) {
                view.panBy(event.getDeltaX(), event.getDeltaY());
                event.consume();
            }
        });
    }

    private void finishRubberBand(boolean extend) {
        Journey shown = canvas.journeyProperty().get();
        double x0 = rubberBand.getX();
        double y0 = rubberBand.getY();
        double x1 = x0 + rubberBand.getWidth();
        double y1 = y0 + rubberBand.getHeight();
        gestureLayer.getChildren().clear();
        rubberBand = null;
        if (shown == null) {
            return;
        }
        List<String> inside = shown.nodes().stream().filter(n -> n.position().x() < x1
                && n.position().x() + NodeCard.WIDTH > x0 && n.position().y() < y1
                && n.position().y() + NodeCard.HEIGHT > y0).map(JourneyNode::id).toList();
        canvas.edits().selectAll(inside, extend);
    }

    /** Press, drag and release on a card: select, then move the selection. */
    void installOnCard(NodeCard card, String nodeId) {
        card.setOnMousePressed(event -> {
            if (event.getButton() != MouseButton.PRIMARY) {
                return;
            }
            event.consume();
            view.pane().requestFocus();
            if (event.isShiftDown()) {
                canvas.edits().select(nodeId, true);
            } else if (!canvas.selection().contains(nodeId)) {
                canvas.edits().select(nodeId, false);
            }
            dragStart = new Point2D(event.getSceneX(), event.getSceneY());
            dragging = canvas.selection().contains(nodeId) ? Set.copyOf(canvas.selection()) : Set.of();
        });
        card.setOnMouseDragged(event -> {
            event.consume();
            if (dragStart == null || dragging.isEmpty()) {
                return;
            }
            double dx = (event.getSceneX() - dragStart.getX()) / view.zoom();
            double dy = (event.getSceneY() - dragStart.getY()) / view.zoom();
            Map<String, Position> moved = new HashMap<>();
            for (String id : dragging) {
                canvas.journeyProperty().get().node(id).ifPresent(n -> moved.put(id,
                        new Position(n.position().x() + dx, n.position().y() + dy)));
            }
            canvas.drawDragged(moved);
        });
        card.setOnMouseReleased(event -> {
            event.consume();
            if (dragStart == null) {
                return;
            }
            double dx = Math.round((event.getSceneX() - dragStart.getX()) / view.zoom());
            double dy = Math.round((event.getSceneY() - dragStart.getY()) / view.zoom());
            Set<String> moved = dragging;
            dragStart = null;
            dragging = Set.of();
            canvas.drawDragged(Map.of());
            if ((dx != 0 || dy != 0) && !moved.isEmpty()) {
                canvas.edits().moveBy(moved, dx, dy);
            }
        });
    }

    /** Press on a port and drag onto a step to connect; a curve follows the pointer meanwhile. */
    void installOnPort(Circle dot, String nodeId, String port) {
        dot.setOnMousePressed(event -> {
            event.consume();
            view.pane().requestFocus();
            CubicCurve pending = new CubicCurve();
            pending.getStyleClass().add("journey-pending-edge");
            pending.setFill(null);
            pending.setStartX(dot.getCenterX());
            pending.setStartY(dot.getCenterY());
            pending.setControlX1(dot.getCenterX());
            pending.setControlY1(dot.getCenterY() + 40);
            gestureLayer.getChildren().setAll(pending);
            followPointer(pending, event);
        });
        dot.setOnMouseDragged(event -> {
            event.consume();
            if (!gestureLayer.getChildren().isEmpty() && gestureLayer.getChildren().get(0) instanceof CubicCurve c) {
                followPointer(c, event);
            }
        });
        dot.setOnMouseReleased(event -> {
            event.consume();
            gestureLayer.getChildren().clear();
            Position at = view.toCanvas(event.getSceneX(), event.getSceneY());
            Optional<String> target = nodeAt(at);
            if (target.isPresent()) {
                if (!target.get().equals(nodeId)) {
                    canvas.edits().connect(nodeId, port, target.get());
                }
            } else if (!event.isStillSincePress()) {
                canvas.edits().disconnect(nodeId, port);
            }
        });
    }

    private void followPointer(CubicCurve curve, MouseEvent event) {
        Position at = view.toCanvas(event.getSceneX(), event.getSceneY());
        curve.setEndX(at.x());
        curve.setEndY(at.y());
        curve.setControlX2(at.x());
        curve.setControlY2(at.y() - 40);
    }

    /** The step whose card covers the canvas position, the topmost if several do. */
    private Optional<String> nodeAt(Position at) {
        Journey shown = canvas.journeyProperty().get();
        if (shown == null) {
            return Optional.empty();
        }
        List<JourneyNode> nodes = shown.nodes();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Position p = nodes.get(i).position();
            if (at.x() >= p.x() && at.x() <= p.x() + NodeCard.WIDTH && at.y() >= p.y()
                    && at.y() <= p.y() + NodeCard.HEIGHT) {
                return Optional.of(nodes.get(i).id());
            }
        }
        return Optional.empty();
    }
}
