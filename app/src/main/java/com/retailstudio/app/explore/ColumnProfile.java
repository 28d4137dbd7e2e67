package com.retailstudio.app.explore;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What one column holds.
 *
 * @param count     rows with a value
 * @param missing   rows without one
 * @param distinct  distinct values among those present
 * @param min       smallest value (numbers, dates, timestamps, text in its order), empty when none is present
 * @param max       largest value
 * @param mean      mean of a number column
 * @param quartiles 25th, 50th and 75th percentile of a number column, else empty
 * @param bars      a number column's histogram (ten equal bins), or the most frequent values of any other column
 */
public record ColumnProfile(String column, String type, long count, long missing, long distinct,
        Optional<String> min, Optional<String> max, OptionalDouble mean, List<Double> quartiles,
        List<ValueCount> bars) {

    public ColumnProfile {
        quartiles = List.copyOf(quartiles);
        bars = List.copyOf(bars);
    }

    /** Share of rows without a value, 0 to 1. */
    public double missingShare() {
        long rows = count + missing;
        return rows == 0 ? 0 : (double) missing / rows;
    }

    public boolean numeric() {
        return mean.isPresent();
    }
}
