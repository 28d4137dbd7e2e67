package com.retailstudio.data.model;

import java.util.Optional;

/** A customer's age band, as collected at sign-up. */
public enum AgeBand implements CsvCode {
    AGE_18_24("18-24"),
    AGE_25_34("25-34"),
    AGE_35_44("35-44"),
    AGE_45_54("45-54"),
    AGE_55_64("55-64"),
    AGE_65_PLUS("65+");

    private final String csv;

    AgeBand(String csv) {
        this.csv = csv;
    }

    @Override
    public String csv() {
        return csv;
    }

    /** The constant spelled {@code text} in the data files, or empty when the spelling is not part of the contract. */
    public static Optional<AgeBand> fromCsv(String text) {
        return CsvCode.parse(AgeBand.class, text);
    }
}
