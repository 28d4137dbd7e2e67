package com.retailstudio.app.ui;

import com.retailstudio.app.ui.shell.ShellContext;
import com.retailstudio.app.ui.shell.ShellSettings;
import com.retailstudio.app.ui.task.FxTaskExecutor;
import com.retailstudio.app.workspace.SettingsStore;
import com.retailstudio.app.workspace.Workspace;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** One opened workspace and what the desktop application builds on it. */
public final class WorkspaceSession implements AutoCloseable {

    private final Workspace workspace;
    private final FxTaskExecutor tasks = new FxTaskExecutor();

    private WorkspaceSession(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Opens the workspace in the folder, or the default one. */
    public static WorkspaceSession open(Optional<Path> directory) {
        return new WorkspaceSession(Workspace.open(directory.orElseGet(Workspace::defaultDirectory)));
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The context of the desktop application: what the window changes is remembered in the workspace. */
    public ShellContext shellContext() {
        return shellContext(persistentSettings(workspace.settings()));
    }

    /** The context of a rendered preview: it reads the workspace's settings but never changes them. */
    public ShellContext previewContext() {
        return shellContext(previewSettings(workspace.settings()));
    }

    private ShellContext shellContext(ShellSettings settings) {
        return new ShellContext(settings, workspace.directory().toString(), workspace.currentUser(),
                tasks, Map.of());
    }

    private static ShellSettings persistentSettings(SettingsStore store) {
        return new ShellSettings() {
            @Override
            public Optional<String> get(String key) {
                return store.get(key);
            }

            @Override
            public void put(String key, String value) {
                store.put(key, value);
            }
        };
    }

    private static ShellSettings previewSettings(SettingsStore store) {
        Map<String, String> changed = new ConcurrentHashMap<>();
        return new ShellSettings() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(changed.get(key)).or(() -> store.get(key));
            }

            @Override
            public void put(String key, String value) {
                changed.put(key, value);
            }
        };
    }

    @Override
    public void close() {
        tasks.shutdown();
        workspace.close();
    }
}
