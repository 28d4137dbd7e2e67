package com.retailstudio.app.ui.shell;

import com.retailstudio.ui.task.WorkNotifications;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The main window on a stage: opened where the user left it on this workspace (size, position while still on a
 * screen, maximised, last section), or at a share of the primary screen on a first start; its placement is
 * remembered when it closes. Long background work of any section is announced over it when it ends
 * ({@link WorkNotifications}).
 *
 * <p>The bounds are set on the stage itself rather than left to the scene's size: JavaFX 21 on Linux (GTK) opens a
 * secondary stage, which the application's window is, at its minimum size whatever its scene asks for (JDK-8316423,
 * fixed in JavaFX 22), which is why the window used to open at 960 × 600 however it had been left.
 */
public final class MainWindow {

    private final Stage stage;
    private final ShellViewModel shell;
    private final Scene scene;
    /** The bounds the window had when last neither maximised nor minimised: what a restore brings back. */
    private Rectangle2D normal;

    private MainWindow(Stage stage, ShellViewModel shell, Scene scene) {
        this.stage = stage;
        this.shell = shell;
        this.scene = scene;
    }

    /**
     * Builds the shell for {@code context} on {@code stage}, places and shows it; {@code onClosed} runs once the
     * window has been hidden and its placement stored.
     */
    public static MainWindow open(Stage stage, ShellContext context, Runnable onClosed) {
        Objects.requireNonNull(onClosed);
        ShellViewModel shell = context.createViewModel();
        ShellView view = context.createView(shell);
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        WindowPlacement placement = WindowPlacement.choose(shell.rememberedPlacement(), screens, primary);

        Scene scene = new Scene(view, placement.width(), placement.height());
        view.installShortcuts(scene);
        MainWindow window = new MainWindow(stage, shell, scene);
        stage.setTitle("Retail Studio");
        stage.setMinWidth(WindowPlacement.minWidthOn(primary));
        stage.setMinHeight(WindowPlacement.minHeightOn(primary));
        stage.setScene(scene);
        // every section's long work, finished or failed, is announced over this window (or one it opened)
        WorkNotifications.install(context.tasks(), stage);
        window.place(placement);
        window.trackNormalBounds();
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> {
            try {
                shell.rememberPlacement(window.placement());
            } finally {
                onClosed.run();
            }
        });
        stage.show();
        if (!placement.maximised()) {
            // Some window managers still apply their own size at mapping time; the user's size wins.
            Platform.runLater(() -> {
                if (!stage.isMaximized() && (stage.getWidth() != placement.width()
                        || stage.getHeight() != placement.height())) {
                    window.place(placement);
                }
            });
        }
        return window;
    }

    public ShellViewModel shell() {
        return shell;
    }

    public Scene scene() {
        return scene;
    }

    public Stage stage() {
        return stage;
    }

    /** The window's placement now: the bounds it comes back to when not maximised, and whether it is maximised. */
    public WindowPlacement placement() {
        Rectangle2D bounds = normal != null ? normal : currentBounds();
        return new WindowPlacement(bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight(),
                stage.isMaximized());
    }

    private void place(WindowPlacement placement) {
        stage.setX(placement.x());
        stage.setY(placement.y());
        stage.setWidth(placement.width());
        stage.setHeight(placement.height());
        normal = new Rectangle2D(placement.x(), placement.y(), placement.width(), placement.height());
        stage.setMaximized(placement.maximised());
    }

    private void trackNormalBounds() {
        // Read a moment later: a window manager may grow the window before it says it maximised it, and those
        // bounds are not the window's own.
        Runnable moved = () -> Platform.runLater(() -> {
            if (stage.isShowing() && !stage.isMaximized() && !stage.isIconified()) {
                normal = currentBounds();
            }
        });
        stage.xProperty().addListener((o, a, b) -> moved.run());
        stage.yProperty().addListener((o, a, b) -> moved.run());
        stage.widthProperty().addListener((o, a, b) -> moved.run());
        stage.heightProperty().addListener((o, a, b) -> moved.run());
    }

    private Rectangle2D currentBounds() {
        return new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
    }
}
