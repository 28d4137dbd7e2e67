package com.retailstudio.designer.ui;

import com.retailstudio.designer.model.FieldCatalogue;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.ui.properties.JourneySettingsPanel;
import com.retailstudio.designer.ui.properties.NodePropertiesPanel;
import java.util.Optional;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The editor's right-hand side: the selected step's properties, the journey's settings when nothing is selected, or a
 * hint when several steps are. Every valid edit made here goes through the view model, so it is undoable and saved.
 */
final class InspectorPane extends StackPane {

    private final JourneyEditorModel model;
    private final NodePropertiesPanel step;
    private final JourneySettingsPanel settings;
    private final VBox several = new VBox(6);

    InspectorPane(JourneyEditorModel model, FieldCatalogue catalogue) {
        this.model = model;
        step = new NodePropertiesPanel(catalogue);
        settings = new JourneySettingsPanel(catalogue, model.audiences());
        step.setOnChange(model::replaceNode);
        settings.setOnChange(model::updateSettings);
        several.setId("journey-selection-summary");
        several.getStyleClass().add("journey-step-summary");
        getChildren().addAll(settings, step, several);
        Runnable refresh = this::refresh;
        model.journeyProperty().addListener((observable, before, after) -> refresh.run());
        model.selection().addListener((SetChangeListener<String>) change -> refresh.run());
        model.selectedNodeProperty().addListener((observable, before, after) -> refresh.run());
        refresh();
    }

    private void refresh() {
        Journey journey = model.journeyProperty().get();
        int selected = model.selection().size();
        Optional<JourneyNode> node = Optional.ofNullable(journey).flatMap(j ->
                Optional.ofNullable(model.selectedNodeProperty().get()).flatMap(j::node));
        boolean showSeveral = journey != null && selected > 1;
        boolean showStep = journey != null && !showSeveral && node.isPresent();
        boolean showSettings = journey != null && !showSeveral && !showStep;
        several.setVisible(showSeveral);
        step.setVisible(showStep);
        settings.setVisible(showSettings);
        if (showSeveral) {
            several.getChildren().setAll(
                    label("SELECTION", "title"),
                    label(selected + " steps selected", "name"),
                    label("Drag one to move them together, Delete removes them, Ctrl+C copies them.", "hint"));
        } else if (showStep) {
            step.show(journey, node.get());
        } else if (showSettings) {
            settings.show(journey);
        }
    }

    private static Label label(String text, String kind) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("journey-step-summary-" + kind);
        return label;
    }
}
