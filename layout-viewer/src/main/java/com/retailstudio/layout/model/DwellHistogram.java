package com.retailstudio.layout.model;

import java.util.Arrays;

/**
 * Dwell times of one zone in fixed-width bins: {@code counts[i]} holds dwells in [i × binSeconds, (i+1) × binSeconds),
 * and the last bin also holds everything longer.
 */
public record DwellHistogram(double binSeconds, int[] counts) {

    public DwellHistogram {
        counts = counts.clone();
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }

    public int total() {
        int sum = 0;
        for (int c : counts) {
            sum += c;
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DwellHistogram h && h.binSeconds == binSeconds && Arrays.equals(h.counts, counts);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(binSeconds) * 31 + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "DwellHistogram[binSeconds=" + binSeconds + ", counts=" + Arrays.toString(counts) + "]";
    }
}
