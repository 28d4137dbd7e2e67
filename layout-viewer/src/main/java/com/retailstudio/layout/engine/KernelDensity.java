package com.retailstudio.layout.engine;

import com.retailstudio.layout.model.DensityGrid;
import com.retailstudio.layout.model.KernelBandwidth;

/**
 * Gaussian kernel density of foot-traffic readings on a grid over the store floor.
 *
 * <p>Fast by construction: the readings are first binned to a fine grid (one pass, O(readings)), then the grid is
 * blurred with a Gaussian kernel separably, rows then columns (O(cells × kernel width)). A Gaussian kernel is
 * separable, so this equals summing a kernel per reading, up to the binning (at most half a cell of displacement per
 * reading, far below the bandwidth). The kernel is cut at 3 standard deviations and renormalised.
 *
 * <p>Bandwidth: Scott's rule per axis, h = σ × n^(−1/(d+4)) with d = 2, i.e. σ × n^(−1/6); in two dimensions
 * Silverman's rule, (4 / (d + 2))^(1/(d+4)) × σ × n^(−1/(d+4)), has the same factor. σ is the robust spread
 * min(standard deviation, interquartile range / 1.349), read from the binned marginals. The result is multiplied by
 * an adjustable scale and never falls below one cell. A fixed bandwidth in metres (the same on both axes) can be
 * given instead, e.g. to draw two periods on one scale.
 */
public final class KernelDensity {

    /** Default grid cell: 25 cm, fine enough that binning is invisible at bandwidths of a metre or more. */
    public static final double DEFAULT_CELL_M = 0.25;

    private KernelDensity() {
    }

    /** Counts readings of the kept visits per cell of a grid covering {@code width × depth} metres. */
    public static float[] bin(StoreTraffic traffic, boolean[] keepVisit, double cellM, int columns, int rows) {
        float[] counts = new float[columns * rows];
        double inverse = 1 / cellM;
        for (int v = 0; v < traffic.visitCount(); v++) {
            if (!keepVisit[v]) {
                continue;
            }
            int end = traffic.endReading(v);
            for (int r = traffic.firstReading(v); r < end; r++) {
                int c = Math.min(columns - 1, Math.max(0, (int) (traffic.x(r) * inverse)));
                int w = Math.min(rows - 1, Math.max(0, (int) (traffic.y(r) * inverse)));
                counts[w * columns + c]++;
            }
        }
        return counts;
    }

    /**
     * The density surface of the kept visits' readings.
     *
     * @param bandwidthScale multiplies the rule-of-thumb bandwidth (1 = Scott's rule as is)
     */
    public static DensityGrid estimate(StoreTraffic traffic, boolean[] keepVisit, double cellM, double bandwidthScale) {
        int columns = columns(traffic, cellM);
        int rows = rows(traffic, cellM);
        float[] counts = bin(traffic, keepVisit, cellM, columns, rows);
        return fromCounts(counts, columns, rows, cellM, bandwidthScale);
    }

    /**
     * The density surface of the kept visits' readings with a fixed kernel standard deviation on both axes.
     *
     * @param bandwidthM kernel standard deviation in metres; raised to one cell when smaller
     */
    public static DensityGrid estimateWithBandwidth(StoreTraffic traffic, boolean[] keepVisit, double cellM,
                                                    double bandwidthM) {
        if (!(bandwidthM > 0) || Double.isInfinite(bandwidthM)) {
            throw new IllegalArgumentException("The bandwidth must be a positive number of metres, not " + bandwidthM
                    + ".");
        }
        int columns = columns(traffic, cellM);
        int rows = rows(traffic, cellM);
        float[] counts = bin(traffic, keepVisit, cellM, columns, rows);
        long n = 0;
        for (float v : counts) {
            n += (long) v;
        }
        double h = Math.max(cellM, bandwidthM);
        return smooth(counts, columns, rows, cellM, h, h, n);
    }

    /** Scott's rule bandwidths of the kept visits' readings (what {@link #estimate} uses at scale 1). */
    public static KernelBandwidth scottBandwidth(StoreTraffic traffic, boolean[] keepVisit, double cellM) {
        int columns = columns(traffic, cellM);
        int rows = rows(traffic, cellM);
        return ruleOfThumb(bin(traffic, keepVisit, cellM, columns, rows), columns, rows, cellM, 1.0);
    }

    private static int columns(StoreTraffic traffic, double cellM) {
        return Math.max(1, (int) Math.ceil(traffic.plan().store().widthM() / cellM));
    }

    private static int rows(StoreTraffic traffic, double cellM) {
        return Math.max(1, (int) Math.ceil(traffic.plan().store().depthM() / cellM));
    }

