package com.retailstudio.data.generate;

import com.retailstudio.data.generate.ContractVocabulary.ConsentPurpose;
import com.retailstudio.data.generate.ContractVocabulary.Country;

/** The planted consent rates: a base rate per purpose times a multiplier per country (lower in DE for some). */
final class ConsentModel {

    /** Base grant rate per purpose, in {@link ConsentPurpose} order; push is planted lower than email. */
    static final double[] BASE_RATE = {0.62, 0.45, 0.28, 0.55, 0.38, 0.42};

    /** Multiplier per country (rows in {@link Country} order) and purpose. */
    private static final double[][] COUNTRY_MULTIPLIER = {
            {1.05, 1.05, 1.05, 1.05, 1.05, 1.05},   // GB
            {0.85, 0.85, 0.85, 0.85, 0.45, 0.50},   // DE: in-store recognition and paid media audiences much lower
            {0.95, 0.95, 0.95, 0.95, 0.80, 0.80},   // FR
            {1.00, 1.00, 1.00, 1.00, 1.00, 1.00},   // NL
            {1.10, 1.10, 1.30, 1.10, 1.10, 1.20}};  // US

    private ConsentModel() {
    }

    static double grantRate(Country country, ConsentPurpose purpose) {
        return Math.min(0.95, BASE_RATE[purpose.ordinal()] * COUNTRY_MULTIPLIER[country.ordinal()][purpose.ordinal()]);
    }
}
