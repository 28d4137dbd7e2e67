package com.retailstudio.designer.ui.properties;

import com.retailstudio.designer.model.FieldCatalogue;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The step inspector's state: which step is shown and the editor model for its kind. No nodes: testable without a
 * stage.
 */
public final class NodePropertiesModel {
    private final FieldCatalogue catalogue;
    private final ReadOnlyObjectWrapper<NodeEditorModel> editor = new ReadOnlyObjectWrapper<>(this, "editor");
    private Journey journey;

    public NodePropertiesModel(FieldCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Shows a step of the journey; null shows nothing. */
    public void show(Journey journey, JourneyNode node) {
        this.journey = journey;
        editor.set(node == null ? null : editorFor(journey, node));
    }

    /**
     * Takes a journey that changed elsewhere (or by our own commit) without rebuilding the editor when its step is
     * the one already shown, so typing in progress is not lost; returns whether the editor was kept.
     */
    public boolean keep(Journey newJourney, JourneyNode node) {
        NodeEditorModel shown = editor.get();
        if (shown != null && node != null && node.equals(shown.current())) {
            this.journey = newJourney;
            return true;
        }
        return false;
    }

    public Journey journey() {
        return journey;
    }

    /** The editor of the shown step, or null when no step is selected. */
    public ReadOnlyObjectProperty<NodeEditorModel> editorProperty() {
        return editor.getReadOnlyProperty();
    }

    /** Reads the shown step; a new step when it reads and changed, else empty. */
    public Optional<JourneyNode> commit() {
        NodeEditorModel shown = editor.get();
        return shown == null ? Optional.empty() : shown.commit();
    }

    private NodeEditorModel editorFor(Journey journey, JourneyNode node) {
        if (node instanceof JourneyNode.Wait wait) {
            return new WaitModel(wait);
        } else if (node instanceof JourneyNode.ConditionSplit split) {
            return new ConditionSplitModel(split, FieldChoices.of(catalogue, journey, false));
        } else if (node instanceof JourneyNode.RandomSplit split) {
            return new RandomSplitModel(split);
        } else if (node instanceof JourneyNode.Action action) {
            return new ActionModel(action);
        } else if (node instanceof JourneyNode.NextBestAction nba) {
            return new NextBestActionModel(nba);
        }
        return new EndpointModel(node);
    }
}
