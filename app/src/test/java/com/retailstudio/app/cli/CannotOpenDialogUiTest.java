package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.ui.dialog.DialogService;
import com.retailstudio.app.ui.UiTestSupport;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.app.workspace.WorkspaceLocation;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue #15 item 13, as a person starting the application from a desktop icon sees it: the platform's dialog names the
 * workspace that is already open and what to do, and the start ends only once it has been read.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class CannotOpenDialogUiTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label("the first Retail Studio"), 320, 120));
        stage.show();
    }

    private static Optional<Scene> dialog() {
        return Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .filter(scene -> scene.getRoot() instanceof DialogPane).findFirst();
    }

    @Test
    void aSecondStartShowsTheReasonInADialogBeforeItEnds(FxRobot robot, @TempDir Path folder) throws Exception {
        Path directory = folder.resolve("workspace");
        AtomicReference<Throwable> ended = new AtomicReference<>();
        try (Workspace first = Workspace.open(directory)) {
            Thread second = new Thread(() -> {
                try {
                    new DesktopLauncher(Optional.of(new WorkspaceLocation.Folder(directory)))
                            .openOrExplain(DialogService.platform(), () -> { });
                } catch (RuntimeException e) {
                    ended.set(e);
                }
            }, "second-start");
            second.start();

            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog().isPresent());
            Scene shown = dialog().orElseThrow();
            String text = ((DialogPane) shown.getRoot()).getContentText();
            assertTrue(text.startsWith("The workspace " + directory + " is already open"), text);
            UiTestSupport.writeScreenshot(robot, shown, "second-start-workspace-in-use.png");
            robot.clickOn("OK");
            second.join(10_000);
        }
        assertInstanceOf(CommandFailure.class, ended.get(), "the start ends after the dialog was read");
    }
}
