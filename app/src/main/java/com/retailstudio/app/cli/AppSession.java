package com.retailstudio.app.cli;

import com.retailstudio.app.ui.shell.ShellContext;
import com.retailstudio.app.ui.shell.ShellSettings;
import com.retailstudio.app.ui.task.FxTaskExecutor;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** One opened workspace and what the desktop application builds on it. */
final class AppSession implements AutoCloseable {

    private final Path directory;
    private final ShellSettings settings;

    private AppSession(Path directory, ShellSettings settings) {
        this.directory = directory;
        this.settings = settings;
    }

    static AppSession open(Optional<Path> directory) {
        Path folder = directory.orElse(Path.of(System.getProperty("user.home"), ".retail-studio", "workspace"));
        Map<String, String> values = new ConcurrentHashMap<>();
        ShellSettings settings = new ShellSettings() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(values.get(key));
            }

            @Override
            public void put(String key, String value) {
                values.put(key, value);
            }
        };
        return new AppSession(folder, settings);
    }

    ShellContext shellContext() {
        return new ShellContext(settings, directory.toString(), System.getProperty("user.name"),
                new FxTaskExecutor(), Map.of());
    }

    @Override
    public void close() {
    }
}
