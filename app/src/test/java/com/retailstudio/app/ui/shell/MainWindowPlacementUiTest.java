package com.retailstudio.app.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.ui.dialog.DialogService;
import com.retailstudio.app.ui.UiTestSupport;
import com.retailstudio.app.workspace.PostgresTestServer;
import com.retailstudio.app.workspace.TeamRole;
import com.retailstudio.app.workspace.WorkspaceLocation;
import com.retailstudio.app.ui.WorkspaceSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window as the application opens it (a secondary stage, through {@link MainWindow}) on a real workspace
 * folder: a new workspace opens at its share of the screen; closing and starting again brings back the size,
 * position, maximised state and section the user left.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class MainWindowPlacementUiTest {

    private final AtomicInteger closed = new AtomicInteger();

    @Test
    void aNewWorkspaceOpensAtEightyPercentOfTheScreenAtLeast1024By700(FxRobot robot) throws Exception {
        Path folder = Files.createTempDirectory("retail-studio-window");
        try (WorkspaceSession session = WorkspaceSession.open(Optional.of(folder), UiTestSupport.silentUser())) {
            MainWindow window = open(robot, session);
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            double width = Math.min(screen.getWidth(), Math.max(1024, Math.floor(screen.getWidth() * 0.8)));
            double height = Math.min(screen.getHeight(), Math.max(700, Math.floor(screen.getHeight() * 0.8)));

            assertEquals(width, window.stage().getWidth());
            assertEquals(height, window.stage().getHeight());
            assertEquals(screen.getMinX() + Math.floor((screen.getWidth() - width) / 2), window.stage().getX());
            assertEquals(Section.JOURNEYS, window.shell().section());
            UiTestSupport.writeScreenshot(robot, window.scene(), "window-first-start.png");
            close(robot, window);
        }
    }

    @Test
    void closingAndStartingAgainRestoresSizePositionAndSection(FxRobot robot) throws Exception {
        Path folder = Files.createTempDirectory("retail-studio-window");
        try (WorkspaceSession session = WorkspaceSession.open(Optional.of(folder), UiTestSupport.silentUser())) {
            MainWindow window = open(robot, session);
            robot.interact(() -> {
                window.stage().setX(40);
                window.stage().setY(30);
                window.stage().setWidth(1100);
                window.stage().setHeight(720);
            });
            robot.clickOn("#nav-" + Section.SIMULATION.id());
            WaitForAsyncUtils.waitForFxEvents();
            close(robot, window);
        }
        assertEquals(1, closed.get(), "the application is told once the window has closed");

        try (WorkspaceSession next = WorkspaceSession.open(Optional.of(folder), UiTestSupport.silentUser())) {
            MainWindow again = open(robot, next);

            assertEquals(40, again.stage().getX());
            assertEquals(30, again.stage().getY());
            assertEquals(1100, again.stage().getWidth());
            assertEquals(720, again.stage().getHeight());
            assertFalse(again.stage().isMaximized());
            assertEquals(Section.SIMULATION, again.shell().section());
            assertEquals(Section.SIMULATION.title(),
                    robot.lookup("#section-title").queryAs(Label.class).getText());
            UiTestSupport.writeScreenshot(robot, again.scene(), "window-restored-1100x720-simulation.png");
            close(robot, again);
        }
    }

    @Test
    void aMaximisedWindowOpensMaximisedAndUnmaximisesToTheSizeItHadBefore(FxRobot robot) throws Exception {
        Path folder = Files.createTempDirectory("retail-studio-window");
        try (WorkspaceSession session = WorkspaceSession.open(Optional.of(folder), UiTestSupport.silentUser())) {
            MainWindow window = open(robot, session);
            robot.interact(() -> {
                window.stage().setX(60);
                window.stage().setY(20);
                window.stage().setWidth(1000);
                window.stage().setHeight(650);
            });
            robot.interact(() -> window.stage().setMaximized(true));
            WaitForAsyncUtils.waitForFxEvents();
            close(robot, window);
        }

        try (WorkspaceSession next = WorkspaceSession.open(Optional.of(folder), UiTestSupport.silentUser())) {
            MainWindow again = open(robot, next);
            assertTrue(again.stage().isMaximized());
            UiTestSupport.writeScreenshot(robot, again.scene(), "window-restored-maximised.png");

            robot.interact(() -> again.stage().setMaximized(false));
            WaitForAsyncUtils.waitForFxEvents();

            assertEquals(new WindowPlacement(60, 20, 1000, 650, false), again.placement());
            close(robot, again);
        }
    }

    @Test
    void onATeamWorkspaceEachPersonGetsTheirOwnWindowBack(FxRobot robot) throws Exception {
        PostgresTestServer postgres = PostgresTestServer.get();
        postgres.login("fern", TeamRole.DESIGNER);
        postgres.login("gil", TeamRole.REVIEWER);
        WorkspaceLocation.Server team = postgres.newWorkspace();
        try {
            leave(robot, team.as("fern"), new WindowPlacement(20, 10, 1180, 760, false), Section.MARKDOWNS);
            leave(robot, team.as("gil"), new WindowPlacement(90, 40, 1000, 640, false), Section.APPROVALS);

            try (WorkspaceSession fern = WorkspaceSession.openAt(Optional.of(team.as("fern")), teamUser())) {
                MainWindow window = open(robot, fern);
                assertEquals(new WindowPlacement(20, 10, 1180, 760, false), window.placement());
                assertEquals(Section.MARKDOWNS, window.shell().section());
                close(robot, window);
            }
            try (WorkspaceSession gil = WorkspaceSession.openAt(Optional.of(team.as("gil")), teamUser())) {
                MainWindow window = open(robot, gil);
                assertEquals(new WindowPlacement(90, 40, 1000, 640, false), window.placement());
                assertEquals(Section.APPROVALS, window.shell().section());
                UiTestSupport.writeScreenshot(robot, window.scene(), "window-restored-team-gil.png");
                close(robot, window);
            }
        } finally {
            postgres.dropDatabase(team.database());
        }
    }

    /** Opens the window as {@code person}, moves it to {@code placement}, shows {@code section} and closes it. */
    private void leave(FxRobot robot, WorkspaceLocation.Server person, WindowPlacement placement, Section section) {
        try (WorkspaceSession session = WorkspaceSession.openAt(Optional.of(person), teamUser())) {
            MainWindow window = open(robot, session);
            robot.interact(() -> {
                window.stage().setX(placement.x());
                window.stage().setY(placement.y());
                window.stage().setWidth(placement.width());
                window.stage().setHeight(placement.height());
                window.shell().show(section);
            });
            WaitForAsyncUtils.waitForFxEvents();
            close(robot, window);
        }
    }

    private static DialogService teamUser() {
        return new DialogService() {
            @Override
            public Optional<Path> chooseFolder(String title) {
                return Optional.empty();
            }

            @Override
            public Optional<String> askComment(String title, String prompt, boolean required) {
                return Optional.empty();
            }

            @Override
            public Optional<char[]> askPassword(String title, String prompt) {
                return Optional.of(PostgresTestServer.PASSWORD.toCharArray());
            }
        };
    }

    private MainWindow open(FxRobot robot, WorkspaceSession session) {
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> window[0] = MainWindow.open(new Stage(), session.shellContext(),
                closed::incrementAndGet));
        WaitForAsyncUtils.waitForFxEvents();
        return window[0];
    }

    private static void close(FxRobot robot, MainWindow window) {
        robot.interact(() -> window.stage().hide());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
