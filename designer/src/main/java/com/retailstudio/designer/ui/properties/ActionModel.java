package com.retailstudio.designer.ui.properties;

import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Message;
import java.util.Optional;

/** An Action step: one message. */
public final class ActionModel extends NodeEditorModel {
    private final MessageModel message = new MessageModel();

    public ActionModel(JourneyNode.Action action) {
        super(action);
        message.load(action.message());
    }

    public MessageModel message() {
        return message;
    }

    @Override
    public Optional<JourneyNode> read() {
        Optional<String> t = title().read();
        Optional<Message> m = message.read();
        if (t.isEmpty() || m.isEmpty()) {
            return Optional.empty();
        }
        JourneyNode node = current();
        return Optional.of(new JourneyNode.Action(node.id(), t.get(), node.position(), m.get()));
    }
}
