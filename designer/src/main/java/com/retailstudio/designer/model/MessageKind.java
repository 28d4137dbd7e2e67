package com.retailstudio.designer.model;

import java.util.Arrays;
import java.util.Optional;

/** What a message is about; the spellings are the data contract's {@code message_kind} codes. */
public enum MessageKind {
    RECOMMENDATION("recommendation", "Recommendation"),
    SCARCITY("scarcity", "Scarcity"),
    REMINDER("reminder", "Reminder"),
    PROMOTION("promotion", "Promotion"),
    LOYALTY_REWARD("loyalty_reward", "Loyalty reward");

    private final String json;
    private final String label;

    MessageKind(String json, String label) {
        this.json = json;
        this.label = label;
    }

    public String json() {
        return json;
    }

    public String label() {
        return label;
    }

    public static Optional<MessageKind> fromJson(String text) {
        return Arrays.stream(values()).filter(k -> k.json.equals(text)).findFirst();
    }
}
