package com.retailstudio.app.ui.shell;

import com.retailstudio.designer.ui.JourneyCanvasView;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

/**
 * What "fits the window" means for the size tests: the status bar whole, each control of the section inside the
 * window or inside a scroll area that itself is (and can scroll to it), and no label cut short to "…" although its
 * whole text is narrower than the window. Call on the JavaFX thread.
 */
final class WindowFit {

    /** Half a pixel either way for sub-pixel layout. */
    private static final double TOLERANCE = 0.5;

    private WindowFit() {
    }

    static List<String> problems(Scene scene, List<String> essential) {
        List<String> problems = new ArrayList<>();
        Node statusBar = scene.lookup(".status-bar");
        if (statusBar == null || !SectionSizesUiTest.isShown(statusBar) || !inside(scene, statusBar)) {
            problems.add("the status bar is not whole in the window: "
                    + (statusBar == null ? "missing" : SectionSizesUiTest.sceneBounds(statusBar)));
        }
        Node user = scene.lookup("#status-user");
        checkEllipsis(scene, user, problems);
        for (String id : essential) {
            Node node = scene.lookup(id);
            if (node == null || !SectionSizesUiTest.isShown(node)) {
                problems.add(id + " is not shown");
            } else if (!reachable(scene, node)) {
                problems.add(id + " is cut off at " + SectionSizesUiTest.sceneBounds(node));
            }
        }
        Node content = scene.lookup(".section-content");
        visit(scene, content, problems);
        return problems;
    }

    private static void visit(Scene scene, Node node, List<String> problems) {
        if (!node.isVisible() || node instanceof IndexedCell<?> || node instanceof ScrollBar) {
            return;
        }
        if (node instanceof JourneyCanvasView canvas) {
            // Its cards are a drawing the user pans and zooms; zoomed far out their titles are shortened on purpose.
            if (!reachable(scene, canvas)) {
                problems.add(describe(canvas) + " is cut off at " + SectionSizesUiTest.sceneBounds(canvas));
            }
            return;
        }
        if (node.getStyleClass().contains("column-header")) {
            // A table's column headers share the width the user gives each column, as its cells do.
            return;
        }
        if (node instanceof Control control && control.getWidth() > 0 && control.getHeight() > 0) {
            if (!reachable(scene, control)) {
                // What is inside a control cut off is cut off with it: one line says so.
                problems.add(describe(control) + " is cut off at " + SectionSizesUiTest.sceneBounds(control));
                return;
            }
            checkEllipsis(scene, control, problems);
        }
        if (node instanceof Parent parent && !isLeafControl(node)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(scene, child, problems);
            }
        }
    }

    /** Controls whose insides (an editor, an arrow button, a popup's label) are theirs alone. */
    private static boolean isLeafControl(Node node) {
        return node instanceof ComboBoxBase<?> || node instanceof TextInputControl || node instanceof ButtonBase
                || node instanceof Labeled || node instanceof Spinner<?> || node instanceof Slider;
    }

    private static void checkEllipsis(Scene scene, Node node, List<String> problems) {
        if (!(node instanceof Labeled labeled) || labeled.getText() == null || labeled.getText().isBlank()) {
            return;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            // The label's own text node: its graphic may be a Text too (an icon font).
            if (child instanceof Text shown && shown.getStyleClass().contains("text")
                    && !labeled.getText().equals(shown.getText())
                    && shown.getText().contains(labeled.getEllipsisString())) {
                Text whole = new Text(labeled.getText());
                whole.setFont(labeled.getFont());
                double width = whole.getLayoutBounds().getWidth();
                if (width < scene.getWidth()) {
                    problems.add(describe(labeled) + " shows \"" + shown.getText() + "\" for \""
                            + labeled.getText() + "\" (" + Math.round(width) + " px wide)");
                }
            }
        }
    }

    /**
     * Whether the node is inside the window, or inside a scroll area (a scroll pane, a list's or table's rows, a
     * canvas the user pans) that is itself reachable.
     */
    private static boolean reachable(Scene scene, Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane pane) {
                return scrollsTo(pane, node) && reachable(scene, pane);
            }
            if (up instanceof SectionViewport viewport) {
                return viewportReaches(viewport, node) && reachable(scene, viewport);
            }
            if (up instanceof JourneyCanvasView) {
                // Steps beyond the canvas's edge are reached by panning, as on any canvas.
                return reachable(scene, up);
            }
            if (up instanceof VirtualFlow<?> || up.getStyleClass().contains("tab-header-area")) {
                return reachable(scene, up);
            }
        }
        return inside(scene, node);
    }

    /** The section area reaches what lies inside the section, with a bar in each direction it is cut. */
    private static boolean viewportReaches(SectionViewport viewport, Node node) {
        Bounds area = viewport.localToScene(viewport.getLayoutBounds());
        Bounds bounds = SectionSizesUiTest.sceneBounds(node);
        boolean cutAcross = bounds.getMinX() < area.getMinX() - TOLERANCE
                || bounds.getMaxX() > area.getMaxX() + TOLERANCE;
        boolean cutDown = bounds.getMinY() < area.getMinY() - TOLERANCE
                || bounds.getMaxY() > area.getMaxY() + TOLERANCE;
        return (!cutAcross || viewport.horizontalBar().isVisible())
                && (!cutDown || viewport.verticalBar().isVisible());
    }

    /** A scroll pane reaches what is inside its content in each direction where its bar is allowed or it fits. */
    private static boolean scrollsTo(ScrollPane pane, Node node) {
        Node content = pane.getContent();
        if (content == null) {
            return false;
        }
        Bounds viewport = pane.getViewportBounds();
        Bounds all = content.getLayoutBounds();
        boolean wide = all.getWidth() > viewport.getWidth() + TOLERANCE;
        boolean tall = all.getHeight() > viewport.getHeight() + TOLERANCE;
        return (!wide || pane.getHbarPolicy() != ScrollPane.ScrollBarPolicy.NEVER)
                && (!tall || pane.getVbarPolicy() != ScrollPane.ScrollBarPolicy.NEVER);
    }

    private static boolean inside(Scene scene, Node node) {
        Bounds bounds = SectionSizesUiTest.sceneBounds(node);
        return bounds.getMinX() >= -TOLERANCE && bounds.getMinY() >= -TOLERANCE
                && bounds.getMaxX() <= scene.getWidth() + TOLERANCE
                && bounds.getMaxY() <= scene.getHeight() + TOLERANCE;
    }

    private static String describe(Node node) {
        String name = node.getClass().getSimpleName();
        if (node.getId() != null) {
            name += " #" + node.getId();
        }
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            String text = labeled.getText().replace('\n', ' ');
            name += " \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
        }
        return name;
    }
}
