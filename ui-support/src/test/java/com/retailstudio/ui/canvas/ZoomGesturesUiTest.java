package com.retailstudio.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A drawing in a scrolling page: the wheel scrolls the page, Ctrl + wheel zooms the drawing and leaves the page. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class ZoomGesturesUiTest {

    private final List<Double> zooms = new ArrayList<>();
    private ScrollPane page;
    private Pane drawing;

    @Start
    void start(Stage stage) {
        drawing = new Pane();
        drawing.setId("drawing");
        drawing.setPrefSize(400, 300);
        drawing.setStyle("-fx-background-color: #ddeeff;");
        ZoomGestures.install(drawing, 1.25, (factor, x, y) -> zooms.add(factor));
        Pane below = new Pane();
        below.setPrefSize(400, 1200);
        page = new ScrollPane(new VBox(drawing, below));
        stage.setScene(new Scene(page, 420, 400));
        stage.show();
    }

    @Test
    void thePlainWheelScrollsThePageAndNeverZooms(FxRobot robot) {
        robot.interact(() -> page.setVvalue(0.2));
        robot.moveTo("#drawing").scroll(2, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(), zooms);
        assertTrue(Math.abs(page.getVvalue() - 0.2) > 1e-3, "the page scrolled: " + page.getVvalue());
    }

    @Test
    void ctrlWheelZoomsOneStepPerNotchAndTheInstalledDrawingKeepsTheEvent(FxRobot robot) {
        robot.interact(() -> page.setVvalue(0.2));
        robot.moveTo("#drawing").press(KeyCode.CONTROL);
        try {
            robot.scroll(1, VerticalDirection.DOWN).scroll(1, VerticalDirection.UP);
        } finally {
            robot.release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(2, zooms.size(), zooms.toString());
        assertEquals(1.0, zooms.get(0) * zooms.get(1), 1e-12, "one notch each way: in and back out");
        assertTrue(zooms.contains(1.25), zooms.toString());
        assertEquals(0.2, page.getVvalue(), 1e-12, "the page stays put");
    }
}
