package com.retailstudio.data.model;

import java.util.Optional;

/** A purpose for which a customer may grant or withhold consent. */
public enum ConsentPurpose implements CsvCode {
    EMAIL_MARKETING("email_marketing"),
    PUSH_MARKETING("push_marketing"),
    SMS_MARKETING("sms_marketing"),
    PERSONALISED_OFFERS("personalised_offers"),
    IN_STORE_RECOGNITION("in_store_recognition"),
    PAID_MEDIA_AUDIENCES("paid_media_audiences");

    private final String csv;

    ConsentPurpose(String csv) {
        this.csv = csv;
    }

    @Override
    public String csv() {
        return csv;
    }

    /** The constant spelled {@code text} in the data files, or empty when the spelling is not part of the contract. */
    public static Optional<ConsentPurpose> fromCsv(String text) {
        return CsvCode.parse(ConsentPurpose.class, text);
    }
}
