package com.retailstudio.app.quality;

import com.retailstudio.data.quality.ColumnCompleteness;
import com.retailstudio.data.quality.DateRange;
import com.retailstudio.data.quality.FileQuality;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The quality figures one import keeps of one file: its rows, the share of rows missing each column, and the span of
 * its dates (the latest is its freshness; rows over the days covered is, for events, events per day).
 *
 * @param fileName      contract file name, e.g. {@code events.csv}
 * @param rows          data rows
 * @param missingShares per contract column in contract order, the share of rows without a value, 0..1
 * @param dates         the earliest and latest date or timestamp of its rows; empty for a file without dates
 */
public record FileFigures(String fileName, long rows, Map<String, Double> missingShares, Optional<DateRange> dates) {

    public FileFigures {
        Objects.requireNonNull(fileName, "fileName");
        missingShares = Collections.unmodifiableMap(new LinkedHashMap<>(missingShares));
        Objects.requireNonNull(dates, "dates");
    }

    /** The figures of a file as the quality check saw it. */
    public static FileFigures of(FileQuality file) {
        Map<String, Double> missing = new LinkedHashMap<>();
        for (ColumnCompleteness column : file.columns()) {
            missing.put(column.column(), 1 - column.share());
        }
        return new FileFigures(file.fileName(), file.rows(), missing, file.dates());
    }

    /** The latest date or timestamp of the file's rows: how fresh it is. */
    public Optional<Instant> latest() {
        return dates.map(DateRange::latest);
    }

    /** Rows per calendar day covered (events per day for {@code events.csv}); empty for a file without dates. */
    public OptionalDouble rowsPerDay() {
        return dates.map(range -> OptionalDouble.of((double) rows / range.days())).orElse(OptionalDouble.empty());
    }
}
