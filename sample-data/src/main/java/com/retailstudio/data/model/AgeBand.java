package com.retailstudio.data.model;

import java.util.Optional;

/** A customer's age band at the end of the data set (the day of its newest event). */
public enum AgeBand implements CsvCode {
    AGE_18_24("18-24", 18, 24),
    AGE_25_34("25-34", 25, 34),
    AGE_35_44("35-44", 35, 44),
    AGE_45_54("45-54", 45, 54),
    AGE_55_64("55-64", 55, 64),
    AGE_65_PLUS("65+", 65, Integer.MAX_VALUE);

    private final String csv;
    private final int youngest;
    private final int oldest;

    AgeBand(String csv, int youngest, int oldest) {
        this.csv = csv;
        this.youngest = youngest;
        this.oldest = oldest;
    }

    /** How an age in whole years compares with the band: negative below it, 0 inside, positive above. */
    public int compareAge(int years) {
        return years < youngest ? -1 : years > oldest ? 1 : 0;
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
