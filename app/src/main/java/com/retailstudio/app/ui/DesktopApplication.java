package com.retailstudio.app.ui;

import com.retailstudio.app.ui.shell.MainWindow;
import com.retailstudio.app.ui.shell.ShellContext;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Starts the JavaFX toolkit and shows the main window; returns when the window is closed. */
public final class DesktopApplication {

    private DesktopApplication() {
    }

    /** True when a graphical display is available to open windows on. */
    public static boolean hasDisplay() {
        if (System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            return System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null
                    || "Monocle".equals(System.getProperty("glass.platform"));
        }
        return true;
    }

    /** Starts the JavaFX toolkit; safe to call from any thread, in parallel with opening the workspace. */
    public static void startToolkit() {
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
    }

    /** Stops the toolkit, e.g. when the workspace could not be opened after all. */
    public static void stopToolkit() {
        Platform.exit();
    }

    /**
     * Shows the main window on the started toolkit and blocks until it closes; the caller stops the toolkit.
     *
     * @param firstFrame told the nanoTime of the first frame drawn, for the start-up benchmark
     * @param closeAfterFirstFrame close the window as soon as it has been drawn once (benchmarking)
     */
    public static void run(ShellContext context, LongConsumer firstFrame, boolean closeAfterFirstFrame)
            throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        Platform.runLater(() -> {
            Stage stage = new Stage();
            stage.getIcons().add(new Image(DesktopApplication.class.getResourceAsStream("icon.png")));
            MainWindow window = MainWindow.open(stage, context, () -> {
                context.tasks().shutdown();
                closed.countDown();
            });
            // The first-run work (the bundled sample's import) starts once the shell is drawn: started with the
            // window, it competed with the first frame for the processor and the window stayed blank for seconds.
            // Its progress shows in the status bar of the shell already on screen.
            FirstFrameProbe.whenDrawn(window.scene(), nanos -> {
                firstFrame.accept(nanos);
                if (closeAfterFirstFrame) {
                    stage.hide();
                } else {
                    context.onShown().run();
                }
            });
        });
        closed.await();
    }

    /** Closes the main window, e.g. to open it again on another workspace; {@link #run} then returns. */
    public static void closeWindow() {
        Runnable hide = () -> new ArrayList<>(Window.getWindows())
                .forEach(Window::hide);
        if (Platform.isFxApplicationThread()) {
            hide.run();
        } else {
            Platform.runLater(hide);
        }
    }
}
