package com.retailstudio.simulator.model;

import java.io.Serializable;

/**
 * Customers treated by a portfolio against those in its global control: how many of each, how many converted and
 * their goal revenue in cents; and the treated customers' conversions beyond what the same customers did when
 * simulated without marketing. Whole numbers, so partitions add up exactly.
 */
final class ControlCounts implements Serializable {
    private static final long serialVersionUID = 1L;

    private long treated;
    private long treatedConversions;
    private long treatedRevenueCents;
    private long control;
    private long controlConversions;
    private long controlRevenueCents;
    private long treatedGain;

    /** A customer; {@code convertedWithoutMarketing} whether they converted when simulated without marketing. */
    void add(boolean inControl, boolean converted, double revenue, boolean convertedWithoutMarketing) {
        if (inControl) {
            control++;
            controlConversions += converted ? 1 : 0;
            controlRevenueCents += Sums.cents(revenue);
        } else {
            treated++;
            treatedConversions += converted ? 1 : 0;
            treatedRevenueCents += Sums.cents(revenue);
            treatedGain += (converted ? 1 : 0) - (convertedWithoutMarketing ? 1 : 0);
        }
    }

    void merge(ControlCounts other) {
        treated += other.treated;
        treatedConversions += other.treatedConversions;
        treatedRevenueCents += other.treatedRevenueCents;
        control += other.control;
        controlConversions += other.controlConversions;
        controlRevenueCents += other.controlRevenueCents;
        treatedGain += other.treatedGain;
    }

    /** The treated customers' conversions minus their conversions when simulated without marketing. */
    long simulatedIncrementalConversions() {
        return treatedGain;
    }

    long treatedConversions() {
        return treatedConversions;
    }

    Uplift uplift() {
        return Uplift.of(treated, treatedConversions, treatedRevenueCents / 100.0, control, controlConversions,
                controlRevenueCents / 100.0);
    }

    /**
     * The treated customers' conversions beyond what the control's rate predicts for them: 0 without treated
     * customers, NaN when treated customers have no control to compare with.
     */
    double incrementalConversions() {
        if (treated == 0) {
            return 0;
        }
        return control == 0 ? Double.NaN : treatedConversions - (double) controlConversions * treated / control;
    }

    /** Whether treated customers have no control customer to compare with. */
    boolean unmeasured() {
        return treated > 0 && control == 0;
    }

    long treated() {
        return treated;
    }

    @Override
    public String toString() {
        return treated + "/" + treatedConversions + "/" + treatedRevenueCents + "/" + control + "/"
                + controlConversions + "/" + controlRevenueCents + "/" + treatedGain;
    }
}
