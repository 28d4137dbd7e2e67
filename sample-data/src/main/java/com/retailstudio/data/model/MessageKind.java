package com.retailstudio.data.model;

import java.util.Optional;

/** The creative kind of a marketing message. */
public enum MessageKind implements CsvCode {
    RECOMMENDATION("recommendation"),
    SCARCITY("scarcity"),
    REMINDER("reminder"),
    PROMOTION("promotion"),
    LOYALTY_REWARD("loyalty_reward");

    private final String csv;

    MessageKind(String csv) {
        this.csv = csv;
    }

    @Override
    public String csv() {
        return csv;
    }

    /** The constant spelled {@code text} in the data files, or empty when the spelling is not part of the contract. */
    public static Optional<MessageKind> fromCsv(String text) {
        return CsvCode.parse(MessageKind.class, text);
    }
}
