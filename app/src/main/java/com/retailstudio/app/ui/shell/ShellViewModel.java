package com.retailstudio.app.ui.shell;

import com.retailstudio.app.workspace.SettingsStore;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** State of the main window: the section shown, the theme, the remembered window placement. */
public final class ShellViewModel {

    static final String SECTION_KEY = SettingsStore.LAST_SECTION;
    static final String THEME_KEY = SettingsStore.THEME;
    static final String WINDOW_SIZE_KEY = SettingsStore.WINDOW_SIZE;
    static final String DISPLAY_NAME_KEY = SettingsStore.DISPLAY_NAME;
    /** The main window's top-left corner on the screens, e.g. {@code 120,80}. */
    static final String WINDOW_POSITION_KEY = "ui.windowPosition";
    /** Whether the main window was maximised when last closed: {@code true} or {@code false}. */
    static final String WINDOW_MAXIMISED_KEY = "ui.windowMaximised";

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

    /**
     * Where the window was when last closed, if it ever was on this workspace (for this person, on a team workspace).
     * A workspace that remembered only a size gives a placement without a position.
     */
    public Optional<WindowPlacement> rememberedPlacement() {
        Optional<double[]> size = settings.get(WINDOW_SIZE_KEY).flatMap(text -> parsePair(text, "x"));
        if (size.isEmpty() || !(size.get()[0] > 0) || !(size.get()[1] > 0)) {
            return Optional.empty();
        }
        boolean maximised = settings.get(WINDOW_MAXIMISED_KEY).map("true"::equals).orElse(false);
        Optional<double[]> position = settings.get(WINDOW_POSITION_KEY).flatMap(text -> parsePair(text, ","));
        return Optional.of(position
                .map(at -> new WindowPlacement(at[0], at[1], size.get()[0], size.get()[1], maximised))
                .orElseGet(() -> WindowPlacement.centred(size.get()[0], size.get()[1], maximised)));
    }

    /** Stores the window's outer size ({@code WIDTHxHEIGHT}), position ({@code X,Y}) and maximised state. */
    public void rememberPlacement(WindowPlacement placement) {
        settings.put(WINDOW_SIZE_KEY, Math.round(placement.width()) + "x" + Math.round(placement.height()));
        if (placement.hasPosition()) {
            settings.put(WINDOW_POSITION_KEY, Math.round(placement.x()) + "," + Math.round(placement.y()));
        }
        settings.put(WINDOW_MAXIMISED_KEY, Boolean.toString(placement.maximised()));
    }

    private static Optional<double[]> parsePair(String text, String separator) {
        String[] parts = text.split(separator);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            double[] pair = {Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip())};
            return Double.isFinite(pair[0]) && Double.isFinite(pair[1]) ? Optional.of(pair) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
