package com.retailstudio.markdown.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The geometry of {@link BudgetAllocation}'s bound: the upper convex hull of a unit's frontier and its segments, taken in
 * order of falling slope (value per unit of markdown cost).
 */
final class HullSegments {

    /** Where a segment array holds its slope, the tag it was made with, the point it leads to, Δcost and Δvalue. */
    static final int SEG_SLOPE = 0;
    static final int SEG_TAG = 1;
    static final int SEG_TO = 2;
    static final int SEG_COST = 3;
    static final int SEG_VALUE = 4;

    private HullSegments() {
    }

    /** Every unit's hull segments, tagged with the unit's index, by falling slope. */
    static List<double[]> allBySlope(List<MarkdownOptimizer.Frontier> units) {
        List<double[]> segments = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            segments.addAll(segments(units.get(u), hull(units.get(u)), u));
        }
        sortBySlope(segments);
        return segments;
    }

    /**
     * The segments of a hull, in its order: {slope, tag, index of the point it leads to, Δcost, Δvalue}. Slopes are
     * made non-increasing along the hull (rounding can break that for nearly collinear points), so that, sorted
     * stably by falling slope, a unit's segments always come in the hull's order.
     */
    static List<double[]> segments(MarkdownOptimizer.Frontier f, int[] hull, int tag) {
        List<double[]> out = new ArrayList<>(hull.length);
        double previous = Double.POSITIVE_INFINITY;
        for (int k = 1; k < hull.length; k++) {
            double dc = f.costs()[hull[k]] - f.costs()[hull[k - 1]];
            double dv = f.values()[hull[k]] - f.values()[hull[k - 1]];
            previous = Math.min(previous, dv / dc);
            out.add(new double[] {previous, tag, hull[k], dc, dv});
        }
        return out;
    }

    /** By falling slope; stable, so equal slopes keep each hull's order. */
    static void sortBySlope(List<double[]> segments) {
        segments.sort(Comparator.comparingDouble((double[] s) -> -s[SEG_SLOPE]));
    }

    /** Indices of a frontier's upper convex hull from its cheapest point to its best. */
    static int[] hull(MarkdownOptimizer.Frontier f) {
        int[] all = new int[f.size()];
        Arrays.setAll(all, k -> k);
        return hull(f, all);
    }

    /** The upper convex hull of some of a frontier's points, given in order of rising cost. */
    static int[] hull(MarkdownOptimizer.Frontier f, int[] points) {
        int[] h = new int[points.length];
        int m = 0;
        for (int k : points) {
            // drop the last hull point while it lies on or under the chord from the one before to this one
            while (m >= 2 && cross(f, h[m - 2], h[m - 1], k) >= 0) {
                m--;
            }
            h[m++] = k;
        }
        return Arrays.copyOf(h, m);
    }

    private static double cross(MarkdownOptimizer.Frontier f, int a, int b, int c) {
        double[] x = f.costs();
        double[] y = f.values();
        return (x[b] - x[a]) * (y[c] - y[a]) - (y[b] - y[a]) * (x[c] - x[a]);
    }
}
