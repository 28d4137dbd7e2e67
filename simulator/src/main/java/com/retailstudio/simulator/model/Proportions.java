package com.retailstudio.simulator.model;

import java.io.Serializable;

/**
 * Intervals and tests for conversion rates (binomial proportions): Wilson's score interval for one rate,
 * Newcombe's hybrid score interval for the difference of two rates from disjoint groups, and the pooled
 * two-proportion z-test. Plain functions, exact to well below the digits a report shows.
 */
public final class Proportions {
    private Proportions() {
    }

    /** An interval {@code [low, high]}; NaN ends where it is not defined (no customers). */
    public record Interval(double low, double high) implements Serializable {
        public boolean contains(double x) {
            return low <= x && x <= high;
        }
    }

    /** Wilson's score interval for {@code successes} of {@code n} at two-sided level {@code 1 - alpha}. */
    public static Interval wilson(long successes, long n, double alpha) {
        if (n == 0) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double z = normalQuantile(1 - alpha / 2);
        double p = (double) successes / n;
        double z2n = z * z / n;
        double centre = (p + z2n / 2) / (1 + z2n);
        double half = z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4.0 * n));
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /**
     * Newcombe's hybrid score interval (his method 10) for p1 − p2 of two disjoint groups, built from each group's
     * Wilson interval; unlike the Wald interval it keeps its coverage near 0 and 1 and for small groups.
     */
    public static Interval newcombe(long x1, long n1, long x2, long n2, double alpha) {
        if (n1 == 0 || n2 == 0) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        Interval w1 = wilson(x1, n1, alpha);
        Interval w2 = wilson(x2, n2, alpha);
        double d = p1 - p2;
        double below = Math.sqrt(square(p1 - w1.low()) + square(w2.high() - p2));
        double above = Math.sqrt(square(w1.high() - p1) + square(p2 - w2.low()));
        return new Interval(d - below, d + above);
    }

    /** The two-sided p-value of the pooled two-proportion z-test of p1 = p2; 1 when it is not defined. */
    public static double twoSidedP(long x1, long n1, long x2, long n2) {
        if (n1 == 0 || n2 == 0) {
            return 1;
        }
        double pooled = (double) (x1 + x2) / (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        if (se == 0) {
            return 1;
        }
        double z = Math.abs((double) x1 / n1 - (double) x2 / n2) / se;
        return Math.min(1, 2 * upperTail(z));
    }

    /** P(Z > z) for a standard normal Z (complementary error function, Numerical Recipes' erfcc: error < 1.2e-7). */
    static double upperTail(double z) {
        double x = z / Math.sqrt(2);
        double ax = Math.abs(x);
        double t = 1 / (1 + 0.5 * ax);
        double erfc = t * Math.exp(-ax * ax - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return (x >= 0 ? erfc : 2 - erfc) / 2;
    }

    /** The standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9). */
    public static double normalQuantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("a quantile needs a probability strictly between 0 and 1");
        }
        double low = 0.02425;
        if (p < low) {
            double q = Math.sqrt(-2 * Math.log(p));
            return tail(q);
        }
        if (p > 1 - low) {
            double q = Math.sqrt(-2 * Math.log(1 - p));
            return -tail(q);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((-3.969683028665376e+01 * r + 2.209460984245205e+02) * r - 2.759285104469687e+02) * r
                + 1.383577518672690e+02) * r - 3.066479806614716e+01) * r + 2.506628277459239e+00) * q
                / (((((-5.447609879822406e+01 * r + 1.615858368580409e+02) * r - 1.556989798598866e+02) * r
                + 6.680131188771972e+01) * r - 1.328068155288572e+01) * r + 1);
    }

    private static double tail(double q) {
        return (((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838e+00) * q
                - 2.549732539343734e+00) * q + 4.374664141464968e+00) * q + 2.938163982698783e+00)
                / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00) * q
                + 3.754408661907416e+00) * q + 1);
    }

    private static double square(double x) {
        return x * x;
    }
}
