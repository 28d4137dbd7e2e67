package com.retailstudio.designer.ui;

import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.Position;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.css.PseudoClass;
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
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The journey canvas's window onto the drawing: the clipped viewport with its dotted grid, the zoom and pan that map
 * canvas positions to it, fitting the journey, and the zoom buttons over its bottom right.
 */
final class CanvasViewport {
    private static final double MIN_ZOOM = 0.25;
    private static final double MAX_ZOOM = 2.5;
    private static final double MARGIN = 28;
    private static final double GRID = 24;
    /** Space kept between the last step and the zoom buttons after a fit. */
    private static final double ZOOM_BAR_GAP = 8;
    /** Zoomed far out: the cards' small print is hidden (see journeys.css). */
    private static final PseudoClass FAR = PseudoClass.getPseudoClass("far");

    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final Canvas grid = new Canvas();
    private final Pane content = new Pane();
    private final Pane viewport = new Pane();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Translate translate = new Translate();
    private final Button zoomOutButton = iconButton(Material2OutlinedMZ.ZOOM_OUT, "Zoom out");
    private final Button zoomInButton = iconButton(Material2OutlinedMZ.ZOOM_IN, "Zoom in");
    private final Button fitButton = iconButton(Material2OutlinedAL.CENTER_FOCUS_STRONG, "Fit the journey to the view");
    /** The zoom buttons over the bottom right of the view. */
    private final HBox zoomBar;
    private boolean fitPending = true;
    /** Whether the view is as the last fit left it: then a resized view (a resized window) is fitted again. */
    private boolean fitted;

    CanvasViewport() {
        content.getTransforms().addAll(translate, scale);
        content.setManaged(false);
        content.getStyleClass().add("journey-canvas-content");
        viewport.getChildren().addAll(grid, content);
        viewport.getStyleClass().add("journey-canvas-viewport");
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(viewport.widthProperty());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        viewport.setMinSize(0, 0);
        grid.widthProperty().bind(viewport.widthProperty());
        grid.heightProperty().bind(viewport.heightProperty());
        scale.xProperty().bind(zoom);
        scale.yProperty().bind(zoom);
        zoomBar = zoomControls();
        zoom.addListener((observable, before, value) -> {
            drawGrid();
            // Far out, the cards' small print is too small to read: hidden, the journey reads as its titles and draws
            // faster. The state changes only when the threshold is crossed, as it restyles every card.
            content.pseudoClassStateChanged(FAR, value.doubleValue() < JourneyCanvasView.FAR_ZOOM);
        });
        translate.xProperty().addListener((observable, before, value) -> drawGrid());
        translate.yProperty().addListener((observable, before, value) -> drawGrid());
    }

    /** The clipped pane the drawing is shown in; gestures are installed on it. */
    Pane pane() {
        return viewport;
    }

    /** The zoomed and panned pane the layers of the drawing go in. */
    Pane content() {
        return content;
    }

    HBox zoomBar() {
        return zoomBar;
    }

    DoubleProperty zoomProperty() {
        return zoom;
    }

    double zoom() {
        return zoom.get();
    }

    double translateX() {
        return translate.getX();
    }

    double translateY() {
        return translate.getY();
    }

    /** Whether the next drawing fits the journey (another journey was shown, and the user has not moved since). */
    boolean fitPending() {
        return fitPending;
    }

    void requestFit() {
        fitPending = true;
    }

    /** The editor has keyboard shortcuts for zooming and fitting; a read-only canvas does not. */
    void sayShortcuts(boolean shown) {
        zoomOutButton.getTooltip().setText(shown ? "Zoom out (Ctrl+-)" : "Zoom out");
        zoomInButton.getTooltip().setText(shown ? "Zoom in (Ctrl+=)" : "Zoom in");
        fitButton.getTooltip().setText(shown ? "Fit the journey to the view (Ctrl+0)" : "Fit the journey to the view");
    }

    /** Pans by (dx, dy) pixels; the view is the user's from now on, no longer refitted. */
    void panBy(double dx, double dy) {
        panTo(translate.getX() + dx, translate.getY() + dy);
    }

    /** Pans so that canvas origin sits at (x, y) of the viewport. */
    void panTo(double x, double y) {
        translate.setX(x);
        translate.setY(y);
        userMoved();
    }

    /** Zooms by a factor keeping the canvas point under (x, y) of the viewport in place. */
    void zoomAt(double factor, double x, double y) {
        double before = zoom.get();
        double after = clamp(before * factor);
        double worldX = (x - translate.getX()) / before;
        double worldY = (y - translate.getY()) / before;
        zoom.set(after);
        translate.setX(x - worldX * after);
        translate.setY(y - worldY * after);
        userMoved();
    }

    /** Zooms in one step around the middle of the view. */
    void zoomIn() {
        zoomAt(1.2, viewport.getWidth() / 2, viewport.getHeight() / 2);
    }

