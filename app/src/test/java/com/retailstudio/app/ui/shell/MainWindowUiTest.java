package com.retailstudio.app.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.ui.UiTestSupport;
import com.retailstudio.app.ui.WorkspaceSession;
import com.retailstudio.ui.task.BackgroundTask;
import com.retailstudio.ui.task.FxTaskExecutor;
import com.retailstudio.app.workspace.SettingsStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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

/** Drives the real main window under the headless JavaFX toolkit. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {

    private Path workspaceFolder;
    private WorkspaceSession session;
    private FxTaskExecutor tasks;
    private ShellViewModel shell;
    private Scene scene;

    @Start
    void start(Stage stage) throws IOException {
        workspaceFolder = Files.createTempDirectory("retail-studio-ui-test");
        session = WorkspaceSession.open(Optional.of(workspaceFolder));
        session.workspace().settings().put(SettingsStore.DISPLAY_NAME, "tester");
        ShellContext context = session.shellContext();
        tasks = context.tasks();
        shell = context.createViewModel();
        ShellView view = context.createView(shell);
        scene = new Scene(view, 1280, 800);
        view.installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeWorkspace() {
        session.close();
    }

    @Test
    void visitsEverySectionFromTheRailAndWritesItsScreenshot(FxRobot robot) throws IOException {
        for (Theme theme : Theme.values()) {
            robot.interact(() -> shell.themeProperty().set(theme));
            for (Section section : Section.values()) {
                robot.clickOn("#nav-" + section.id());
                WaitForAsyncUtils.waitForFxEvents();

                assertEquals(section, shell.section());
                assertEquals(section.title(), robot.lookup("#section-title").queryAs(Label.class).getText());
                writeScreenshot(robot, section.id() + "-" + theme.id() + ".png");
            }
        }
        assertEquals(Optional.of(Section.APPROVALS.id()),
                session.workspace().settings().get(ShellViewModel.SECTION_KEY));
    }

    @Test
    void shortcutKeysSwitchSectionsAndTheme(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Section.MARKDOWNS, shell.section());

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Section.APPROVALS, shell.section());

        Theme before = shell.theme();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before.other(), shell.theme());
    }

    @Test
    void arrowKeysMoveThroughTheRail(FxRobot robot) {
        robot.clickOn("#nav-journeys");
        robot.type(KeyCode.DOWN, 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Section.MARKDOWNS, shell.section());

        robot.type(KeyCode.UP, 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Section.APPROVALS, shell.section(), "moving up from the first section wraps to the last");
    }

    @Test
    void theRailsFocusRingFollowsTheSelectedSection(FxRobot robot) throws IOException {
        robot.clickOn("#nav-journeys");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Section.MARKDOWNS, shell.section());
        assertTrue(robot.lookup("#nav-markdowns").query().isFocused(), "the selected section has the focus ring");
        assertFalse(robot.lookup("#nav-journeys").query().isFocused(), "no ring on the section left");
        writeScreenshot(robot, "rail-focus-follows-selection.png");

        robot.interact(() -> shell.show(Section.DATA));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#nav-data").query().isFocused());
    }

    @Test
    void themeButtonSwitchesBetweenLightAndDark(FxRobot robot) {
        Theme before = shell.theme();
        robot.clickOn("#theme-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before.other(), shell.theme());
        assertEquals(Optional.of(before.other().id()), session.workspace().settings().get(ShellViewModel.THEME_KEY));
    }

    @Test
    void statusBarShowsBackgroundWorkAndCancelsIt(FxRobot robot) throws Exception {
        AtomicBoolean cancelled = new AtomicBoolean();
        robot.interact(() -> tasks.execute(BackgroundTask.of("Counting", progress -> {
            while (!progress.isCancelled()) {
                progress.update(0.5, "Halfway through counting");
                Thread.sleep(20);
            }
            return null;
        }).onCancelled(() -> cancelled.set(true))));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "Halfway through counting".equals(robot.lookup("#status-task").queryAs(Label.class).getText()));
        assertTrue(robot.lookup("#status-cancel").query().isVisible());
        writeScreenshot(robot, "status-bar-busy.png");

        robot.clickOn("#status-cancel");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tasks.running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(cancelled.get());
        assertEquals("Ready", robot.lookup("#status-task").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#status-cancel").query().isVisible());
    }

    @Test
    void statusBarShowsTheUserAndTheWorkspace(FxRobot robot) {
        assertEquals("tester", robot.lookup("#status-user").queryAs(Button.class).getText());
        assertEquals(workspaceFolder.toAbsolutePath().normalize().toString(),
                robot.lookup("#status-workspace").queryAs(Label.class).getText());
    }

    @Test
    void theNextStartOpensTheSectionAndThemeLeftOpen(FxRobot robot) {
        robot.clickOn("#nav-layouts");
        robot.clickOn("#theme-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        Theme chosen = shell.theme();
        session.close();

        session = WorkspaceSession.open(Optional.of(workspaceFolder));
        ShellViewModel reopened = session.shellContext().createViewModel();

        assertEquals(Section.LAYOUTS, reopened.section());
        assertEquals(chosen, reopened.theme());
    }

    @Test
    void clickingTheUserLetsThemChangeTheNameTheAuditLogRecords(FxRobot robot) {
        robot.clickOn("#status-user");
        robot.interact(() -> robot.lookup("#status-user-edit").queryTextInputControl().clear());
        robot.clickOn("#status-user-edit").write("Ana Lima").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Ana Lima", robot.lookup("#status-user").queryAs(Button.class).getText());
        assertEquals("Ana Lima", session.workspace().currentUser());
    }

    private void writeScreenshot(FxRobot robot, String fileName) throws IOException {
        UiTestSupport.writeScreenshot(robot, scene, fileName);
    }
}
