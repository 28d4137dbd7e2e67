package com.retailstudio.app.ui.shell;

import com.retailstudio.app.workspace.SettingsStore;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** State of the main window: the section shown, the theme, the remembered window size. */
public final class ShellViewModel {

    static final String SECTION_KEY = SettingsStore.LAST_SECTION;
    static final String THEME_KEY = SettingsStore.THEME;
    static final String WINDOW_SIZE_KEY = SettingsStore.WINDOW_SIZE;
    static final String DISPLAY_NAME_KEY = SettingsStore.DISPLAY_NAME;
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
    private TeamActions team = TeamActions.NONE;

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

    /** The File menu's actions on where the work lives. */
    public void useTeamActions(TeamActions actions) {
        this.team = Objects.requireNonNull(actions);
    }

    /** True on a team workspace: the name is the server's login and the window cannot change it. */
    public boolean nameFromServer() {
        return team.signedIn();
    }

    /** File → Connect to team workspace…: asks for the server and switches the window to it. */
    public void connectToTeamWorkspace() {
        team.connect().run();
    }

    /** File → Use my workspace folder: forgets the team workspace and switches back to the folder. */
    public void useWorkspaceFolder() {
        team.useFolder().run();
    }

    /**
     * Sets the name the user works under (recorded in the audit log and checked by four-eyes approval);
     * a blank name goes back to the operating-system user.
     */
    public void rename(String name) {
        if (nameFromServer()) {
            // The server says who is working; a typed name would only mislead.
            return;
        }
        String trimmed = name == null ? "" : name.strip();
        settings.put(DISPLAY_NAME_KEY, trimmed);
        userName.set(trimmed.isEmpty() ? System.getProperty("user.name", "unknown") : trimmed);
    }

    /** The size the window had when last closed, never smaller than the minimum the layout needs. */
    public WindowSize windowSize() {
        WindowSize stored = settings.get(WINDOW_SIZE_KEY).flatMap(ShellViewModel::parseSize)
                .orElse(new WindowSize(DEFAULT_WIDTH, DEFAULT_HEIGHT));
        return new WindowSize(Math.max(MIN_WIDTH, stored.width()), Math.max(MIN_HEIGHT, stored.height()));
    }

    /** Stored as {@code WIDTHxHEIGHT} in whole pixels. */
    public void rememberWindowSize(WindowSize size) {
        settings.put(WINDOW_SIZE_KEY, Math.round(size.width()) + "x" + Math.round(size.height()));
    }

    private static Optional<WindowSize> parseSize(String text) {
        String[] parts = text.split("x");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WindowSize(Double.parseDouble(parts[0]), Double.parseDouble(parts[1])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
