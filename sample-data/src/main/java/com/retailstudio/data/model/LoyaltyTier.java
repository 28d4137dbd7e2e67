package com.retailstudio.data.model;

import java.util.Optional;

/** A customer's loyalty programme tier. */
public enum LoyaltyTier implements CsvCode {
    NONE("NONE"),
    SILVER("SILVER"),
    GOLD("GOLD"),
    PLATINUM("PLATINUM");

    private final String csv;

    LoyaltyTier(String csv) {
        this.csv = csv;
    }

    @Override
    public String csv() {
        return csv;
    }

    /** The constant spelled {@code text} in the data files, or empty when the spelling is not part of the contract. */
    public static Optional<LoyaltyTier> fromCsv(String text) {
        return CsvCode.parse(LoyaltyTier.class, text);
    }
}
