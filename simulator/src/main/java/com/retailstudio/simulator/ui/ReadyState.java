package com.retailstudio.simulator.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The Simulation section's empty state before a run: what a run does and what it will show. */
final class ReadyState extends VBox {

    ReadyState(SimulationViewModel model, KeyCombination runKeys) {
        super(14);
        FontIcon icon = new FontIcon(Material2OutlinedMZ.PLAY_CIRCLE_OUTLINE);
        icon.getStyleClass().add("simulation-empty-icon");
        Label title = new Label("Ready to simulate");
        title.getStyleClass().add("simulation-empty-title");
        Label text = new Label("Pick a journey (a template or a version saved in the workspace) and a seed on the "
                + "left, then press Run simulation (" + runKeys.getDisplayText() + "). Every customer of the active "
                + "data set is played through the journey, with its consent, frequency caps, quiet hours and holdout.");
        text.setWrapText(true);
        text.getStyleClass().add("simulation-empty-text");
        VBox points = new VBox(6,
                point("Headline figures: customers entered, treated against holdout conversion, uplift with its "
                        + "95 % interval, incremental revenue, messages per customer"),
                point("Flow drawn on the journey, and through every step in a table"),
                point("Charts: conversions over time against the holdout, channel mix, fatigue"),
                point("Every action by channel: sent, suppressed and why, opened, clicked, converted, revenue"),
                point("Customer trace: why one customer got a message, by id or by what happened to them"),
                point("Compare: two journeys on the same data and seed, side by side, with the difference's "
                        + "interval paired over the customers they share"),
                point("Portfolio: several journeys together under shared caps, priority and a global control, "
                        + "and what they take from each other"));
        Label hint = new Label();
        hint.getStyleClass().add("simulation-hint");
        hint.setWrapText(true);
        hint.textProperty().bind(Bindings.createStringBinding(() -> model.dataFolderProperty().get() == null
                ? "Runs need an active data set: import or activate one in the Data section."
                : "Same journey, data and seed give the same figures every time.", model.dataFolderProperty()));
        getChildren().setAll(icon, title, text, points, hint);
        setId("simulation-empty");
        getStyleClass().add("simulation-empty");
        setAlignment(Pos.CENTER_LEFT);
        setMaxHeight(Region.USE_PREF_SIZE);
    }

    private static Label point(String text) {
        Label label = new Label(text, new FontIcon(Material2OutlinedAL.CHECK_CIRCLE_OUTLINE));
        label.setWrapText(true);
        label.getStyleClass().add("simulation-empty-point");
        return label;
    }
}
