package com.retailstudio.simulator.ui;

import com.retailstudio.simulator.model.SimulationResults;

/**
 * What one run did with one customer, as far as conversion and uplift go: never entered, entered treated or held out,
 * and whether they reached the goal. The runs of a comparison keep one per customer, so their difference can be
 * measured on the customers they share ({@link PairedOutcomes}).
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

    /** The outcome of the one customer whose run {@code alone} holds (a partition of one customer). */
    static CustomerOutcome of(SimulationResults alone) {
        if (alone.treatedCustomers() + alone.holdoutCustomers() > 1) {
            throw new IllegalArgumentException("results of more than one customer");
        }
        if (alone.treatedCustomers() == 1) {
            return alone.treatedConversions() == 1 ? TREATED_CONVERTED : TREATED;
        }
        if (alone.holdoutCustomers() == 1) {
            return alone.holdoutConversions() == 1 ? HOLDOUT_CONVERTED : HOLDOUT;
        }
        return NOT_ENTERED;
    }
}
