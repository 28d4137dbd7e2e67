package com.retailstudio.app.ui;

import com.retailstudio.app.ui.shell.Section;
import com.retailstudio.app.ui.shell.ShellContext;
import com.retailstudio.app.ui.shell.ShellView;
import com.retailstudio.app.ui.shell.ShellViewModel;
import com.retailstudio.app.workspace.SettingsStore;
import com.retailstudio.ui.dialog.DialogService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * The real main window, 1280 x 800, on a workspace in a folder of the test's, as the UI tests set it up: a
 * {@link WorkspaceSession} with a stand-in for the user's dialogs, the shell view with its shortcuts, one section shown.
 * {@link #reopen()} closes the workspace and shows the window on it again, as the next start of the application would.
 */
public final class MainWindowOnWorkspace {

    private final Stage stage;
    private final Path folder;
    private final DialogService dialogs;
    private final Section section;
    private final Optional<String> displayName;
    private final boolean firstRunWork;
    private WorkspaceSession session;
    private ShellContext context;
    private ShellViewModel shell;
    private Scene scene;

    private MainWindowOnWorkspace(Stage stage, Path folder, DialogService dialogs, Section section,
                                  Optional<String> displayName, boolean firstRunWork) {
        this.stage = stage;
        this.folder = folder;
        this.dialogs = dialogs;
        this.section = section;
        this.displayName = displayName;
        this.firstRunWork = firstRunWork;
    }

    /**
     * Shows the window on the workspace in {@code folder} with {@code section} selected and, as the application does once
     * the window is up, starts the first-run work (the bundled sample imported on an empty workspace).
     */
    public static MainWindowOnWorkspace open(Stage stage, Path folder, DialogService dialogs, Section section) {
        return new MainWindowOnWorkspace(stage, folder, dialogs, section, Optional.empty(), true).show();
    }

    /** The window with {@code section} selected but no first-run work started: the workspace stays as the test made it. */
    public static MainWindowOnWorkspace openQuietly(Stage stage, Path folder, DialogService dialogs, Section section) {
        return new MainWindowOnWorkspace(stage, folder, dialogs, section, Optional.empty(), false).show();
    }

    /** Like {@link #openQuietly}, the workspace's user named {@code displayName} before the window opens. */
    public static MainWindowOnWorkspace openQuietlyAs(String displayName, Stage stage, Path folder,
                                                      DialogService dialogs, Section section) {
        return new MainWindowOnWorkspace(stage, folder, dialogs, section, Optional.of(displayName), false).show();
    }

    private MainWindowOnWorkspace show() {
        session = WorkspaceSession.open(Optional.of(folder), dialogs);
        displayName.ifPresent(name -> session.workspace().settings().put(SettingsStore.DISPLAY_NAME, name));
        context = session.shellContext();
        shell = context.createViewModel();
        shell.show(section);
        ShellView view = context.createView(shell);
        scene = new Scene(view, 1280, 800);
        view.installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
        if (firstRunWork) {
            context.onShown().run();
        }
        return this;
    }

    /** Closes the workspace and shows the window on it again, with the same section; call on the JavaFX thread. */
    public void reopen() {
        session.close();
        show();
    }

    /** Closes the workspace (the window stays). */
    public void close() {
        session.close();
    }

    public WorkspaceSession session() {
        return session;
    }

    public ShellContext context() {
        return context;
    }

    public ShellViewModel shell() {
        return shell;
    }

    public Scene scene() {
        return scene;
    }

    /** Writes the window as it is now under {@link UiTestSupport#SCREENSHOTS}. */
    public void screenshot(FxRobot robot, String fileName) throws IOException {
        UiTestSupport.writeScreenshot(robot, scene, fileName);
    }
}
