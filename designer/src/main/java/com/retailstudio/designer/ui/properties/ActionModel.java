package com.retailstudio.designer.ui.properties;

import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Message;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** An Action step: one message, sent at once or at the customer's best hour. */
public final class ActionModel extends NodeEditorModel {
    private final MessageModel message = new MessageModel();
    private final BooleanProperty sendAtBestHour = new SimpleBooleanProperty(this, "sendAtBestHour");

    public ActionModel(JourneyNode.Action action) {
        super(action);
        message.load(action.message());
        sendAtBestHour.set(action.sendAtBestHour());
    }

    public MessageModel message() {
        return message;
    }

    /** Whether the send waits for the customer's best local hour (send-time optimisation). */
    public BooleanProperty sendAtBestHourProperty() {
        return sendAtBestHour;
    }

    @Override
    public Optional<JourneyNode> read() {
        Optional<String> t = title().read();
        Optional<Message> m = message.read();
        if (t.isEmpty() || m.isEmpty()) {
            return Optional.empty();
        }
        JourneyNode node = current();
        return Optional.of(new JourneyNode.Action(node.id(), t.get(), node.position(), m.get(),
                sendAtBestHour.get()));
    }
}
