package com.retailstudio.app.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.ui.DesktopApplication;
import com.retailstudio.app.ui.UiTestSupport;
import com.retailstudio.app.ui.WorkspaceSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue #15 item 12: on first start the shell is drawn at once and the bundled sample is imported after it, with its
 * progress in the status bar, instead of a blank window while the import competes for the processor.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class FirstStartUiTest {

    @Start
    void start(Stage stage) {
        // the application makes its own window
    }

    @Test
    void theShellIsDrawnBeforeTheSampleImportStartsAndTheStatusBarShowsItsProgress(FxRobot robot) throws Exception {
        Path folder = Files.createTempDirectory("retail-studio-first-start");
        WorkspaceSession session = WorkspaceSession.open(Optional.of(folder), UiTestSupport.silentUser());
        ShellContext real = session.shellContext();
        AtomicLong firstFrame = new AtomicLong();
        AtomicLong importStarted = new AtomicLong();
        AtomicReference<String> statusWhileImporting = new AtomicReference<>();
        CountDownLatch importing = new CountDownLatch(1);
        ShellContext context = new ShellContext(real.settings(), real.workspaceDescription(), real.userName(),
                real.tasks(), real.sectionFactories(), () -> {
                    importStarted.set(System.nanoTime());
                    real.onShown().run();
                    importing.countDown();
                }, real.team());
        Thread application = new Thread(() -> {
            try {
                DesktopApplication.run(context, firstFrame::set, false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "first-start");
        application.start();
        try {
            assertTrue(importing.await(60, TimeUnit.SECONDS), "the first-run work starts");
            assertTrue(firstFrame.get() > 0 && firstFrame.get() <= importStarted.get(),
                    "the shell's first frame is drawn before the sample import begins");
            robot.interact(() -> {
                Scene scene = Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                        .filter(shown -> shown.lookup("#status-task") != null).findFirst().orElseThrow();
                statusWhileImporting.set(((Label) scene.lookup("#status-task")).getText());
                try {
                    UiTestSupport.writeScreenshot(robot, scene, "first-start-importing-the-sample.png");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            assertTrue(statusWhileImporting.get().contains("sample"), statusWhileImporting.get());
            UiTestSupport.waitUntilIdle(context.tasks());
        } finally {
            DesktopApplication.closeWindow();
            application.join(30_000);
            WaitForAsyncUtils.waitForFxEvents();
            session.close();
        }
    }
}
