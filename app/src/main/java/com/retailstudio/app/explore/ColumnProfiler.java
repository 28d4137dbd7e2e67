package com.retailstudio.app.explore;

import com.retailstudio.data.io.DataFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Profiles every column of a Tablesaw table: counts, distinct values, range, mean, quartiles and a bar chart. */
public final class ColumnProfiler {

    /** Bins of a number column's histogram. */
    public static final int HISTOGRAM_BINS = 10;
    /** Values shown for a column that is not a number. */
    public static final int TOP_VALUES = 10;

    private ColumnProfiler() {
    }

    /**
     * Profiles a data-set file, or its first {@code rowLimit} rows when it is longer, so a file of tens of millions
     * of events gives its first figures in seconds.
     */
    public static FileProfile profile(Path folder, DataFile file, int rowLimit) throws IOException {
        Table table = ContractTables.firstRows(folder, file, rowLimit + 1);
        boolean whole = table.rowCount() <= rowLimit;
        if (!whole) {
            table = table.first(rowLimit);
        }
        return profile(table, whole);
    }

    /** Profiles every column of the table. */
    public static FileProfile profile(Table table, boolean wholeFile) {
        List<ColumnProfile> columns = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            columns.add(profile(column));
        }
        return new FileProfile(table.name(), table.rowCount(), wholeFile, columns);
    }

    static ColumnProfile profile(Column<?> column) {
        Column<?> present = column.removeMissing();
        long missing = column.countMissing();
        long distinct = present.countUnique();
        String type = column.type().name().toLowerCase(Locale.ROOT);
        if (column instanceof NumericColumn<?> numbers) {
            DoubleColumn values = numbers.asDoubleColumn().removeMissing();
            if (values.isEmpty()) {
                return new ColumnProfile(column.name(), type, 0, missing, 0, Optional.empty(), Optional.empty(),
                        OptionalDouble.of(Double.NaN), List.of(), List.of());
            }
            return new ColumnProfile(column.name(), type, values.size(), missing, distinct,
                    Optional.of(number(values.min())), Optional.of(number(values.max())),
                    OptionalDouble.of(values.mean()),
                    List.of(values.percentile(25), values.percentile(50), values.percentile(75)),
                    histogram(values));
        }
        return new ColumnProfile(column.name(), type, present.size(), missing, distinct, extreme(present, false),
                extreme(present, true), OptionalDouble.empty(), List.of(), topValues(present));
    }

    /** The smallest value, or with {@code largest} the largest, in the column's own order. */
    private static Optional<String> extreme(Column<?> present, boolean largest) {
        if (present.isEmpty()) {
            return Optional.empty();
        }
        if (present instanceof DateColumn dates) {
            return Optional.of((largest ? dates.max() : dates.min()).toString());
        }
        if (present instanceof InstantColumn instants) {
            return Optional.of((largest ? instants.max() : instants.min()).toString());
        }
        return largest ? textValues(present).max(Comparator.naturalOrder())
                : textValues(present).min(Comparator.naturalOrder());
    }

    private static Stream<String> textValues(Column<?> present) {
        return IntStream.range(0, present.size()).mapToObj(present::getString);
    }

    /** The most frequent values, most frequent first, ties in value order. */
    private static List<ValueCount> topValues(Column<?> present) {
        if (present instanceof StringColumn strings) {
            return mostFrequent(categoryCounts(strings));
        }
        if (present instanceof BooleanColumn booleans) {
            return List.of(new ValueCount("true", booleans.countTrue()), new ValueCount("false", booleans.countFalse()));
        }
        if (present instanceof DateColumn || present instanceof InstantColumn) {
            return byMonth(present);
        }
        return List.of();
    }

    /**
     * Each value with its count, from Tablesaw's dictionary; a column with very many distinct values is stored as
     * plain text, which keeps no dictionary, and is counted here.
     */
    private static Map<String, Long> categoryCounts(StringColumn strings) {
        try {
            Table counts = strings.countByCategory();
            Map<String, Long> byValue = new HashMap<>();
            for (int row = 0; row < counts.rowCount(); row++) {
                byValue.put(counts.getString(row, 0), (long) counts.intColumn(1).getInt(row));
            }
            return byValue;
        } catch (UnsupportedOperationException plainText) {
            return textValues(strings).collect(Collectors.groupingBy(value -> value, Collectors.counting()));
        }
    }

    private static List<ValueCount> mostFrequent(Map<String, Long> counts) {
        return counts.entrySet().stream().map(entry -> new ValueCount(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingLong(ValueCount::count).reversed().thenComparing(ValueCount::label))
                .limit(TOP_VALUES).toList();
    }

    /** A date or timestamp column as counts per month, in time order. */
    private static List<ValueCount> byMonth(Column<?> present) {
        return IntStream.range(0, present.size()).mapToObj(row -> month(present.get(row)))
                .collect(Collectors.groupingBy(month -> month, TreeMap::new, Collectors.counting()))
                .entrySet().stream().map(entry -> new ValueCount(entry.getKey(), entry.getValue())).toList();
    }

    private static String month(Object value) {
        String text = value instanceof Instant instant ? instant.toString() : value.toString();
        return text.substring(0, 7);
    }

    private static List<ValueCount> histogram(DoubleColumn values) {
        double min = values.min();
        double max = values.max();
        if (min == max) {
            return List.of(new ValueCount(number(min), values.size()));
        }
        double width = (max - min) / HISTOGRAM_BINS;
        long[] counts = new long[HISTOGRAM_BINS];
        for (int row = 0; row < values.size(); row++) {
            int bin = (int) ((values.getDouble(row) - min) / width);
            counts[Math.min(bin, HISTOGRAM_BINS - 1)]++;
        }
        List<ValueCount> bins = new ArrayList<>();
        for (int bin = 0; bin < HISTOGRAM_BINS; bin++) {
            bins.add(new ValueCount(number(min + bin * width), counts[bin]));
        }
        return bins;
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
