package com.retailstudio.app.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** A centred empty state: icon, headline, what will be here, and one primary action. */
public final class EmptyStateView extends StackPane {

    public EmptyStateView(EmptyState state) {
        getStyleClass().add("empty-state");

        FontIcon icon = new FontIcon(state.section().icon());
        icon.getStyleClass().add("empty-state-icon");
        StackPane badge = new StackPane(icon);
        badge.getStyleClass().add("empty-state-badge");
        badge.setMaxSize(96, 96);

        Label headline = new Label(state.headline());
        headline.getStyleClass().add(Styles.TITLE_2);
        headline.setWrapText(true);

        Label description = new Label(state.description());
        description.getStyleClass().addAll(Styles.TEXT_MUTED, "empty-state-description");
        description.setWrapText(true);

        VBox highlights = new VBox(8);
        highlights.getStyleClass().add("empty-state-highlights");
        for (String highlight : state.highlights()) {
            FontIcon check = new FontIcon(Material2OutlinedAL.CHECK_CIRCLE);
            check.getStyleClass().add("empty-state-check");
            Label text = new Label(highlight, check);
            text.setWrapText(true);
            text.setGraphicTextGap(10);
            highlights.getChildren().add(text);
        }

        Button action = new Button(state.actionLabel(), new FontIcon(state.actionIcon()));
        action.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        action.setDefaultButton(state.action().isPresent());
        action.setDisable(state.action().isEmpty());
        state.action().ifPresent(runnable -> action.setOnAction(event -> runnable.run()));
        action.setId(state.section().id() + "-empty-action");
        action.setMinWidth(Region.USE_PREF_SIZE);

        Label caption = new Label(state.caption());
        caption.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        caption.setWrapText(true);

        HBox actionRow = new HBox(16, action, caption);
        actionRow.setAlignment(Pos.CENTER_LEFT);

        VBox column = new VBox(18, badge, headline, description, highlights, actionRow);
        column.getStyleClass().add("empty-state-column");
        column.setAlignment(Pos.CENTER_LEFT);
        column.setMaxWidth(600);
        column.setFillWidth(true);
        getChildren().add(column);
        setAlignment(Pos.CENTER);
    }
}
