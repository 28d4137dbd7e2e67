package com.retailstudio.app.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.ui.dialog.DialogService;
import com.retailstudio.app.ui.UiTestSupport;
import com.retailstudio.app.ui.WorkspaceSession;
import com.retailstudio.app.workspace.PostgresTestServer;
import com.retailstudio.app.workspace.TeamRole;
import com.retailstudio.app.workspace.WorkspaceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window on a team workspace: the password is asked through the dialog service (none in the environment),
 * the status bar shows the server's login and cannot rename it, and File → Connect to team workspace… asks for the
 * server and hands the launcher where to go.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class TeamWorkspaceWindowUiTest {

    private final List<String> asked = new ArrayList<>();
    private final AtomicReference<String> typed = new AtomicReference<>();
    private final AtomicReference<WorkspaceLocation> switchedTo = new AtomicReference<>();
    private WorkspaceSession session;
    private ShellViewModel shell;
    private Scene scene;

    @Start
    void start(Stage stage) {
        PostgresTestServer postgres = PostgresTestServer.get();
        postgres.login("dora", TeamRole.DESIGNER, TeamRole.REVIEWER);
        WorkspaceLocation.Server server = postgres.newWorkspace().as("dora");
        DialogService user = new DialogService() {
            @Override
            public Optional<Path> chooseFolder(String title) {
                return Optional.empty();
            }

            @Override
            public Optional<String> askComment(String title, String prompt, boolean required) {
                asked.add(title);
                return Optional.ofNullable(typed.get());
            }

            @Override
            public Optional<char[]> askPassword(String title, String prompt) {
                asked.add(prompt);
                return Optional.of(PostgresTestServer.PASSWORD.toCharArray());
            }

            @Override
            public void inform(String title, String message) {
                asked.add(message);
            }
        };
        session = WorkspaceSession.openAt(Optional.of(server), user);
        session.onSwitchWorkspace(switchedTo::set);
        ShellContext context = session.shellContext();
        shell = context.createViewModel();
        ShellView view = context.createView(shell);
        scene = new Scene(view, 1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void theServerSaysWhoIsWorkingAndTheNameCannotBeChangedInTheWindow(FxRobot robot) throws Exception {
        assertTrue(asked.get(0).startsWith("Password of dora on postgresql://dora@127.0.0.1:"), asked.toString());
        assertEquals("dora", robot.lookup("#status-user").queryAs(Button.class).getText());
        assertTrue(robot.lookup("#status-workspace").queryAs(Label.class).getText().startsWith("postgresql://dora@"));

        robot.clickOn("#status-user");
        robot.interact(() -> shell.rename("someone else"));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("dora", robot.lookup("#status-user").queryAs(Button.class).getText());
        assertEquals("dora", session.workspace().currentUser());
        UiTestSupport.writeScreenshot(robot, scene, "team-workspace.png");
    }

    @Test
    void connectToTeamWorkspaceAsksForTheServerAndRefusesAFolder(FxRobot robot) {
        typed.set("/home/dora/work");
        robot.clickOn("File").clickOn("#menu-connect-team");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, switchedTo.get());
        assertTrue(asked.get(asked.size() - 1).contains("is a folder; a team workspace is named postgresql://"),
                asked.toString());

        typed.set("postgresql://dora@db.example.com:6543/retail");
        robot.clickOn("File").clickOn("#menu-connect-team");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(new WorkspaceLocation.Server("db.example.com", 6543, "retail", Optional.of("dora")),
                switchedTo.get());
    }
}
