package com.retailstudio.app.ui.data.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.ui.MainWindowOnWorkspace;
import com.retailstudio.app.ui.UiTestSupport;
import com.retailstudio.app.ui.shell.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Data section's Explore button opens the explorer on the active data set in a window of its own. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class ExploreButtonUiTest {

    private MainWindowOnWorkspace window;

    @Start
    void start(Stage stage) throws Exception {
        Path temp = Files.createTempDirectory("retail-studio-explore-button");
        window = MainWindowOnWorkspace.open(stage, temp.resolve("workspace"), UiTestSupport.silentUser(),
                Section.DATA);
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void exploreOpensTheActiveDataSetsCustomersInAWindowBesideTheSection(FxRobot robot) throws Exception {
        idle();
        robot.clickOn("#data-explore");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> explorer().isPresent());
        idle();

        Stage explorer = explorer().orElseThrow();
        assertTrue(explorer.getTitle().startsWith("Data explorer — "), explorer.getTitle());
        Label status = (Label) explorer.getScene().lookup("#explorer-browse-status");
        assertTrue(status.getText().startsWith("customers.csv · 3,000 rows"), status.getText());
        assertEquals(window.scene().getWindow(), explorer.getOwner());
        UiTestSupport.writeScreenshot(robot, explorer.getScene(), "explorer-window.png");
        robot.interact(explorer::close);
    }

    /** Waits for the first start's import and check of the sample, which take a while on a loaded machine. */
    private void idle() throws Exception {
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> window.context().tasks().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Optional<Stage> explorer() {
        return Window.getWindows().stream().filter(Stage.class::isInstance).map(Stage.class::cast)
                .filter(stage -> stage.getScene() != null && stage.getScene().getRoot() instanceof ExplorerView)
                .findFirst();
    }
}
