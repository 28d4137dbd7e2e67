package com.retailstudio.layout.model;

import java.util.Locale;

/**
 * Kernel standard deviations of a density surface, along x and y, in metres.
 *
 * @param xM along x (across the store)
 * @param yM along y (front to back)
 */
public record KernelBandwidth(double xM, double yM) {

    /** "1.2 m" when both axes round to the same tenth of a metre, else "1.4 × 1.1 m". */
    public String label() {
        String x = String.format(Locale.ROOT, "%.1f", xM);
        String y = String.format(Locale.ROOT, "%.1f", yM);
        return x.equals(y) ? x + " m" : x + " × " + y + " m";
    }

    /** The geometric mean of the two axes: one figure for a control in metres. */
    public double meanM() {
        return Math.sqrt(xM * yM);
    }
}
