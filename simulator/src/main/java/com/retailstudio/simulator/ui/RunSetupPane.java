package com.retailstudio.simulator.ui;

import atlantafx.base.theme.Styles;
import com.retailstudio.ui.feedback.FeedbackLabel;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The Simulation section's side panel, what to run: the journey, the seed, the active data set, the engine, the Run
 * button, the run under way ({@link RunProgressPane}) and, while there are no results, what the last run came to.
 */
final class RunSetupPane extends VBox {

    private final SimulationViewModel model;

    RunSetupPane(SimulationViewModel model, KeyCombination runKeys) {
        super(8);
        this.model = model;
        Label seedTitle = sideTitle("SEED");
        TextField seed = new TextField();
        seed.setId("simulation-seed");
        seed.textProperty().bindBidirectional(model.seedProperty());
        seed.setTooltip(new Tooltip("The same journey, data and seed always give the same figures."));
        seed.pseudoClassStateChanged(Styles.STATE_DANGER, model.parsedSeed().isEmpty());
        model.seedProperty().addListener((o, before, now) ->
                seed.pseudoClassStateChanged(Styles.STATE_DANGER, model.parsedSeed().isEmpty()));

        Button run = new Button("Run simulation", new FontIcon(Material2OutlinedMZ.PLAY_ARROW));
        run.setId("simulation-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.setMaxWidth(Double.MAX_VALUE);
        run.setDefaultButton(true);
        run.disableProperty().bind(model.canRunProperty().not());
        run.setOnAction(e -> model.run());
        run.setTooltip(new Tooltip("Run the journey on the active data set (" + runKeys.getDisplayText() + ")"));

        FeedbackLabel status = new FeedbackLabel(model.feedbackProperty());
        status.setId("simulation-status");
        // Once there are results, the results' header says what the run came to; with nothing to say the line takes
        // no room, so the panel does not move when a run starts or ends.
        VBox statusBox = new VBox(status);
        statusBox.visibleProperty().bind(model.summaryProperty().isNull().and(status.visibleProperty()));
        statusBox.managedProperty().bind(statusBox.visibleProperty());

        getChildren().setAll(sideTitle("JOURNEY"), journeyList(), spacer(4), seedTitle, seed, spacer(4),
                sideTitle("DATA SET"), dataSet(), spacer(4), new EnginePane(model.engines()), spacer(8), run,
                new RunProgressPane(model), statusBox);
        getStyleClass().add("simulation-side");
    }

    private ListView<JourneyChoice> journeyList() {
        ListView<JourneyChoice> journeys = new ListView<>(model.journeys());
        journeys.setId("simulation-journeys");
        journeys.getStyleClass().add("simulation-journey-list");
        journeys.setCellFactory(list -> new JourneyCell());
        journeys.setMinHeight(5 * 51 + 4);
        journeys.setPrefHeight(5 * 51 + 4);
        VBox.setVgrow(journeys, Priority.ALWAYS);
        journeys.getSelectionModel().select(model.journeyProperty().get());
        journeys.getSelectionModel().selectedItemProperty().addListener((o, before, chosen) -> {
            if (chosen != null) {
                model.journeyProperty().set(chosen);
            }
        });
        model.journeyProperty().addListener((o, before, now) -> {
            if (now != null && !now.equals(journeys.getSelectionModel().getSelectedItem())) {
                journeys.getSelectionModel().select(now);
            }
        });
        // Listing the journeys again clears the list's selection; the chosen one (equal, so no change) is kept.
        model.journeys().addListener((ListChangeListener<JourneyChoice>) change ->
                journeys.getSelectionModel().select(model.journeyProperty().get()));
        return journeys;
    }

    private Label dataSet() {
        Label data = new Label();
        data.setId("simulation-data");
        data.setWrapText(true);
        data.getStyleClass().add("simulation-journey-meta");
        data.setGraphic(new FontIcon(Material2OutlinedAL.FOLDER_OPEN));
        data.textProperty().bind(Bindings.createStringBinding(() -> {
            Path folder = model.dataFolderProperty().get();
            if (folder == null) {
                return "No active data set: import one in the Data section.";
            }
            String name = model.dataSetNameProperty().get();
            return name == null || name.isBlank() ? String.valueOf(folder.getFileName()) : name;
        }, model.dataFolderProperty(), model.dataSetNameProperty()));
        data.setTooltip(new Tooltip());
        data.getTooltip().textProperty().bind(Bindings.createStringBinding(
                () -> String.valueOf(model.dataFolderProperty().get()), model.dataFolderProperty()));
        return data;
    }

    private static Label sideTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("simulation-side-title");
        return label;
    }

    private static Region spacer(double height) {
        Region r = new Region();
        r.setMinHeight(height);
        return r;
    }
}
