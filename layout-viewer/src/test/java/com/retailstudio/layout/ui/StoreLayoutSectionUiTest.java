package com.retailstudio.layout.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.retailstudio.testsupport.Screenshots;
import com.retailstudio.ui.task.BackgroundTask;
import com.retailstudio.ui.task.CurrentThreadTaskExecutor;
import com.retailstudio.ui.task.RunningTask;
import com.retailstudio.ui.task.TaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Store layouts section before it has a plan to show, at 1280 × 800: without a data set, reading one (the work is
 * held, so the picture is of the moment it runs), and after a data set that cannot be read. Written to
 * target/screenshots for a person to look at, light and dark.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class StoreLayoutSectionUiTest {

    /** Takes the work and never runs it: the section stays as it is while its work runs. */
    private final List<String> held = new ArrayList<>();
    private final TaskExecutor holding = new TaskExecutor() {
        @Override
        public <T> RunningTask execute(BackgroundTask<T> task) {
            held.add(task.title());
            return new HeldTask(task.title(), 0.4, "Reading stores.csv", () -> held.remove(task.title()));
        }

        @Override
        public void shutdown() {
        }
    };
    private StoreLayoutViewModel model;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        model = new StoreLayoutViewModel(holding);
        scene = new Scene(new StoreLayoutView(model), 1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void withoutADataSetItSaysWhereToGetOne(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot, "in the Data section"), "the empty state says where data sets come from");
        write(robot, "layouts-section-empty.png");
    }

    @Test
    void readingADataSetShowsItsProgress(FxRobot robot) throws Exception {
        robot.interact(() -> model.load(Path.of("data-set")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Reading store layouts"), held);
        assertTrue(model.busyProperty().get());
        assertTrue(shown(robot, "Reading stores.csv"), "the frame's overlay says what the task is doing");
        write(robot, "layouts-section-reading.png");
        robot.clickOn("#section-cancel");
        assertEquals(List.of(), held, "Cancel cancels the task the section runs");
    }

    @Test
    void aDataSetThatCannotBeReadSaysWhy(FxRobot robot) throws Exception {
        Path missing = Files.createTempDirectory("layout-section").resolve("no-such-data-set");
        StoreLayoutViewModel reading = new StoreLayoutViewModel(new CurrentThreadTaskExecutor());
        robot.interact(() -> {
            model = reading;
            scene.setRoot(new StoreLayoutView(reading));
            reading.load(missing);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot, "The data set cannot be read"), "the failure is shown in the empty state");
        assertTrue(robot.lookup("#layout-empty-feedback").query().getStyleClass().contains("danger"));
        write(robot, "layouts-section-unreadable.png");
    }

    /** Whether a visible label in the section contains {@code text}. */
    private boolean shown(FxRobot robot, String text) {
        return robot.lookup((Node node) -> node instanceof Labeled labeled && labeled.getText() != null
                && labeled.getText().contains(text) && labeled.isVisible() && visibleUpwards(labeled))
                .tryQuery().isPresent();
    }

    private static boolean visibleUpwards(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void write(FxRobot robot, String name) throws IOException {
        Screenshots.write(robot, scene, name);
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.write(robot, scene, name.replace(".png", "-dark.png"));
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
