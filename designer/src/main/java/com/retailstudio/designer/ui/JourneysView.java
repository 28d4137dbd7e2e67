package com.retailstudio.designer.ui;

import com.retailstudio.designer.model.Journey;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The Journeys section: templates to start from on the left with the journey's checks below them, the selected
 * journey's summary and canvas on the right.
 */
public final class JourneysView extends BorderPane {

    public JourneysView(JourneysViewModel model) {
        getStyleClass().add("journeys-view");
        getStylesheets().add(JourneysView.class.getResource("journeys.css").toExternalForm());

        ListView<Journey> templates = new ListView<>(model.templates());
        templates.setId("journey-templates");
        templates.getStyleClass().add("template-list");
        templates.setCellFactory(list -> new TemplateCell());
        templates.getSelectionModel().select(model.selectedTemplateProperty().get());
        templates.getSelectionModel().selectedItemProperty().addListener((observable, before, chosen) -> {
            if (chosen != null) {
                model.selectedTemplateProperty().set(chosen);
            }
        });
        templates.setPrefHeight(5 * 62 + 4);
        templates.setMinHeight(5 * 62 + 4);
        Label templatesTitle = new Label("Templates");
        templatesTitle.getStyleClass().add("journeys-side-title");
        LintPanel lint = new LintPanel(model);
        VBox.setVgrow(lint, Priority.ALWAYS);
        VBox side = new VBox(8, templatesTitle, templates, lint);
        side.getStyleClass().add("journeys-side");
        setLeft(side);

        JourneyCanvasView canvas = new JourneyCanvasView();
        canvas.setId("journey-canvas");
        canvas.journeyProperty().bind(model.journeyProperty());
        canvas.selectedNodeProperty().bindBidirectional(model.selectedNodeProperty());
        javafx.beans.binding.Bindings.bindContent(canvas.findings(), model.findings());

        Label name = new Label();
        name.getStyleClass().add("journey-name");
        Label description = new Label();
        description.getStyleClass().add("journey-description");
        description.setWrapText(false);
        description.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        javafx.scene.control.Tooltip descriptionTip = new javafx.scene.control.Tooltip();
        descriptionTip.setWrapText(true);
        descriptionTip.setMaxWidth(480);
        descriptionTip.textProperty().bind(description.textProperty());
        description.setTooltip(descriptionTip);
        FlowPane facts = new FlowPane(6, 6);
        facts.getStyleClass().add("journey-facts");
        Label entry = new Label();
        entry.getStyleClass().add("journey-entry");
        entry.setGraphic(new FontIcon(Material2OutlinedAL.LOGIN));
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox titleRow = new HBox(12, name, gap, entry);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(4, titleRow, description, facts);
        header.getStyleClass().add("journey-header");
        Runnable show = () -> {
            Journey j = model.journeyProperty().get();
            name.setText(j == null ? "" : j.name());
            description.setText(j == null ? "" : j.description());
            entry.setText(j == null ? "" : j.entry().describe());
            facts.getChildren().clear();
            if (j != null) {
                model.facts(j).forEach(fact -> {
                    Label chip = new Label(fact);
                    chip.getStyleClass().add("journey-fact");
                    facts.getChildren().add(chip);
                });
            }
        };
        model.journeyProperty().addListener((observable, before, after) -> show.run());
        show.run();
        VBox center = new VBox(header, canvas);
        VBox.setVgrow(canvas, Priority.ALWAYS);
        setCenter(center);
        BorderPane.setMargin(side, new Insets(0));
        side.setAlignment(Pos.TOP_LEFT);
    }

    private static final class TemplateCell extends ListCell<Journey> {
        @Override
        protected void updateItem(Journey journey, boolean empty) {
            super.updateItem(journey, empty);
            if (empty || journey == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(journey.name());
            title.getStyleClass().add("template-title");
            Label meta = new Label(journey.nodes().size() + " steps · goal " + journey.goal().event());
            meta.getStyleClass().add("template-meta");
            VBox box = new VBox(1, title, meta);
            setGraphic(box);
            setText(null);
        }
    }
}
