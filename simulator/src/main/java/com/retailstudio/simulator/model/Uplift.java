package com.retailstudio.simulator.model;

/**
 * Treated versus holdout conversion among customers who entered: absolute uplift with a 95 % Wald two-proportion
 * interval, relative uplift, and incremental revenue.
 */
public record Uplift(long treated, long holdout, double treatedRate, double holdoutRate, double absolute,
        double relative, double ciLow, double ciHigh, double incrementalRevenue) {

    private static final double Z95 = 1.959964;

    /** NaN stands for "not defined" (no customers in a group, or a zero holdout rate for the relative figure). */
    public static Uplift of(long treated, long treatedConversions, double treatedRevenue, long holdout,
            long holdoutConversions, double holdoutRevenue) {
        double p1 = treated == 0 ? Double.NaN : (double) treatedConversions / treated;
        double p0 = holdout == 0 ? Double.NaN : (double) holdoutConversions / holdout;
        double abs = p1 - p0;
        double se = Math.sqrt(p1 * (1 - p1) / treated + p0 * (1 - p0) / holdout);
        double rel = p0 > 0 ? abs / p0 : Double.NaN;
        double incremental = treated == 0 || holdout == 0 ? Double.NaN
                : (treatedRevenue / treated - holdoutRevenue / holdout) * treated;
        return new Uplift(treated, holdout, p1, p0, abs, rel, abs - Z95 * se, abs + Z95 * se, incremental);
    }
}
