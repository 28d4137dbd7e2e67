package com.retailstudio.app.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.ui.UiTestSupport;
import com.retailstudio.ui.task.FxTaskExecutor;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Each section's empty state, shown where a section has no view of its own: its one action leads somewhere real. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class EmptyStatesUiTest {

    private final Map<String, String> stored = new HashMap<>();
    private ShellViewModel shell;
    private Scene scene;

    @Start
    void start(Stage stage) {
        ShellSettings settings = new ShellSettings() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(stored.get(key));
            }

            @Override
            public void put(String key, String value) {
                stored.put(key, value);
            }
        };
        ShellContext context = new ShellContext(settings, "empty workspace", "tester", new FxTaskExecutor());
        shell = context.createViewModel();
        ShellView view = context.createView(shell);
        scene = new Scene(view, 1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void actionsLeadWhereTheWorkStarts(FxRobot robot) {
        robot.clickOn("#nav-simulation");
        robot.clickOn("#simulation-empty-action");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Section.JOURNEYS, shell.section());

        robot.clickOn("#nav-markdowns");
        robot.clickOn("#markdowns-empty-action");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Section.DATA, shell.section());

        robot.clickOn("#nav-approvals");
        robot.clickOn("#approvals-empty-action");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Section.JOURNEYS, shell.section());
    }

    @Test
    void anActionThatIsNotAvailableYetIsDisabledAndSaysSo(FxRobot robot) throws IOException {
        robot.clickOn("#nav-journeys");
        assertTrue(robot.lookup("#journeys-empty-action").queryAs(Button.class).isDisabled());
        for (Section section : Section.values()) {
            robot.interact(() -> shell.show(section));
            UiTestSupport.writeScreenshot(robot, scene, "empty-" + section.id() + ".png");
        }
    }
}
