package com.retailstudio.designer.ui;

import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import java.util.Optional;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * What the properties area shows until the property panel is plugged in: the selected step's kind, title, id,
 * summary and where each of its paths leads, or the journey's settings when nothing is selected. Read-only.
 */
final class StepSummaryPanel extends VBox {

    StepSummaryPanel(JourneysViewModel model) {
        getStyleClass().add("journey-step-summary");
        setSpacing(6);
        Runnable refresh = () -> show(model);
        model.journeyProperty().addListener((observable, before, after) -> refresh.run());
        model.selection().addListener((SetChangeListener<String>) change -> refresh.run());
        model.selectedNodeProperty().addListener((observable, before, after) -> refresh.run());
        refresh.run();
    }

    private void show(JourneysViewModel model) {
        getChildren().clear();
        Journey journey = model.journeyProperty().get();
        if (journey == null) {
            return;
        }
        int selected = model.selection().size();
        Optional<JourneyNode> node = Optional.ofNullable(model.selectedNodeProperty().get()).flatMap(journey::node);
        if (selected > 1) {
            add("SELECTION", "title");
            add(selected + " steps selected", "name");
            add("Drag one to move them together, Delete removes them, Ctrl+C copies them.", "hint");
            return;
        }
        if (node.isEmpty()) {
            add("JOURNEY", "title");
            add(journey.name(), "name");
            add(journey.entry().describe(), "text");
            model.facts(journey).forEach(fact -> add(fact, "text"));
            add("Select a step to see its settings. Drag a step kind from the left onto the canvas to add one.",
                    "hint");
            return;
        }
        JourneyNode step = node.get();
        add(NodeStyle.of(step).kind(), "title");
        add(step.title().isBlank() ? step.id() : step.title(), "name");
        add(step.summary(), "text");
        add("Id: " + step.id(), "meta");
        if (!step.outputPorts().isEmpty()) {
            add("PATHS", "title");
            for (String port : step.outputPorts()) {
                String words = JourneyCanvasView.portLabel(step, port).orElse("Next");
                String to = journey.edgesFrom(step.id()).stream().filter(e -> e.port().equals(port))
                        .map(Edge::to).findFirst().flatMap(journey::node)
                        .map(n -> "→ " + (n.title().isBlank() ? n.id() : n.title())).orElse("→ not connected");
                add(words + " " + to, "text");
            }
        }
        model.findings().stream().filter(f -> f.nodeId().equals(Optional.of(step.id())))
                .forEach(f -> add(f.message(), "finding"));
    }

    private void add(String text, String kind) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("journey-step-summary-" + kind);
        getChildren().add(label);
    }
}