    /** Smooths binned counts into a density (readings per square metre) with the rule-of-thumb bandwidth. */
    public static DensityGrid fromCounts(float[] counts, int columns, int rows, double cellM, double bandwidthScale) {
        KernelBandwidth h = ruleOfThumb(counts, columns, rows, cellM, bandwidthScale);
        long n = 0;
        for (float v : counts) {
            n += (long) v;
        }
        return smooth(counts, columns, rows, cellM, h.xM(), h.yM(), n);
    }

    /** Scott's rule per axis of binned counts, times a scale, never below one cell. */
    static KernelBandwidth ruleOfThumb(float[] counts, int columns, int rows, double cellM, double bandwidthScale) {
        double[] colSums = new double[columns];
        double[] rowSums = new double[rows];
        long n = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                float v = counts[r * columns + c];
                colSums[c] += v;
                rowSums[r] += v;
                n += (long) v;
            }
        }
        double factor = n > 1 ? Math.pow(n, -1.0 / 6) * bandwidthScale : bandwidthScale;
        double hx = Math.max(cellM, robustSpread(colSums, n, cellM) * factor);
        double hy = Math.max(cellM, robustSpread(rowSums, n, cellM) * factor);
        return new KernelBandwidth(hx, hy);
    }

    /** Smooths binned counts with given kernel standard deviations (metres). */
    public static DensityGrid smooth(float[] counts, int columns, int rows, double cellM, double hx, double hy,
                                     long readings) {
        float[] tmp = new float[counts.length];
        float[] out = new float[counts.length];
        float[] kx = kernel(hx / cellM);
        float[] ky = kernel(hy / cellM);
        int rx = kx.length / 2;
        int ry = ky.length / 2;
        for (int r = 0; r < rows; r++) {
            int base = r * columns;
            for (int c = 0; c < columns; c++) {
                float v = counts[base + c];
                if (v == 0) {
                    continue;
                }
                // scatter along the row: empty cells (most of a store at night) cost nothing
                int from = Math.max(0, c - rx);
                int to = Math.min(columns - 1, c + rx);
                for (int t = from; t <= to; t++) {
                    tmp[base + t] += v * kx[t - c + rx];
                }
            }
        }
        for (int r = 0; r < rows; r++) {
            int from = Math.max(0, r - ry);
            int to = Math.min(rows - 1, r + ry);
            int outBase = r * columns;
            for (int s = from; s <= to; s++) {
                float w = ky[s - r + ry];
                int inBase = s * columns;
                for (int c = 0; c < columns; c++) {
                    out[outBase + c] += w * tmp[inBase + c];
                }
            }
        }
        float perArea = (float) (1 / (cellM * cellM));
        for (int i = 0; i < out.length; i++) {
            out[i] *= perArea;
        }
        return new DensityGrid(cellM, columns, rows, out, hx, hy, readings);
    }

    /** Normalised Gaussian weights for a standard deviation in cells, cut at 3 standard deviations. */
    static float[] kernel(double sigmaCells) {
        int radius = Math.max(1, (int) Math.ceil(3 * sigmaCells));
        float[] k = new float[2 * radius + 1];
        double sum = 0;
        for (int i = -radius; i <= radius; i++) {
            double w = Math.exp(-0.5 * (i / sigmaCells) * (i / sigmaCells));
            k[i + radius] = (float) w;
            sum += w;
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= (float) sum;
        }
        return k;
    }

    /** min(standard deviation, IQR / 1.349) of a binned marginal, in metres (cell centres as positions). */
    static double robustSpread(double[] marginal, long n, double cellM) {
        if (n < 2) {
            return cellM;
        }
        double mean = 0;
        for (int i = 0; i < marginal.length; i++) {
            mean += marginal[i] * (i + 0.5);
        }
        mean /= n;
        double var = 0;
        for (int i = 0; i < marginal.length; i++) {
            double d = i + 0.5 - mean;
            var += marginal[i] * d * d;
        }
        double sd = Math.sqrt(var / (n - 1));
        double iqr = quantile(marginal, n, 0.75) - quantile(marginal, n, 0.25);
        double spread = iqr > 0 ? Math.min(sd, iqr / 1.349) : sd;
        return spread * cellM;
    }

    private static double quantile(double[] marginal, long n, double q) {
        double target = q * n;
        double cumulative = 0;
        for (int i = 0; i < marginal.length; i++) {
            cumulative += marginal[i];
            if (cumulative >= target) {
                return i + 0.5;
            }
        }
        return marginal.length - 0.5;
    }
}
