package com.retailstudio.simulator.ui;

/**
 * What one run did with one customer, as far as conversion and uplift go: never entered, entered treated or held out,
 * and whether they reached the goal; two runs' outcomes customer by customer are {@link PairedOutcomes} in blocks of
 * one.
 */
enum CustomerOutcome {
    NOT_ENTERED, TREATED, TREATED_CONVERTED, HOLDOUT, HOLDOUT_CONVERTED;

    private static final CustomerOutcome[] ALL = values();

    boolean treated() {
        return this == TREATED || this == TREATED_CONVERTED;
    }

    boolean heldOut() {
        return this == HOLDOUT || this == HOLDOUT_CONVERTED;
    }

    boolean converted() {
        return this == TREATED_CONVERTED || this == HOLDOUT_CONVERTED;
    }

    static CustomerOutcome ofOrdinal(int ordinal) {
        return ALL[ordinal];
    }
}
