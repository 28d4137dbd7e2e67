package com.retailstudio.data.model;

import java.util.Optional;

/** The kind of an area on a store floor plan. */
public enum ZoneType implements CsvCode {
    ENTRANCE("entrance"),
    CHECKOUT("checkout"),
    CATEGORY("category"),
    FIXTURE("fixture");

    private final String csv;

    ZoneType(String csv) {
        this.csv = csv;
    }

    @Override
    public String csv() {
        return csv;
    }

    /** The constant spelled {@code text} in the data files, or empty when the spelling is not part of the contract. */
    public static Optional<ZoneType> fromCsv(String text) {
        return CsvCode.parse(ZoneType.class, text);
    }
}
