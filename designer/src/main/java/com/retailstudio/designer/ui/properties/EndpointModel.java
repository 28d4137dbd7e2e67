package com.retailstudio.designer.ui.properties;

import com.retailstudio.designer.model.JourneyNode;
import java.util.Optional;

/** An Entry or Exit step: only its name is edited (the entry trigger is a journey setting). */
public final class EndpointModel extends NodeEditorModel {

    public EndpointModel(JourneyNode node) {
        super(node);
        if (!(node instanceof JourneyNode.Entry || node instanceof JourneyNode.Exit)) {
            throw new IllegalArgumentException("an entry or exit step");
        }
    }

    @Override
    public Optional<JourneyNode> read() {
        JourneyNode node = current();
        return title().read().map(t -> node instanceof JourneyNode.Entry
                ? new JourneyNode.Entry(node.id(), t, node.position())
                : new JourneyNode.Exit(node.id(), t, node.position()));
    }
}
