package com.retailstudio.designer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Position;
import java.util.Collection;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor's canvas is the page: the plain wheel pans it and Ctrl + wheel zooms around the pointer, never both.
 * (A read-only canvas leaves the plain wheel to its page: {@code SimulationViewUiTest} in the simulator.)
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class CanvasWheelUiTest {

    private JourneyCanvasView canvas;

    @Start
    void start(Stage stage) {
        canvas = new JourneyCanvasView();
        canvas.journeyProperty().set(JourneyTemplates.load("cart-abandonment").orElseThrow());
        canvas.setEdits(new CanvasEdits() {
            @Override
            public void select(String nodeId, boolean extend) {
            }

            @Override
            public void selectAll(Collection<String> nodeIds, boolean extend) {
            }

            @Override
            public void clearSelection() {
            }

            @Override
            public void moveBy(Collection<String> nodeIds, double dx, double dy) {
            }

            @Override
            public void connect(String from, String port, String to) {
            }

            @Override
            public void disconnect(String from, String port) {
            }
        });
        stage.setScene(new Scene(canvas, 900, 620));
        stage.show();
    }

    @Test
    void ctrlWheelZoomsAroundThePointerAndThePlainWheelPans(FxRobot robot) {
        // An empty spot at the left of the canvas, away from the cards and the zoom buttons.
        Point2D pointer = canvas.localToScreen(40, 300);
        robot.moveTo(pointer);
        Point2D scene = canvas.localToScene(40, 300);
        double zoom = canvas.zoomProperty().get();
        Position under = canvas.toCanvas(scene.getX(), scene.getY());

        robot.press(KeyCode.CONTROL);
        try {
            robot.scroll(1, VerticalDirection.UP);
        } finally {
            robot.release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertNotEquals(zoom, canvas.zoomProperty().get(), "Ctrl + wheel zooms");
        Position stillUnder = canvas.toCanvas(scene.getX(), scene.getY());
        assertEquals(under.x(), stillUnder.x(), 1e-6, "the point under the pointer stays put: no pan as well");
        assertEquals(under.y(), stillUnder.y(), 1e-6, "the point under the pointer stays put: no pan as well");

        double zoomed = canvas.zoomProperty().get();
        robot.scroll(2, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(zoomed, canvas.zoomProperty().get(), 1e-12, "the plain wheel never zooms");
        Position panned = canvas.toCanvas(scene.getX(), scene.getY());
        assertTrue(Math.abs(panned.y() - stillUnder.y()) > 1, "the plain wheel pans the editor's canvas");
    }
}
