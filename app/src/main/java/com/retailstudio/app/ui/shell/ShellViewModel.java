package com.retailstudio.app.ui.shell;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** State of the main window: the section shown, the theme, the remembered window size. */
public final class ShellViewModel {

    static final String SECTION_KEY = "shell.section";
    static final String THEME_KEY = "shell.theme";
    static final String WIDTH_KEY = "shell.window.width";
    static final String HEIGHT_KEY = "shell.window.height";
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;
    static final double MIN_WIDTH = 960;
    static final double MIN_HEIGHT = 600;

    /** A window size in pixels. */
    public record WindowSize(double width, double height) {
    }

    private final ShellSettings settings;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(this, "section");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final ReadOnlyStringWrapper workspaceDescription = new ReadOnlyStringWrapper(this, "workspaceDescription");
    private final ReadOnlyStringWrapper userName = new ReadOnlyStringWrapper(this, "userName");

    public ShellViewModel(ShellSettings settings, String workspaceDescription, String userName) {
        this.settings = Objects.requireNonNull(settings);
        this.workspaceDescription.set(workspaceDescription);
        this.userName.set(userName);
        section.set(settings.get(SECTION_KEY).flatMap(Section::fromId).orElse(Section.JOURNEYS));
        theme.set(settings.get(THEME_KEY).flatMap(Theme::fromId).orElse(Theme.LIGHT));
        section.addListener((observable, before, now) -> settings.put(SECTION_KEY, now.id()));
        theme.addListener((observable, before, now) -> settings.put(THEME_KEY, now.id()));
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public Section section() {
        return section.get();
    }

    public void show(Section target) {
        section.set(Objects.requireNonNull(target));
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Theme theme() {
        return theme.get();
    }

    public void toggleTheme() {
        theme.set(theme.get().other());
    }

    public ReadOnlyStringProperty workspaceDescriptionProperty() {
        return workspaceDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty userNameProperty() {
        return userName.getReadOnlyProperty();
    }

    /** The size the window had when last closed, never smaller than the minimum the layout needs. */
    public WindowSize windowSize() {
        double width = settings.get(WIDTH_KEY).flatMap(ShellViewModel::parseSize).orElse(DEFAULT_WIDTH);
        double height = settings.get(HEIGHT_KEY).flatMap(ShellViewModel::parseSize).orElse(DEFAULT_HEIGHT);
        return new WindowSize(Math.max(MIN_WIDTH, width), Math.max(MIN_HEIGHT, height));
    }

    public void rememberWindowSize(WindowSize size) {
        settings.put(WIDTH_KEY, Long.toString(Math.round(size.width())));
        settings.put(HEIGHT_KEY, Long.toString(Math.round(size.height())));
    }

    private static Optional<Double> parseSize(String text) {
        try {
            return Optional.of(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
