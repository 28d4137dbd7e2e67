package com.retailstudio.app.ui.shell;

import com.retailstudio.ui.task.FxTaskExecutor;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.scene.Node;

/**
 * Everything the main window needs from the outside world, passed in rather than reached for.
 * {@code onShown} runs on the JavaFX thread once the window's first frame is drawn, to start first-run work in the
 * background.
 */
public record ShellContext(ShellSettings settings, String workspaceDescription, String userName,
                           FxTaskExecutor tasks, Map<Section, Function<ShellViewModel, Node>> sectionFactories,
                           Runnable onShown, TeamActions team) {

    /** A context whose window cannot switch workspace. */
    public ShellContext(ShellSettings settings, String workspaceDescription, String userName, FxTaskExecutor tasks,
                        Map<Section, Function<ShellViewModel, Node>> sectionFactories, Runnable onShown) {
        this(settings, workspaceDescription, userName, tasks, sectionFactories, onShown, TeamActions.NONE);
    }

    /** A context with no section views of its own (every section shows its empty state) and nothing to start. */
    public ShellContext(ShellSettings settings, String workspaceDescription, String userName, FxTaskExecutor tasks) {
        this(settings, workspaceDescription, userName, tasks, Map.of(), () -> { });
    }

    public ShellContext {
        Objects.requireNonNull(settings);
        Objects.requireNonNull(workspaceDescription);
        Objects.requireNonNull(userName);
        Objects.requireNonNull(tasks);
        sectionFactories = Map.copyOf(sectionFactories);
        Objects.requireNonNull(onShown);
        Objects.requireNonNull(team);
    }

    /** Builds the window content for this context. */
    public ShellView createView(ShellViewModel shell) {
        return new ShellView(shell, new SectionViews(shell, sectionFactories), tasks.running());
    }

    public ShellViewModel createViewModel() {
        ShellViewModel shell = new ShellViewModel(settings, workspaceDescription, userName);
        shell.useTeamActions(team);
        return shell;
    }
}
