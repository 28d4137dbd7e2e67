package com.retailstudio.designer.ui;

import com.retailstudio.designer.lint.Finding;
import com.retailstudio.designer.lint.Severity;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.JourneyStructureDiff;
import com.retailstudio.designer.model.NumberText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import com.retailstudio.ui.canvas.ZoomGestures;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.Group;
import com.retailstudio.designer.model.Position;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * A read-only drawing of a journey: steps as cards at their canvas positions, connections as curves with arrowheads
 * and path labels, flowing from each step's bottom edge to the next step's top. Drag to pan, Ctrl + wheel or pinch to
 * zoom (the {@link ZoomGestures} rule); the plain wheel scrolls the page the drawing sits in. The view fits the
 * journey when it is shown, and again when it is resized (a window made smaller) while the user has not zoomed or
 * panned since.
 *
 * <p>An optional flow overlay ({@link #showFlow}) draws figures of a run on the journey: a count badge on each step
 * (customers who entered it) and, on each connection, a stroke whose width grows with the customers who passed along
 * it and their number. Without a flow the canvas draws exactly as before.
 *
 * <p>With {@link #setEdits} the canvas becomes editable: each step shows its output ports as dots on its bottom edge,
 * in port order; press a step to select it (Shift to add), drag it (and the rest of the selection) to move, drag from
 * a port onto a step to connect (onto empty canvas to disconnect), Shift-drag on empty space for a rubber band, drag on empty space to pan, scroll to
 * pan and Ctrl+scroll to zoom. The canvas never changes the journey itself: it reports to its {@link CanvasEdits}.
 */
public final class JourneyCanvasView extends StackPane {
    private static final double MIN_ZOOM = 0.25;
    private static final double MAX_ZOOM = 2.5;
    /** One Ctrl + wheel notch. */
    private static final double WHEEL_STEP = 1.1;
    private static final double MARGIN = 28;
    private static final double GRID = 24;
    private static final double LEGEND_SPACE = 36;
    /** Space kept between the last step and the zoom buttons after a fit. */
    private static final double ZOOM_BAR_GAP = 8;
    /** Below this zoom the cards show only their icon and title. */
    static final double FAR_ZOOM = 0.45;

    private final ObjectProperty<Journey> journey = new SimpleObjectProperty<>(this, "journey");
    private final ObjectProperty<String> selectedNode = new SimpleObjectProperty<>(this, "selectedNode");
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);

    private final Canvas grid = new Canvas();
    private final Pane content = new Pane();
    private final Pane viewport = new Pane();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Translate translate = new Translate();
    private final Map<String, NodeCard> cards = new HashMap<>();
    private final ObservableSet<String> selection = FXCollections.observableSet();
    private final Group edgeLayer = new Group();
    private final Group cardLayer = new Group();
    private final Group labelLayer = new Group();
    private final Group portLayer = new Group();
    private final Group gestureLayer = new Group();
    private CanvasEdits edits;
    private Map<String, Position> dragOverrides = Map.of();
    private Point2D dragStart;
    private Set<String> dragging = Set.of();
    private Rectangle rubberBand;
    private boolean panning;
    private String shownJourneyId;
    private Button zoomOutButton;
    private Button zoomInButton;
    private Button fitButton;
    /** The zoom buttons over the bottom right of the view. */
    private HBox zoomBar;
    private Map<String, Long> flowEntered = Map.of();
    private Map<Edge, Long> flowPassed = Map.of();
    private Map<String, Long> flowGoalExits = Map.of();
    private boolean flowShown;
    private CanvasHighlights highlights = CanvasHighlights.NONE;
    private final HBox legend = new HBox(6);
    private boolean fitPending = true;
    /** Whether the view is as the last fit left it: then a resized view (a resized window) is fitted again. */
    private boolean fitted;
    private double dragX;
    private double dragY;

    public JourneyCanvasView() {
        getStyleClass().add("journey-canvas");
        // The canvas's own look travels with it, so it draws the same outside the Journeys section.
        getStylesheets().add(JourneyCanvasView.class.getResource("journeys.css").toExternalForm());
        content.getTransforms().addAll(translate, scale);
        content.setManaged(false);
        content.getChildren().addAll(edgeLayer, cardLayer, labelLayer, portLayer, gestureLayer);
        viewport.getChildren().addAll(grid, content);
        viewport.getStyleClass().add("journey-canvas-viewport");
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(viewport.widthProperty());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        viewport.setMinSize(0, 0);
        grid.widthProperty().bind(viewport.widthProperty());
        grid.heightProperty().bind(viewport.heightProperty());

        getChildren().addAll(viewport, zoomControls(), legend);
        legend.getStyleClass().add("journey-diff-legend");
        legend.setId("journey-diff-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        legend.setMouseTransparent(true);
        legend.setVisible(false);
        StackPane.setAlignment(legend, Pos.TOP_LEFT);
        StackPane.setMargin(legend, new javafx.geometry.Insets(10));
        scale.xProperty().bind(zoom);
        scale.yProperty().bind(zoom);

        journey.addListener((observable, before, shown) -> {
            // An edit of the journey shown keeps the view where the user put it; another journey is fitted.
            String id = shown == null ? null : shown.id();
            if (edits == null || !java.util.Objects.equals(id, shownJourneyId)) {
                fitPending = true;
            }
            shownJourneyId = id;
            rebuild();
        });
        selection.addListener((SetChangeListener<String>) change -> markSelection());
        findings.addListener((ListChangeListener<Finding>) change -> rebuild());
        selectedNode.addListener((observable, before, id) -> {
            markSelection();
            if (id != null) {
                reveal(id);
            }
        });
        zoom.addListener((observable, before, value) -> {
            drawGrid();
            // Far out, the cards' small print is too small to read: hidden, the journey reads as its titles and draws
            // faster. The class changes only when the threshold is crossed, as it restyles every card.
            boolean far = value.doubleValue() < FAR_ZOOM;
            if (far != content.getStyleClass().contains("far")) {
                if (far) {
                    content.getStyleClass().add("far");
                } else {
                    content.getStyleClass().remove("far");
                }
            }
        });
        translate.xProperty().addListener((observable, before, value) -> drawGrid());
        translate.yProperty().addListener((observable, before, value) -> drawGrid());
        viewport.widthProperty().addListener((observable, before, value) -> resized());
        viewport.heightProperty().addListener((observable, before, value) -> resized());
        installPanAndZoom();
    }

    public ObjectProperty<Journey> journeyProperty() {
        return journey;
    }

    public ObjectProperty<String> selectedNodeProperty() {
        return selectedNode;
    }

    /** Lint findings to mark on their steps. */
    public ObservableList<Finding> findings() {
        return findings;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /** The selected steps (the editor's multi-selection); the {@link #selectedNodeProperty} is marked too. */
    public ObservableSet<String> selection() {
        return selection;
    }

    /** Makes the canvas editable, reporting the user's gestures to {@code edits}; null makes it read-only again. */
    public void setEdits(CanvasEdits edits) {
        this.edits = edits;
        viewport.getStyleClass().remove("editable");
        if (edits != null) {
            viewport.getStyleClass().add("editable");
        }
        // The editor has keyboard shortcuts for these; a read-only canvas does not.
        zoomOutButton.getTooltip().setText(edits == null ? "Zoom out" : "Zoom out (Ctrl+-)");
        zoomInButton.getTooltip().setText(edits == null ? "Zoom in" : "Zoom in (Ctrl+=)");
        fitButton.getTooltip().setText(edits == null ? "Fit the journey to the view"
                : "Fit the journey to the view (Ctrl+0)");
        rebuild();
    }

    public boolean isEditable() {
        return edits != null;
    }

    /** Pans the step's card to the middle when none of it is in view (e.g. picked in the lint panel, or pasted). */
    public void reveal(String nodeId) {
        Journey shown = journey.get();
        double width = viewport.getWidth();
        double height = viewport.getHeight();
        if (shown == null || width <= 0 || height <= 0 || fitPending) {
            return;
        }
        shown.node(nodeId).ifPresent(node -> {
            double z = zoom.get();
            double left = node.position().x() * z + translate.getX();
            double top = node.position().y() * z + translate.getY();
            double right = left + NodeCard.WIDTH * z;
            double bottom = top + NodeCard.HEIGHT * z;
            // Only a card wholly out of view: one partly in view may be under the pointer, about to be dragged.
            if (right < 0 || bottom < 0 || left > width || top > height) {
                translate.setX(width / 2 - (node.position().x() + NodeCard.WIDTH / 2) * z);
                translate.setY(height / 2 - (node.position().y() + NodeCard.HEIGHT / 2) * z);
                fitted = false;
            }
        });
    }

    /** Zooms in one step around the middle of the view. */
    public void zoomIn() {
        zoomAt(1.2, viewport.getWidth() / 2, viewport.getHeight() / 2);
        fitPending = false;
        fitted = false;
    }

    /** Zooms out one step around the middle of the view. */
    public void zoomOut() {
        zoomAt(1 / 1.2, viewport.getWidth() / 2, viewport.getHeight() / 2);
        fitPending = false;
        fitted = false;
    }

    /** The canvas position under a point of the scene, e.g. where something was dropped. */
    public Position toCanvas(double sceneX, double sceneY) {
        Point2D local = viewport.sceneToLocal(sceneX, sceneY);
        return new Position((local.getX() - translate.getX()) / zoom.get(),
                (local.getY() - translate.getY()) / zoom.get());
    }

    /** The canvas position at the middle of the view. */
    public Position centre() {
        return new Position((viewport.getWidth() / 2 - translate.getX()) / zoom.get(),
                (viewport.getHeight() / 2 - translate.getY()) / zoom.get());
    }

    /** Whether the scene point is over the visible canvas. */
    public boolean showsScenePoint(double sceneX, double sceneY) {
        Point2D local = viewport.sceneToLocal(sceneX, sceneY);
        return local != null && local.getX() >= 0 && local.getY() >= 0 && local.getX() <= viewport.getWidth()
                && local.getY() <= viewport.getHeight();
    }

    /**
     * Draws a run's flow on the journey.
     *
     * @param entered customers (entries) per node id; a node without a figure gets no badge
     * @param passed  customers who passed along each connection, keyed by the journey's {@link Edge}; connections
     *                without a figure are drawn as without a flow
     */
    public void showFlow(Map<String, Long> entered, Map<Edge, Long> passed) {
        showFlow(entered, passed, Map.of());
    }

    /**
     * As {@link #showFlow(Map, Map)}, with the customers who left the journey at each step because they reached its
     * goal: they pass along no connection, so without this badge a branch after the goal reads as if nobody came.
     *
     * @param goalExits goal exits per node id; steps with none get no goal badge
     */
    public void showFlow(Map<String, Long> entered, Map<Edge, Long> passed, Map<String, Long> goalExits) {
        flowEntered = Map.copyOf(entered);
        flowPassed = Map.copyOf(passed);
        flowGoalExits = Map.copyOf(goalExits);
        flowShown = true;
        rebuild();
    }

    /** Removes the flow overlay: the canvas draws the journey alone again. */
    public void clearFlow() {
        flowEntered = Map.of();
        flowPassed = Map.of();
        flowGoalExits = Map.of();
        flowShown = false;
        rebuild();
    }

    /** Whether a flow overlay is shown. */
    public boolean isFlowShown() {
        return flowShown;
    }

    /** The entries per node id of the shown flow; empty without one. */
    public Map<String, Long> flowEntered() {
        return flowEntered;
    }

    /** The goal exits per node id of the shown flow; empty without one. */
    public Map<String, Long> flowGoalExits() {
        return flowGoalExits;
    }

    /** The customers per connection of the shown flow; empty without one. */
    public Map<Edge, Long> flowPassed() {
        return flowPassed;
    }

    /**
     * Marks a review's changes on the journey (steps added, removed, changed or moved; connections added or removed)
     * with the theme's success, danger and warning colours, and shows a legend of the marks present.
     * {@link CanvasHighlights#NONE} removes them.
     */
    public void setHighlights(CanvasHighlights highlights) {
        this.highlights = java.util.Objects.requireNonNull(highlights, "highlights");
        legend.getChildren().clear();
        for (JourneyStructureDiff.StepChange kind : highlights.kinds()) {
            Label entry = new Label(CanvasHighlights.word(kind));
            entry.getStyleClass().addAll("journey-diff-mark", CanvasHighlights.styleClass(kind));
            legend.getChildren().add(entry);
        }
        legend.setVisible(!legend.getChildren().isEmpty());
        rebuild();
    }

    /** The review marks shown, {@link CanvasHighlights#NONE} without any. */
    public CanvasHighlights highlights() {
        return highlights;
    }

    /** Zooms and pans so the whole journey fits the view, at most at 100 %. */
    public void fit() {
        Journey shown = journey.get();
        double width = viewport.getWidth();
        double height = viewport.getHeight();
        if (shown == null || shown.nodes().isEmpty() || width <= 0 || height <= 0) {
            return;
        }
        double minX = shown.nodes().stream().mapToDouble(n -> n.position().x()).min().orElse(0) - MARGIN;
        double minY = shown.nodes().stream().mapToDouble(n -> n.position().y()).min().orElse(0) - MARGIN;
        double maxX = shown.nodes().stream().mapToDouble(n -> n.position().x()).max().orElse(0) + NodeCard.WIDTH + MARGIN;
        double maxY = shown.nodes().stream().mapToDouble(n -> n.position().y()).max().orElse(0) + NodeCard.HEIGHT + MARGIN;
        // a review's legend sits over the top of the view: the journey fits below it
        double legendSpace = legend.isVisible() ? LEGEND_SPACE : 0;
        // and the zoom buttons over its foot: the journey fits above them, its last step never under them
        double zoomSpace = zoomBar.prefHeight(-1) - zoomBar.getTranslateY() + ZOOM_BAR_GAP;
        height = Math.max(1, height - legendSpace - zoomSpace);
        double z = clamp(Math.min(1, Math.min(width / (maxX - minX), height / (maxY - minY))));
        zoom.set(z);
        translate.setX((width - (maxX - minX) * z) / 2 - minX * z);
        translate.setY(legendSpace + (height - (maxY - minY) * z) / 2 - minY * z);
        fitPending = false;
        fitted = true;
    }

    private void resized() {
        if (fitPending || fitted) {
            fit();
        }
        drawGrid();
    }

    private static double clamp(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }

    /** Zooms by a factor keeping the canvas point under (x, y) of the viewport in place. */
    private void zoomAt(double factor, double x, double y) {
        double before = zoom.get();
        double after = clamp(before * factor);
        double worldX = (x - translate.getX()) / before;
        double worldY = (y - translate.getY()) / before;
        zoom.set(after);
        translate.setX(x - worldX * after);
        translate.setY(y - worldY * after);
    }

    private void installPanAndZoom() {
        viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            if (event.isConsumed()) {
                return;
            }
            viewport.requestFocus();
            if (edits != null && event.isShiftDown() && event.getButton() == MouseButton.PRIMARY) {
                Position at = toCanvas(event.getSceneX(), event.getSceneY());
                rubberBand = new Rectangle(at.x(), at.y(), 0, 0);
                rubberBand.getStyleClass().add("journey-rubber-band");
                gestureLayer.getChildren().setAll(rubberBand);
                dragStart = new Point2D(at.x(), at.y());
                return;
            }
            panning = false;
            dragX = event.getX() - translate.getX();
            dragY = event.getY() - translate.getY();
        });
        viewport.addEventHandler(MouseEvent.MOUSE_DRAGGED, event -> {
            if (rubberBand != null) {
                Position at = toCanvas(event.getSceneX(), event.getSceneY());
                rubberBand.setX(Math.min(at.x(), dragStart.getX()));
                rubberBand.setY(Math.min(at.y(), dragStart.getY()));
                rubberBand.setWidth(Math.abs(at.x() - dragStart.getX()));
                rubberBand.setHeight(Math.abs(at.y() - dragStart.getY()));
                return;
            }
            panning = true;
            translate.setX(event.getX() - dragX);
            translate.setY(event.getY() - dragY);
            fitPending = false;
            fitted = false;
        });
        viewport.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> {
            if (rubberBand != null) {
                finishRubberBand(event.isShiftDown());
            } else if (!panning && edits != null && event.isStillSincePress()) {
                edits.clearSelection();
            }
            panning = false;
        });
        ZoomGestures.install(viewport, WHEEL_STEP, (factor, x, y) -> {
            zoomAt(factor, x, y);
            fitPending = false;
            fitted = false;
        });
        // The plain wheel scrolls: the editor's canvas is the page, so it pans; a read-only drawing (the simulation's
        // flow, a version, a review) sits in a scrolling page, which gets the wheel instead.
        viewport.addEventHandler(ScrollEvent.SCROLL, event -> {
            if (edits != null && !event.isConsumed()) {
                translate.setX(translate.getX() + event.getDeltaX());
                translate.setY(translate.getY() + event.getDeltaY());
                fitPending = false;
                fitted = false;
                event.consume();
            }
        });
    }

    private void finishRubberBand(boolean extend) {
        Journey shown = journey.get();
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
        edits.selectAll(inside, extend);
    }

    /** Press, drag and release on a card: select, then move the selection. */
    private void installCardGestures(NodeCard card, String nodeId) {
        card.setOnMousePressed(event -> {
            if (event.getButton() != MouseButton.PRIMARY) {
                return;
            }
            event.consume();
            viewport.requestFocus();
            if (event.isShiftDown()) {
                edits.select(nodeId, true);
            } else if (!selection.contains(nodeId)) {
                edits.select(nodeId, false);
            }
            dragStart = new Point2D(event.getSceneX(), event.getSceneY());
            dragging = selection.contains(nodeId) ? Set.copyOf(selection) : Set.of();
        });
        card.setOnMouseDragged(event -> {
            event.consume();
            if (dragStart == null || dragging.isEmpty()) {
                return;
            }
            double dx = (event.getSceneX() - dragStart.getX()) / zoom.get();
            double dy = (event.getSceneY() - dragStart.getY()) / zoom.get();
            Map<String, Position> moved = new HashMap<>();
            for (String id : dragging) {
                journey.get().node(id).ifPresent(n -> moved.put(id,
                        new Position(n.position().x() + dx, n.position().y() + dy)));
            }
            dragOverrides = moved;
            moved.forEach((id, at) -> {
                NodeCard moving = cards.get(id);
                if (moving != null) {
                    moving.relocate(at.x(), at.y());
                }
            });
            drawConnections();
        });
        card.setOnMouseReleased(event -> {
            event.consume();
            if (dragStart == null) {
                return;
            }
            double dx = Math.round((event.getSceneX() - dragStart.getX()) / zoom.get());
            double dy = Math.round((event.getSceneY() - dragStart.getY()) / zoom.get());
            Set<String> moved = dragging;
            dragStart = null;
            dragging = Set.of();
            dragOverrides = Map.of();
            if ((dx != 0 || dy != 0) && !moved.isEmpty()) {
                edits.moveBy(moved, dx, dy);
            }
        });
    }

    /** Press on a port and drag onto a step to connect; a curve follows the pointer meanwhile. */
    private void installPortGestures(Circle dot, String nodeId, String port) {
        dot.setOnMousePressed(event -> {
            event.consume();
            viewport.requestFocus();
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
            Position at = toCanvas(event.getSceneX(), event.getSceneY());
            Optional<String> target = nodeAt(at);
            if (target.isPresent()) {
                if (!target.get().equals(nodeId)) {
                    edits.connect(nodeId, port, target.get());
                }
            } else if (!event.isStillSincePress()) {
                edits.disconnect(nodeId, port);
            }
        });
    }

    private void followPointer(CubicCurve curve, MouseEvent event) {
        Position at = toCanvas(event.getSceneX(), event.getSceneY());
        curve.setEndX(at.x());
        curve.setEndY(at.y());
        curve.setControlX2(at.x());
        curve.setControlY2(at.y() - 40);
    }

    /** The step whose card covers the canvas position, the topmost if several do. */
    private Optional<String> nodeAt(Position at) {
        Journey shown = journey.get();
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

    private HBox zoomControls() {
        Button out = iconButton(new FontIcon(Material2OutlinedMZ.ZOOM_OUT), "Zoom out");
        zoomOutButton = out;
        out.setOnAction(e -> zoomOut());
        Label level = new Label();
        level.getStyleClass().add("journey-zoom-level");
        level.textProperty().bind(zoom.multiply(100).asString("%.0f %%"));
        level.setMinWidth(48);
        level.setAlignment(Pos.CENTER);
        Button in = iconButton(new FontIcon(Material2OutlinedMZ.ZOOM_IN), "Zoom in");
        zoomInButton = in;
        in.setOnAction(e -> zoomIn());
        Button fit = iconButton(new FontIcon(Material2OutlinedAL.CENTER_FOCUS_STRONG), "Fit the journey to the view");
        fitButton = fit;
        fit.setId("journey-fit");
        fit.setOnAction(e -> fit());
        HBox controls = new HBox(2, out, level, in, fit);
        zoomBar = controls;
        controls.getStyleClass().add("journey-zoom-controls");
        controls.setAlignment(Pos.CENTER);
        controls.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(controls, Pos.BOTTOM_RIGHT);
        controls.setTranslateX(-16);
        controls.setTranslateY(-16);
        return controls;
    }

    private static Button iconButton(FontIcon icon, String tip) {
        Button button = new Button(null, icon);
        button.getStyleClass().addAll("button-icon", "flat");
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    private void drawGrid() {
        GraphicsContext g = grid.getGraphicsContext2D();
        double w = grid.getWidth();
        double h = grid.getHeight();
        g.clearRect(0, 0, w, h);
        double step = GRID * zoom.get();
        if (step < 8) {
            return;
        }
        g.setFill(Color.gray(0.5, 0.28));
        double startX = translate.getX() % step;
        double startY = translate.getY() % step;
        double r = Math.max(1, 1.4 * Math.min(1, zoom.get()));
        for (double x = startX; x < w; x += step) {
            for (double y = startY; y < h; y += step) {
                g.fillOval(x - r / 2, y - r / 2, r, r);
            }
        }
    }

    private void rebuild() {
        gestureLayer.getChildren().clear();
        Journey shown = journey.get();
        if (shown == null) {
            cards.clear();
            cardLayer.getChildren().clear();
            edgeLayer.getChildren().clear();
            labelLayer.getChildren().clear();
            portLayer.getChildren().clear();
            drawGrid();
            return;
        }
        Map<String, List<Finding>> byNode = new HashMap<>();
        findings.forEach(f -> f.nodeId().ifPresent(id -> byNode.computeIfAbsent(id, k -> new ArrayList<>()).add(f)));
        Map<String, NodeCard> previous = new HashMap<>(cards);
        cards.clear();
        List<javafx.scene.Node> cardNodes = new ArrayList<>(shown.nodes().size());
        for (JourneyNode node : shown.nodes()) {
            Optional<Severity> worst = worst(byNode.getOrDefault(node.id(), List.of()));
            NodeCard card = previous.get(node.id());
            // A card that looks the same is kept and only moved: an edit redraws what it changed, not every step.
            if (card != null && card.looksLike(node, worst) && card.isEditable() == (edits != null)) {
                card.relocate(node.position().x(), node.position().y());
            } else {
                card = new NodeCard(node, worst);
                card.setEditable(edits != null);
                String id = node.id();
                if (edits != null) {
                    installCardGestures(card, id);
                } else {
                    card.setOnMouseClicked(event -> selectedNode.set(id));
                }
            }
            cards.put(node.id(), card);
            cardNodes.add(card);
        }
        sync(cardLayer, cardNodes);
        drawConnections();
        markSelection();
        markHighlights();
        if (fitPending) {
            fit();
        }
        drawGrid();
    }

    /**
     * Makes the layer's children the wanted nodes, touching as few as it can: a node taken out of the scene graph
     * and put back has its CSS applied again, which is what makes a redraw slow. Nodes that stay keep their place
     * and new ones go on top; within a layer the order does not matter.
     */
    private static void sync(Group layer, List<javafx.scene.Node> wanted) {
        ObservableList<javafx.scene.Node> children = layer.getChildren();
        if (children.equals(wanted)) {
            return;
        }
        Set<javafx.scene.Node> keep = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        keep.addAll(wanted);
        children.removeIf(child -> !keep.contains(child));
        Set<javafx.scene.Node> present = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        present.addAll(children);
        List<javafx.scene.Node> added = wanted.stream().filter(n -> !present.contains(n)).toList();
        if (!added.isEmpty()) {
            children.addAll(added);
        }
    }

    /** How a connection looks; connections that look the same reuse their shapes. */
    private record EdgeLook(double sx, double sy, double tx, double ty, String words, Long passed, long maxPassed,
                            String mark) {
    }

    /** How a port looks. */
    private record PortLook(String nodeId, String port, double x, double y, boolean connected) {
    }

    private Map<EdgeLook, List<javafx.scene.Node>> edgeCache = new HashMap<>();
    private Map<PortLook, Circle> portCache = new HashMap<>();
    private final Tooltip portTip = new Tooltip();

    /** The position a step is drawn at: where it is being dragged to, or where it is. */
    private Position at(JourneyNode node) {
        Position dragged = dragOverrides.get(node.id());
        return dragged != null ? dragged : node.position();
    }

    /** Connections, their labels, flow badges and, when editable, the ports: everything that follows the cards. */
    private void drawConnections() {
        Journey shown = journey.get();
        Map<String, JourneyNode> nodes = new HashMap<>();
        shown.nodes().forEach(n -> nodes.put(n.id(), n));
        Map<String, List<Edge>> outgoing = new HashMap<>();
        for (Edge edge : shown.edges()) {
            if (nodes.containsKey(edge.to())) {
                outgoing.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge);
            }
        }
        Map<EdgeLook, List<javafx.scene.Node>> edgesNow = new HashMap<>();
        Map<PortLook, Circle> portsNow = new HashMap<>();
        List<javafx.scene.Node> edgeShapes = new ArrayList<>();
        List<javafx.scene.Node> labels = new ArrayList<>();
        List<javafx.scene.Node> ports = new ArrayList<>();
        long maxPassed = flowPassed.values().stream().mapToLong(Long::longValue).max().orElse(0);
        for (JourneyNode node : shown.nodes()) {
            Position from = at(node);
            List<Edge> out = new ArrayList<>(outgoing.getOrDefault(node.id(), List.of()));
            List<String> portOrder = edits == null ? node.outputPorts() : portsByTarget(node, out, nodes);
            if (edits == null) {
                // Ports are spread along the bottom edge in the order of their targets, so curves do not cross.
                out.sort(Comparator.comparingDouble(e -> at(nodes.get(e.to())).x()));
            }
            for (int i = 0; i < out.size(); i++) {
                Edge edge = out.get(i);
                JourneyNode target = nodes.get(edge.to());
                // When editing, a connection leaves from its port's dot, so what is dragged is what is drawn.
                double slot = edits == null ? (i + 1.0) / (out.size() + 1)
                        : (Math.max(0, portOrder.indexOf(edge.port())) + 1.0) / (portOrder.size() + 1);
                double sx = from.x() + NodeCard.WIDTH * slot;
                double sy = from.y() + NodeCard.HEIGHT;
                double tx = at(target).x() + NodeCard.WIDTH / 2;
                double ty = at(target).y();
                Long passed = flowShown ? flowPassed.get(edge) : null;
                Optional<String> words = portLabel(node, edge.port());
                String mark = highlights.edge(edge).map(CanvasHighlights::styleClass).orElse(null);
                EdgeLook look = new EdgeLook(sx, sy, tx, ty, words.orElse(null), passed, passed == null ? 0 : maxPassed,
                        mark);
                List<javafx.scene.Node> drawn = edgeCache.remove(look);
                if (drawn == null) {
                    drawn = new ArrayList<>(curve(sx, sy, tx, ty));
                    if (mark != null) {
                        drawn.get(0).getStyleClass().add(mark);
                        drawn.get(1).getStyleClass().add(mark);
                        drawn.get(0).setId("edge-" + edge.from() + "-" + edge.port() + "-" + edge.to());
                    }
                    if (passed != null) {
                        flowStroke(drawn, passed, maxPassed);
                    }
                    double mx = 0.5 * sx + 0.5 * tx;
                    double my = 0.5 * sy + 0.5 * (ty - 8);
                    if (passed != null) {
                        // One pill per connection: its path's words, if any, then the customers who passed along it.
                        drawn.add(flowLabel(words.map(w -> w + " · ").orElse("") + count(passed), passed, mx, my));
                    } else if (words.isPresent()) {
                        drawn.add(label(words.get(), mx, my));
                    }
                }
                if (edgesNow.putIfAbsent(look, drawn) != null) {
                    edgesNow.put(new EdgeLook(sx, sy, tx, ty, edge.describe(), passed, maxPassed, mark), drawn);
                }
                edgeShapes.add(drawn.get(0));
                edgeShapes.add(drawn.get(1));
                if (drawn.size() > 2) {
                    labels.add(drawn.get(2));
                }
            }
            if (edits != null) {
                for (int p = 0; p < portOrder.size(); p++) {
                    String port = portOrder.get(p);
                    boolean connected = out.stream().anyMatch(e -> e.port().equals(port));
                    PortLook look = new PortLook(node.id(), port,
                            from.x() + NodeCard.WIDTH * (p + 1.0) / (portOrder.size() + 1), from.y() + NodeCard.HEIGHT,
                            connected);
                    Circle dot = portCache.remove(look);
                    if (dot == null) {
                        dot = port(node, port, look);
                    }
                    portsNow.put(look, dot);
                    ports.add(dot);
                }
            }
        }
        if (flowShown) {
            for (JourneyNode node : shown.nodes()) {
                Long entered = flowEntered.get(node.id());
                if (entered != null) {
                    labels.add(flowBadge(entered, node.position().x() + NodeCard.WIDTH, node.position().y(),
                            node instanceof JourneyNode.Entry));
                }
                long reachedGoal = flowGoalExits.getOrDefault(node.id(), 0L);
                if (reachedGoal > 0) {
                    labels.add(goalBadge(reachedGoal, node.position().x() + NodeCard.WIDTH,
                            node.position().y() + NodeCard.HEIGHT));
                }
            }
        }
        if (!highlights.isEmpty()) {
            for (JourneyNode node : shown.nodes()) {
                highlights.step(node.id()).ifPresent(change -> labels.add(diffMark(node.id(), change, at(node))));
            }
        }
        edgeCache = edgesNow;
        portCache = portsNow;
        sync(edgeLayer, edgeShapes);
        sync(labelLayer, labels);
        sync(portLayer, ports);
    }

    /**
     * The step's ports left to right as drawn when editing: the connected ports take their own slots in the order
     * of the steps they lead to, so no two connections from one step cross (a wait's "purchase" and "no purchase");
     * a port without a connection keeps its slot.
     */
    private List<String> portsByTarget(JourneyNode node, List<Edge> out, Map<String, JourneyNode> nodes) {
        List<String> ports = new ArrayList<>(node.outputPorts());
        Map<String, Double> targetX = new HashMap<>();
        for (Edge edge : out) {
            targetX.putIfAbsent(edge.port(), at(nodes.get(edge.to())).x());
        }
        List<Integer> slots = new ArrayList<>();
        List<String> connected = new ArrayList<>();
        for (int i = 0; i < ports.size(); i++) {
            if (targetX.containsKey(ports.get(i))) {
                slots.add(i);
                connected.add(ports.get(i));
            }
        }
        connected.sort(Comparator.comparingDouble(targetX::get));
        for (int i = 0; i < slots.size(); i++) {
            ports.set(slots.get(i), connected.get(i));
        }
        return ports;
    }

    private Circle port(JourneyNode node, String port, PortLook look) {
        Circle dot = new Circle(look.x(), look.y(), 5);
        dot.getStyleClass().add("journey-port");
        if (!look.connected()) {
            dot.getStyleClass().add("open");
        }
        dot.setId("port-" + node.id() + "-" + port);
        // One tooltip for every port, worded on entry: hundreds of tooltips would slow every redraw.
        String words = portLabel(node, port).orElse("Next step") + (look.connected() ? "" : " — not connected")
                + (look.connected() ? "\nDrag onto a step to reconnect, onto empty canvas to disconnect"
                : "\nDrag onto a step to connect");
        dot.setOnMouseEntered(event -> portTip.setText(words));
        Tooltip.install(dot, portTip);
        installPortGestures(dot, node.id(), port);
        return dot;
    }

    /** A pill over the step's top-left corner saying how it differs from the other version. */
    private static Label diffMark(String nodeId, JourneyStructureDiff.StepChange change, Position at) {
        Label mark = new Label(CanvasHighlights.word(change));
        mark.getStyleClass().addAll("journey-diff-mark", CanvasHighlights.styleClass(change));
        mark.setId("diff-mark-" + nodeId);
        mark.setMouseTransparent(true);
        mark.setLayoutX(at.x() + 10);
        mark.setLayoutY(at.y() - 10);
        return mark;
    }

    private void markHighlights() {
        cards.forEach((id, card) -> {
            String wanted = highlights.step(id).map(CanvasHighlights::styleClass).orElse(null);
            for (JourneyStructureDiff.StepChange kind : JourneyStructureDiff.StepChange.values()) {
                String style = CanvasHighlights.styleClass(kind);
                boolean has = card.getStyleClass().contains(style);
                if (style.equals(wanted) && !has) {
                    card.getStyleClass().add(style);
                } else if (!style.equals(wanted) && has) {
                    card.getStyleClass().remove(style);
                }
            }
        });
    }

    private static Optional<Severity> worst(List<Finding> found) {
        return found.stream().map(Finding::severity).min(Comparator.naturalOrder());
    }

    private void markSelection() {
        // Only cards whose state changes are touched: a style class change makes the card's CSS apply again.
        cards.forEach((id, card) -> {
            boolean selected = id.equals(selectedNode.get()) || selection.contains(id);
            if (selected != card.getStyleClass().contains("selected")) {
                if (selected) {
                    card.getStyleClass().add("selected");
                } else {
                    card.getStyleClass().remove("selected");
                }
            }
        });
    }

    /** A curve leaving downwards from the source port and arriving downwards at the target's top, with an arrowhead. */
    private static List<javafx.scene.Node> curve(double sx, double sy, double tx, double ty) {
        double arrow = 8;
        double endY = ty - arrow;
        double bend = Math.max(28, Math.abs(endY - sy) / 2);
        CubicCurve curve = new CubicCurve(sx, sy, sx, sy + bend, tx, endY - bend, tx, endY);
        curve.getStyleClass().add("journey-edge");
        curve.setFill(null);
        Polygon head = new Polygon(tx, ty, tx - 5, ty - arrow, tx + 5, ty - arrow);
        head.getStyleClass().add("journey-arrow");
        return List.of(curve, head);
    }

    /** The stroke of a connection carrying {@code passed} customers, at most {@code max} on any connection. */
    static double flowWidth(long passed, long max) {
        if (passed <= 0 || max <= 0) {
            return 1.2;
        }
        return 2 + 12 * (double) passed / max;
    }

    private static void flowStroke(List<javafx.scene.Node> shapes, long passed, long max) {
        double width = flowWidth(passed, max);
        CubicCurve curve = (CubicCurve) shapes.get(0);
        curve.getStyleClass().add("journey-flow-edge");
        if (passed <= 0) {
            curve.setStyle("-fx-stroke: -color-fg-subtle; -fx-stroke-width: 1.2; -fx-stroke-dash-array: 4 4;");
        } else {
            curve.setStyle("-fx-stroke: -color-accent-emphasis; -fx-opacity: 0.55; -fx-stroke-width: "
                    + String.format(Locale.ROOT, "%.2f", width) + "; -fx-stroke-line-cap: butt;");
            // The arrowhead widens with the stroke so the flow ends in a point, not a blunt band.
            Polygon head = (Polygon) shapes.get(1);
            double tx = head.getPoints().get(0);
            double ty = head.getPoints().get(1);
            double half = Math.max(5, width * 0.8);
            head.getPoints().setAll(tx, ty, tx - half, ty - 8, tx + half, ty - 8);
            head.setStyle("-fx-fill: -color-accent-emphasis; -fx-opacity: 0.7;");
            head.getStyleClass().add("journey-flow-arrow");
        }
    }

    private static Label flowLabel(String text, long passed, double mx, double my) {
        Label label = label(text, mx, my);
        label.getStyleClass().add("journey-flow-count");
        label.setStyle("-fx-text-fill: -color-accent-fg; -fx-border-color: -color-accent-muted; -fx-font-weight: bold;");
        label.setTooltip(new Tooltip(count(passed) + " passed along this connection"));
        return label;
    }

    /** A badge over the step's bottom-right corner with the customers who reached the goal while at the step. */
    private static HBox goalBadge(long reachedGoal, double right, double bottom) {
        HBox badge = pill(new FontIcon(Material2OutlinedAL.FLAG), count(reachedGoal) + " goal",
                "-color-success-emphasis", count(reachedGoal) + " reached the goal here and left the journey", right,
                bottom);
        badge.getStyleClass().add("journey-flow-goal");
        return badge;
    }

    /**
     * A badge over the step's top-right corner with the entries into it; on the entry step they are entries, so a
     * customer who entered twice counts twice (the Simulation section's tile counts customers).
     */
    private static HBox flowBadge(long entered, double right, double top, boolean entryStep) {
        HBox badge = pill(new FontIcon(Material2OutlinedMZ.PERSON), count(entered), "-color-accent-emphasis",
                entryStep ? count(entered) + " entries into the journey, re-entries included"
                        : count(entered) + " entered this step", right, top);
        badge.getStyleClass().add("journey-flow-badge");
        return badge;
    }

    /** A round badge of an icon and a figure, centred on {@code y}, its right end just past {@code right}. */
    private static HBox pill(FontIcon icon, String text, String background, String tooltip, double right, double y) {
        icon.setIconSize(13);
        icon.setIconColor(Color.WHITE);
        Label figure = new Label(text);
        figure.setStyle("-fx-text-fill: -color-fg-emphasis; -fx-font-size: 0.8em; -fx-font-weight: bold;");
        HBox badge = new HBox(4, icon, figure);
        badge.setAlignment(Pos.CENTER);
        badge.setStyle("-fx-background-color: " + background + "; -fx-background-radius: 999;"
                + " -fx-padding: 2 9 2 7; -fx-effect: dropshadow(gaussian, rgba(0, 0, 0, 0.18), 6, 0, 0, 1);");
        Tooltip.install(badge, new Tooltip(tooltip));
        badge.setLayoutY(y - 11);
        badge.layoutBoundsProperty().addListener((observable, before, bounds) ->
                badge.setLayoutX(right - bounds.getWidth() + 8));
        return badge;
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static Label label(String text, double sx, double sy) {
        Label label = new Label(text);
        label.getStyleClass().add("journey-edge-label");
        label.setLayoutY(sy - 9);
        label.layoutBoundsProperty().addListener((observable, before, bounds) ->
                label.setLayoutX(sx - bounds.getWidth() / 2));
        return label;
    }

    /** The words on a connection leaving a port; none for a step's single way on. */
    static Optional<String> portLabel(JourneyNode node, String port) {
        if (node instanceof JourneyNode.ConditionSplit split) {
            if (port.equals(JourneyNode.ELSE)) {
                return Optional.of("Everyone else");
            }
            return split.branches().stream().filter(b -> b.id().equals(port)).findFirst()
                    .map(b -> b.label().isBlank() ? b.id() : b.label());
        }
        if (node instanceof JourneyNode.RandomSplit split) {
            return split.paths().stream().filter(p -> p.id().equals(port)).findFirst()
                    .map(p -> (p.label().isBlank() ? p.id() : p.label()) + " · " + NumberText.format(p.weight()) + " %");
        }
        if (node instanceof JourneyNode.Wait wait && wait.untilEvent().isPresent()) {
            return Optional.of(port.equals(JourneyNode.EVENT) ? "✓ " + wait.untilEvent().get() : "No " + wait.untilEvent().get());
        }
        if (node instanceof JourneyNode.NextBestAction && port.equals(JourneyNode.NONE)) {
            return Optional.of("Nothing eligible");
        }
        return Optional.empty();
    }
}
