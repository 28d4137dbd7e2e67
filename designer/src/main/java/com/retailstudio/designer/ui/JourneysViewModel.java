package com.retailstudio.designer.ui;

import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.lint.Finding;
import com.retailstudio.designer.lint.Lint;
import com.retailstudio.designer.lint.Severity;
import com.retailstudio.designer.model.DurationText;
import com.retailstudio.designer.model.FrequencyCap;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.NumberText;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Journeys section's state: the templates to start from, the journey shown, its lint findings and the selected
 * step. No nodes: testable without a stage.
 */
public final class JourneysViewModel {

    private final ObservableList<Journey> templates = FXCollections.observableArrayList();
    private final ObjectProperty<Journey> selectedTemplate = new SimpleObjectProperty<>(this, "selectedTemplate");
    private final ReadOnlyObjectWrapper<Journey> journey = new ReadOnlyObjectWrapper<>(this, "journey");
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedNode = new SimpleObjectProperty<>(this, "selectedNode");

    public JourneysViewModel() {
        selectedTemplate.addListener((observable, before, chosen) -> show(chosen));
        JourneyTemplates.NAMES.forEach(name -> JourneyTemplates.load(name).ifPresent(templates::add));
        if (!templates.isEmpty()) {
            selectedTemplate.set(templates.get(0));
        }
    }

    private void show(Journey chosen) {
        selectedNode.set(null);
        journey.set(chosen);
        findings.setAll(chosen == null ? List.of() : Lint.check(chosen));
    }

    public ObservableList<Journey> templates() {
        return templates;
    }

    public ObjectProperty<Journey> selectedTemplateProperty() {
        return selectedTemplate;
    }

    public ReadOnlyObjectProperty<Journey> journeyProperty() {
        return journey.getReadOnlyProperty();
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    /** The node the user picked on the canvas or in the lint panel; null for none. */
    public ObjectProperty<String> selectedNodeProperty() {
        return selectedNode;
    }

    /** e.g. "No problems found" or "1 error · 2 warnings". */
    public String findingsSummary() {
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.size() - errors;
        if (findings.isEmpty()) {
            return "All checks pass";
        }
        return errors + (errors == 1 ? " error" : " errors") + " · " + warnings + (warnings == 1 ? " warning" : " warnings");
    }

    /** The facts shown above the canvas: entry, goal, guardrails, as short labelled phrases. */
    public List<String> facts(Journey j) {
        String caps = j.guardrails().frequencyCaps().stream().filter(c -> !c.isGlobal()).map(FrequencyCap::channel)
                .map(c -> c.orElseThrow().label()).collect(Collectors.joining(", "));
        Optional<FrequencyCap> global = j.guardrails().globalCap();
        return List.of(
                "Goal: " + j.goal().event() + " in " + DurationText.words(j.goal().window()),
                "Holdout " + NumberText.format(j.guardrails().holdoutPercent()) + " %",
                global.map(g -> "Max " + g.maxMessages() + " messages per " + DurationText.words(g.window())
                        .replaceFirst("^1 ", "")).orElse("Caps on " + (caps.isEmpty() ? "no channel" : caps)),
                "Quiet " + j.guardrails().quietHours().map(q -> q.from() + "–" + q.to()).orElse("hours: none"),
                "Re-entry " + (j.reEntry().allowed() ? j.reEntry().maxEntries() + "×, "
                        + DurationText.words(j.reEntry().cooldown()) + " apart" : "once"));
    }
}
