package com.retailstudio.layout.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import com.retailstudio.layout.model.Daypart;
import com.retailstudio.testsupport.Screenshots;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.controlsfx.control.RangeSlider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The daypart picker's custom hours, a ControlsFX range slider, driven by keyboard and mouse into the filter. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class DaypartPickerUiTest {

    private final LayoutFilter filter = new LayoutFilter();
    private Scene scene;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        DaypartPicker picker = new DaypartPicker("daypart", 220);
        picker.valueProperty().bindBidirectional(filter.daypartProperty());
        StackPane root = new StackPane(picker);
        root.setPadding(new Insets(16));
        scene = new Scene(root, 560, 90);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theArrowKeysMoveTheFocusedEndOfTheCustomHoursByOneHour(FxRobot robot) throws Exception {
        RangeSlider hours = robot.lookup("#daypart-hours").queryAs(RangeSlider.class);
        assertFalse(hours.getParent().isVisible(), "the hours show only for custom hours");
        robot.clickOn("#daypart");
        robot.clickOn("Custom hours…");
        assertTrue(hours.getParent().isVisible());
        assertEquals(Daypart.hours(10, 14), filter.daypartProperty().get(), "custom hours start at 10–14");
        assertEquals("10:00", endText(robot, "#daypart-hours-low"));
        assertEquals("14:00", endText(robot, "#daypart-hours-high"));

        robot.interact(hours::requestFocus);
        robot.type(KeyCode.LEFT, 3);
        assertEquals(Daypart.hours(7, 14), filter.daypartProperty().get(), "the low end takes the keys first");
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.RIGHT, 4);
        assertEquals(Daypart.hours(7, 18), filter.daypartProperty().get(), "Tab hands the keys to the high end");
        assertEquals("18:00", endText(robot, "#daypart-hours-high"));
        Screenshots.write(robot, scene, "layouts-daypart-hours-slider.png");

        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        robot.type(KeyCode.RIGHT, 15);
        assertEquals(Daypart.hours(22, 23), filter.daypartProperty().get(),
                "the low end pushes the high end on: a range is at least an hour wide");
        robot.type(KeyCode.RIGHT, 5);
        assertEquals(Daypart.hours(23, 24), filter.daypartProperty().get(), "and stops an hour before midnight");
    }

    @Test
    void draggingTheLowEndOntoTheHighEndPushesItOnAnHour(FxRobot robot) {
        robot.clickOn("#daypart");
        robot.clickOn("Custom hours…");
        Node low = robot.lookup("#daypart-hours .low-thumb").query();
        Node high = robot.lookup("#daypart-hours .high-thumb").query();
        robot.drag(low).moveTo(high).moveBy(4, 0).release(MouseButton.PRIMARY);
        Daypart dragged = filter.daypartProperty().get();
        assertEquals(1, dragged.toHour() - dragged.fromHour(), "the ends keep an hour apart: " + dragged);
        assertTrue(dragged.fromHour() >= 14, "the low end went where it was dragged: " + dragged);
    }

    @Test
    void aDaypartSetElsewhereMovesTheThumbsWithoutBeingRounded(FxRobot robot) {
        robot.interact(() -> filter.daypartProperty().set(Daypart.hours(6, 22)));
        RangeSlider hours = robot.lookup("#daypart-hours").queryAs(RangeSlider.class);
        assertTrue(hours.getParent().isVisible());
        assertEquals(6, hours.getLowValue());
        assertEquals(22, hours.getHighValue());
        assertEquals("06:00", endText(robot, "#daypart-hours-low"));
        assertEquals(Daypart.hours(6, 22), filter.daypartProperty().get(), "showing it does not report it back");
    }

    private static String endText(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
