package com.retailstudio.data.quality;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the quality check saw in one file of the data set.
 *
 * @param fileName  contract file name, e.g. {@code events.csv}
 * @param found     whether the file exists
 * @param readable  whether its header could be read and has every required column
 * @param rows      data rows, valid or not
 * @param validRows rows that passed every check
 * @param columns   completeness of each contract column, in contract order
 * @param dates     the span of the dates or timestamps of its valid rows (empty for a file without a date column, or
 *                  without valid rows)
 */
public record FileQuality(String fileName, boolean found, boolean readable, long rows, long validRows,
                          List<ColumnCompleteness> columns, Optional<DateRange> dates) {

    public FileQuality {
        columns = List.copyOf(columns);
        Objects.requireNonNull(dates, "dates");
    }

    /** Rows that failed a check, including rows that only refer to rejected rows of another file. */
    public long rejectedRows() {
        return rows - validRows;
    }

    /** "ok", "missing", "unreadable" or "3 rows rejected": what a files table says of the file. */
    public String status() {
        if (!found) {
            return "missing";
        }
        if (!readable) {
            return "unreadable";
        }
        long rejected = rejectedRows();
        return rejected == 0 ? "ok" : String.format(Locale.ROOT, "%,d %s rejected", rejected,
                rejected == 1 ? "row" : "rows");
    }
}
