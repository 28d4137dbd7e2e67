package com.retailstudio.app.explore;

import java.util.Objects;
import java.util.Optional;

/**
 * A pivot of one data-set file: one row per value of {@code rows}, one column per value of {@code columns} (or a
 * single column without it), each cell the {@code aggregation} of {@code measure} over the rows it covers.
 * Column names may be shortened to a prefix that names one column ({@code week} for {@code week_start}).
 */
public record PivotRequest(String file, String rows, Optional<String> columns, String measure,
        Aggregation aggregation) {

    public PivotRequest {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(aggregation, "aggregation");
    }
}
