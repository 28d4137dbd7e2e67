package com.retailstudio.app.ui.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.ui.MainWindowOnWorkspace;
import com.retailstudio.app.ui.UiTestSupport;
import com.retailstudio.app.ui.shell.Section;
import com.retailstudio.app.ui.shell.Theme;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.ui.JourneyCanvasView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The inspector beside the journey canvas: its edits are the editor's edits, undoable and saved in the workspace. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class JourneyInspectorUiTest {

    private MainWindowOnWorkspace window;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory("retail-studio-inspector-test");
        window = MainWindowOnWorkspace.openQuietlyAs("ana", stage, folder, UiTestSupport.silentUser(), Section.JOURNEYS);
    }

    @AfterEach
    void closeWorkspace() {
        window.close();
    }

    private static Journey journey(FxRobot robot) {
        return robot.lookup("#journey-canvas").queryAs(JourneyCanvasView.class).journeyProperty().get();
    }

    private static void type(FxRobot robot, String id, String text) {
        TextInputControl field = robot.lookup("#" + id).queryAs(TextInputControl.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void clickEmptyCanvas(FxRobot robot) {
        JourneyCanvasView canvas = robot.lookup("#journey-canvas").queryAs(JourneyCanvasView.class);
        Bounds area = canvas.localToScreen(canvas.getBoundsInLocal());
        robot.clickOn(new Point2D(area.getMinX() + 12, area.getMaxY() - 12));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aStepAndTheJourneyAreChangedInTheInspectorUndoneAndKeptAfterReopening(FxRobot robot) throws Exception {
        robot.clickOn("#journey-start-cart-abandonment");
        WaitForAsyncUtils.waitForFxEvents();
        Journey template = journey(robot);
        JourneyNode.Wait wait = (JourneyNode.Wait) template.node("wait-1d").orElseThrow();

        // Nothing selected: the journey's settings; a new name is the journey's name at once.
        assertTrue(robot.lookup("#journey-settings").query().isVisible());
        type(robot, "journey-name", "Cart rescue, autumn");
        assertEquals("Cart rescue, autumn", journey(robot).name());
        window.screenshot(robot, "journeys-inspector-settings.png");

        // A step selected on the canvas: its properties; a typed duration changes that step and nothing else.
        robot.clickOn("#node-wait-1d");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#node-properties").query().isVisible());
        type(robot, "wait-duration", "2 days");
        JourneyNode.Wait changed = (JourneyNode.Wait) journey(robot).node("wait-1d").orElseThrow();
        assertEquals(Duration.ofDays(2), changed.duration());
        assertEquals(wait.position(), changed.position());
        assertEquals(template.edges(), journey(robot).edges());
        window.screenshot(robot, "journeys-inspector-step.png");
        robot.interact(() -> window.shell().themeProperty().set(Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        window.screenshot(robot, "journeys-inspector-step-dark.png");
        robot.interact(() -> window.shell().themeProperty().set(Theme.LIGHT));

        // A bad duration is flagged and changes nothing.
        type(robot, "wait-duration", "3 dyas");
        assertEquals(Duration.ofDays(2),
                ((JourneyNode.Wait) journey(robot).node("wait-1d").orElseThrow()).duration());

        // Ctrl+Z takes the inspector's edit back, like any other; the panel shows the step as it is again.
        clickEmptyCanvas(robot);
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(wait.duration(),
                ((JourneyNode.Wait) journey(robot).node("wait-1d").orElseThrow()).duration());
        robot.press(KeyCode.CONTROL).press(KeyCode.Y).release(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Journey edited = journey(robot);
        assertEquals(Duration.ofDays(2), ((JourneyNode.Wait) edited.node("wait-1d").orElseThrow()).duration());

        // Both edits were saved as they were made.
        robot.interact(window::reopen);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(edited, journey(robot));
        assertEquals("Cart rescue, autumn", journey(robot).name());
    }
}
