package com.retailstudio.app.ui.shell;

import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The column of section buttons on the left of the main window. */
final class NavigationRail extends VBox {

    private final Map<Section, ToggleButton> buttons = new EnumMap<>(Section.class);

    NavigationRail(ShellViewModel shell) {
        getStyleClass().add("navigation-rail");

        FontIcon logo = new FontIcon(Material2OutlinedMZ.STOREFRONT);
        logo.getStyleClass().add("rail-logo");
        Label brand = new Label("Retail\nStudio", logo);
        brand.setContentDisplay(ContentDisplay.TOP);
        brand.getStyleClass().add("rail-brand");
        getChildren().add(brand);

        ToggleGroup group = new ToggleGroup();
        int index = 1;
        for (Section section : Section.values()) {
            ToggleButton button = new ToggleButton(section.title(), new FontIcon(section.icon()));
            button.setContentDisplay(ContentDisplay.TOP);
            button.setWrapText(true);
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("rail-button");
            button.setId("nav-" + section.id());
            button.setTooltip(new Tooltip(section.title() + "  (Ctrl+" + index++ + ")"));
            button.setUserData(section);
            buttons.put(section, button);
            getChildren().add(button);
        }
        // A section is always selected: clicking the selected button again keeps it selected.
        group.selectedToggleProperty().addListener((observable, before, now) -> {
            if (now == null) {
                before.setSelected(true);
            } else {
                shell.show((Section) now.getUserData());
            }
        });
        selectButtonOf(shell.section());
        shell.sectionProperty().addListener((observable, before, now) -> selectButtonOf(now));

        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.UP) {
                int step = event.getCode() == KeyCode.DOWN ? 1 : -1;
                Section[] sections = Section.values();
                int next = Math.floorMod(shell.section().ordinal() + step, sections.length);
                shell.show(sections[next]);
                buttons.get(sections[next]).requestFocus();
                event.consume();
            }
        });

        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);

        Button themeToggle = new Button();
        themeToggle.setId("theme-toggle");
        themeToggle.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "rail-theme-toggle");
        themeToggle.graphicProperty().bind(shell.themeProperty().map(theme -> new FontIcon(
                theme == Theme.LIGHT ? Material2OutlinedMZ.NIGHTS_STAY : Material2OutlinedMZ.WB_SUNNY)));
        themeToggle.setTooltip(new Tooltip("Switch between light and dark  (Ctrl+Shift+T)"));
        themeToggle.setOnAction(event -> shell.toggleTheme());
        setAlignment(Pos.TOP_CENTER);
        getChildren().addAll(spacer, themeToggle);
    }

    private void selectButtonOf(Section section) {
        ToggleButton button = buttons.get(section);
        // The focus ring follows the selection (a shortcut, a section's own link), never marks another section.
        boolean railFocused = buttons.values().stream().anyMatch(ToggleButton::isFocused);
        if (!button.isSelected()) {
            button.setSelected(true);
        }
        if (railFocused && !button.isFocused()) {
            button.requestFocus();
        }
    }
}
