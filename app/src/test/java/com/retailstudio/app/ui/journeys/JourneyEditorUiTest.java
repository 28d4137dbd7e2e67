package com.retailstudio.app.ui.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.ui.MainWindowOnWorkspace;
import com.retailstudio.app.ui.UiTestSupport;
import com.retailstudio.app.ui.shell.Section;
import com.retailstudio.app.ui.shell.Theme;
import com.retailstudio.designer.library.LibraryEntry;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.ui.JourneyCanvasView;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The journey editor in the real main window: a journey built with the mouse, undone, redone and found again. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class JourneyEditorUiTest {

    private MainWindowOnWorkspace window;

    @Start
    void start(Stage stage) throws Exception {
        window = MainWindowOnWorkspace.openQuietlyAs("ana", stage,
                Files.createTempDirectory("retail-studio-editor-test"), UiTestSupport.silentUser(), Section.JOURNEYS);
    }

    @AfterEach
    void closeWorkspace() {
        window.close();
    }

    private JourneyCanvasView canvas(FxRobot robot) {
        return robot.lookup("#journey-canvas").queryAs(JourneyCanvasView.class);
    }

    private Journey journey(FxRobot robot) {
        return canvas(robot).journeyProperty().get();
    }

    private static Point2D centre(Node node) {
        Bounds bounds = node.localToScreen(node.getBoundsInLocal());
        return new Point2D(bounds.getCenterX(), bounds.getCenterY());
    }

    private static void shortcut(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        List<KeyCode> release = new ArrayList<>(List.of(keys));
        Collections.reverse(release);
        robot.release(release.toArray(KeyCode[]::new));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aJourneyBuiltWithTheMouseIsUndoneRedoneAndFoundAfterReopeningTheWorkspace(FxRobot robot) throws Exception {
        // An empty library offers the templates.
        assertTrue(robot.lookup("#journey-start").query().isVisible());
        window.screenshot(robot, "journeys-editor-empty.png");

        robot.clickOn("#journey-start-cart-abandonment");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("cart-abandonment", journey(robot).id());
        assertFalse(robot.lookup("#journey-start").query().isVisible());
        int steps = journey(robot).nodes().size();

        // Zoom out to make room, then drag a Wait from the palette to an empty spot near the top left corner.
        JourneyCanvasView canvas = canvas(robot);
        Bounds area = canvas.localToScreen(canvas.getBoundsInLocal());
        robot.clickOn(new Point2D(area.getMinX() + 20, area.getMinY() + 20));
        double zoom = canvas.zoomProperty().get();
        shortcut(robot, KeyCode.CONTROL, KeyCode.MINUS);
        shortcut(robot, KeyCode.CONTROL, KeyCode.MINUS);
        assertTrue(canvas.zoomProperty().get() < zoom * 0.75, "Ctrl+- zooms out");
        Point2D drop = new Point2D(area.getMinX() + 100, area.getMinY() + 50);
        robot.drag("#palette-wait", MouseButton.PRIMARY).moveTo(drop).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Journey added = journey(robot);
        assertEquals(steps + 1, added.nodes().size());
        JourneyNode wait = added.node("wait-1").orElseThrow();
        assertTrue(wait instanceof JourneyNode.Wait);
        assertEquals(Set.of("wait-1"), canvas.selection(), "the new step is selected");

        // Connect its way on to the "No purchase" exit by dragging from its port onto that step.
        robot.drag(centre(robot.lookup("#port-wait-1-next").query()), MouseButton.PRIMARY)
                .moveTo(centre(robot.lookup("#node-no-purchase").query())).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Edge connection = new Edge("wait-1", "next", "no-purchase");
        assertTrue(journey(robot).edges().contains(connection), journey(robot).edges().toString());

        // Move it by dragging its card.
        Point2D card = centre(robot.lookup("#node-wait-1").query());
        robot.drag(card, MouseButton.PRIMARY).moveBy(40, 20).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        JourneyNode moved = journey(robot).node("wait-1").orElseThrow();
        assertTrue(moved.position().x() > wait.position().x() && moved.position().y() > wait.position().y(),
                wait.position() + " → " + moved.position());

        // Undo the move and the connection, then redo both.
        robot.clickOn(centre(robot.lookup("#node-wait-1").query()));
        shortcut(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals(wait.position(), journey(robot).node("wait-1").orElseThrow().position());
        shortcut(robot, KeyCode.CONTROL, KeyCode.Z);
        assertFalse(journey(robot).edges().contains(connection));
        shortcut(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertTrue(journey(robot).edges().contains(connection));
        shortcut(robot, KeyCode.CONTROL, KeyCode.Y);
        assertEquals(moved.position(), journey(robot).node("wait-1").orElseThrow().position());

        // The arrow keys nudge the selection.
        shortcut(robot, KeyCode.RIGHT);
        assertEquals(moved.position().x() + 8, journey(robot).node("wait-1").orElseThrow().position().x());
        shortcut(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals(moved.position(), journey(robot).node("wait-1").orElseThrow().position());

        // Dragging the connected port onto empty canvas disconnects it; undo brings the connection back.
        robot.drag(centre(robot.lookup("#port-wait-1-next").query()), MouseButton.PRIMARY)
                .moveTo(new Point2D(area.getMinX() + 30, area.getMaxY() - 30)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(journey(robot).edges().contains(connection));
        shortcut(robot, KeyCode.CONTROL, KeyCode.Z);
        assertTrue(journey(robot).edges().contains(connection));

        // Copy and paste it with the keyboard, then delete the copy.
        shortcut(robot, KeyCode.CONTROL, KeyCode.C);
        shortcut(robot, KeyCode.CONTROL, KeyCode.V);
        assertTrue(journey(robot).node("wait-2").isPresent());
        assertEquals(Set.of("wait-2"), canvas.selection());
        shortcut(robot, KeyCode.DELETE);
        assertFalse(journey(robot).node("wait-2").isPresent());

        // The lint panel follows the edits: the new step is reachable from nowhere.
        assertTrue(robot.lookup(".lint-panel-summary").queryAs(Label.class).getText().contains("error"));
        robot.interact(() -> canvas.selectedNodeProperty().set("wait-1"));
        window.screenshot(robot, "journeys-editor-light.png");
        robot.interact(() -> window.shell().themeProperty().set(Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        window.screenshot(robot, "journeys-editor-dark.png");
        robot.interact(() -> window.shell().themeProperty().set(Theme.LIGHT));

        // Close the workspace and open it again: the draft holds every edit.
        Journey edited = journey(robot);
        robot.interact(window::reopen);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> library = robot.lookup("#journey-library").queryAs(ListView.class);
        assertEquals(1, library.getItems().size());
        assertEquals("cart-abandonment", ((LibraryEntry) library.getItems().get(0)).id());
        assertEquals(edited, journey(robot));
        assertTrue(journey(robot).edges().contains(connection));
        window.screenshot(robot, "journeys-editor-reopened.png");
    }
}
