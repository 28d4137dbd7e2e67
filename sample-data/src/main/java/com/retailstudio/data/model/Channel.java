package com.retailstudio.data.model;

import java.util.Optional;

/** A channel through which a customer interacts or is reached. */
public enum Channel implements CsvCode {
    WEB("web"),
    EMAIL("email"),
    APP("app"),
    SMS("sms"),
    STORE("store"),
    PAID_MEDIA("paid_media");

    private final String csv;

    Channel(String csv) {
        this.csv = csv;
    }

    @Override
    public String csv() {
        return csv;
    }

    /** The constant spelled {@code text} in the data files, or empty when the spelling is not part of the contract. */
    public static Optional<Channel> fromCsv(String text) {
        return CsvCode.parse(Channel.class, text);
    }
}
