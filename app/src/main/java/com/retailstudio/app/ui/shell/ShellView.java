package com.retailstudio.app.ui.shell;

import atlantafx.base.theme.Styles;
import com.retailstudio.ui.task.RunningTask;
import java.util.Objects;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The main window's content: navigation rail, the selected section under its header, and the status bar. */
public final class ShellView extends BorderPane {

    private static final String STYLESHEET = Objects.requireNonNull(
            ShellView.class.getResource("shell.css")).toExternalForm();

    private final ShellViewModel shell;
    private final SectionViews sections;
    private final StackPane content = new StackPane();
    private final Label title = new Label();
    private final Label purpose = new Label();

    public ShellView(ShellViewModel shell, SectionViews sections, ObservableList<RunningTask> running) {
        this.shell = shell;
        this.sections = sections;
        getStyleClass().add("shell");
        getStylesheets().add(STYLESHEET);

        title.getStyleClass().add(Styles.TITLE_3);
        title.setId("section-title");
        purpose.getStyleClass().add(Styles.TEXT_MUTED);
        purpose.setWrapText(true);
        VBox header = new VBox(2, title, purpose);
        header.getStyleClass().add("section-header");

        content.getStyleClass().add("section-content");
        SectionViewport viewport = new SectionViewport();
        viewport.setContent(content);
        VBox.setVgrow(viewport, Priority.ALWAYS);
        VBox main = new VBox(header, viewport);
        main.getStyleClass().add("shell-main");

        setTop(fileMenu(shell));
        setLeft(new NavigationRail(shell));
        setCenter(main);
        setBottom(new StatusBar(shell, running));

        showSection(shell.section());
        shell.sectionProperty().addListener((observable, before, now) -> showSection(now));
        shell.themeProperty().addListener((observable, before, now) -> now.apply());
        shell.theme().apply();
    }

    private static MenuBar fileMenu(ShellViewModel shell) {
        MenuItem connect = new MenuItem("Connect to team workspace…");
        connect.setId("menu-connect-team");
        connect.setOnAction(event -> shell.connectToTeamWorkspace());
        MenuItem folder = new MenuItem("Use my workspace folder");
        folder.setId("menu-use-folder");
        folder.setOnAction(event -> shell.useWorkspaceFolder());
        MenuBar bar = new MenuBar(new Menu("File", null, connect, folder));
        bar.setId("menu-bar");
        return bar;
    }

    /** Adds the keyboard shortcuts that work anywhere in the window. */
    public void installShortcuts(Scene scene) {
        Section[] all = Section.values();
        for (int i = 0; i < all.length; i++) {
            Section section = all[i];
            KeyCode digit = KeyCode.valueOf("DIGIT" + (i + 1));
            scene.getAccelerators().put(new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN),
                    () -> shell.show(section));
        }
        scene.getAccelerators().put(
                new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                shell::toggleTheme);
    }

    private void showSection(Section section) {
        title.setText(section.title());
        purpose.setText(section.purpose());
        content.getChildren().setAll(sections.viewFor(section));
    }
}