    /** Zooms out one step around the middle of the view. */
    void zoomOut() {
        zoomAt(1 / 1.2, viewport.getWidth() / 2, viewport.getHeight() / 2);
    }

    private void userMoved() {
        fitPending = false;
        fitted = false;
    }

    /** The canvas position under a point of the scene. */
    Position toCanvas(double sceneX, double sceneY) {
        Point2D local = viewport.sceneToLocal(sceneX, sceneY);
        return new Position((local.getX() - translate.getX()) / zoom.get(),
                (local.getY() - translate.getY()) / zoom.get());
    }

    /** The canvas position at the middle of the view. */
    Position centre() {
        return new Position((viewport.getWidth() / 2 - translate.getX()) / zoom.get(),
                (viewport.getHeight() / 2 - translate.getY()) / zoom.get());
    }

    /** Whether the scene point is over the visible canvas. */
    boolean showsScenePoint(double sceneX, double sceneY) {
        Point2D local = viewport.sceneToLocal(sceneX, sceneY);
        return local != null && local.getX() >= 0 && local.getY() >= 0 && local.getX() <= viewport.getWidth()
                && local.getY() <= viewport.getHeight();
    }

    /** Pans the card at the position to the middle when none of it is in view. */
    void reveal(Position position) {
        double width = viewport.getWidth();
        double height = viewport.getHeight();
        if (width <= 0 || height <= 0 || fitPending) {
            return;
        }
        double z = zoom.get();
        double left = position.x() * z + translate.getX();
        double top = position.y() * z + translate.getY();
        double right = left + NodeCard.WIDTH * z;
        double bottom = top + NodeCard.HEIGHT * z;
        // Only a card wholly out of view: one partly in view may be under the pointer, about to be dragged.
        if (right < 0 || bottom < 0 || left > width || top > height) {
            translate.setX(width / 2 - (position.x() + NodeCard.WIDTH / 2) * z);
            translate.setY(height / 2 - (position.y() + NodeCard.HEIGHT / 2) * z);
            fitted = false;
        }
    }

    /**
     * Zooms and pans so the whole journey fits the view, at most at 100 %, below {@code topSpace} (a legend over the
     * top of the view) and above the zoom buttons.
     */
    void fit(Journey shown, double topSpace) {
        double width = viewport.getWidth();
        double height = viewport.getHeight();
        if (shown == null || shown.nodes().isEmpty() || width <= 0 || height <= 0) {
            return;
        }
        double minX = shown.nodes().stream().mapToDouble(n -> n.position().x()).min().orElse(0) - MARGIN;
        double minY = shown.nodes().stream().mapToDouble(n -> n.position().y()).min().orElse(0) - MARGIN;
        double maxX = shown.nodes().stream().mapToDouble(n -> n.position().x()).max().orElse(0) + NodeCard.WIDTH + MARGIN;
        double maxY = shown.nodes().stream().mapToDouble(n -> n.position().y()).max().orElse(0) + NodeCard.HEIGHT + MARGIN;
        // the zoom buttons sit over the view's foot: the journey fits above them, its last step never under them
        double zoomSpace = zoomBar.prefHeight(-1) - zoomBar.getTranslateY() + ZOOM_BAR_GAP;
        height = Math.max(1, height - topSpace - zoomSpace);
        double z = clamp(Math.min(1, Math.min(width / (maxX - minX), height / (maxY - minY))));
        zoom.set(z);
        translate.setX((width - (maxX - minX) * z) / 2 - minX * z);
        translate.setY(topSpace + (height - (maxY - minY) * z) / 2 - minY * z);
        fitPending = false;
        fitted = true;
    }

    /** Whether a resized view is fitted again: the user has not zoomed or panned since the last fit. */
    boolean refitsWhenResized() {
        return fitPending || fitted;
    }

    private static double clamp(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }

    private HBox zoomControls() {
        Label level = new Label();
        level.getStyleClass().add("journey-zoom-level");
        level.textProperty().bind(zoom.multiply(100).asString("%.0f %%"));
        level.setMinWidth(48);
        level.setAlignment(Pos.CENTER);
        fitButton.setId("journey-fit");
        HBox controls = new HBox(2, zoomOutButton, level, zoomInButton, fitButton);
        controls.getStyleClass().add("journey-zoom-controls");
        controls.setAlignment(Pos.CENTER);
        controls.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(controls, Pos.BOTTOM_RIGHT);
        controls.setTranslateX(-16);
        controls.setTranslateY(-16);
        return controls;
    }

    /** The zoom buttons' actions, which belong to the canvas (a fit needs the journey). */
    void onZoomButtons(Runnable zoomOut, Runnable zoomIn, Runnable fit) {
        zoomOutButton.setOnAction(e -> zoomOut.run());
        zoomInButton.setOnAction(e -> zoomIn.run());
        fitButton.setOnAction(e -> fit.run());
    }

    private static Button iconButton(Ikon icon, String tip) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll("button-icon", "flat");
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    void drawGrid() {
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
}
