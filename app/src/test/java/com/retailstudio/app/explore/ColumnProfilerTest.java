package com.retailstudio.app.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.io.DataFile;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColumnProfilerTest {

    @TempDir
    static Path folder;

    @BeforeAll
    static void extract() throws Exception {
        SampleCsv.extract(folder);
    }

    private static ColumnProfile column(FileProfile profile, String name) {
        return profile.columns().stream().filter(column -> column.column().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void numberColumnFiguresMatchAPlainComputationOverTheCsv() throws Exception {
        FileProfile profile = ColumnProfiler.profile(folder, DataFile.CUSTOMERS, 1_000_000);

        int index = SampleCsv.column(folder, "customers.csv", "lifetime_value");
        double[] values = SampleCsv.rows(folder, "customers.csv").stream()
                .mapToDouble(row -> Double.parseDouble(row[index])).sorted().toArray();
        ColumnProfile lifetimeValue = column(profile, "lifetime_value");
        assertTrue(profile.wholeFile());
        assertEquals(values.length, profile.rowsProfiled());
        assertEquals(values.length, lifetimeValue.count());
        assertEquals(0, lifetimeValue.missing());
        assertEquals(Arrays.stream(values).distinct().count(), lifetimeValue.distinct());
        assertEquals(Arrays.stream(values).average().orElseThrow(), lifetimeValue.mean().orElseThrow(), 1e-9);
        assertEquals(values[0], Double.parseDouble(lifetimeValue.min().orElseThrow()), 1e-3 * Math.abs(values[0]) + 1e-9);
        double median = lifetimeValue.quartiles().get(1);
        assertTrue(median >= values[(values.length - 1) / 2] && median <= values[values.length / 2],
                "the median lies between the two middle values");
        assertEquals(values.length, lifetimeValue.bars().stream().mapToLong(ValueCount::count).sum(),
                "every value falls in one histogram bin");
        assertEquals(ColumnProfiler.HISTOGRAM_BINS, lifetimeValue.bars().size());
    }

    @Test
    void textColumnsCountMissingValuesDistinctValuesAndTheMostFrequent() throws Exception {
        FileProfile profile = ColumnProfiler.profile(folder, DataFile.EVENTS, 1_000_000);

        List<String[]> rows = SampleCsv.rows(folder, "events.csv");
        int kind = SampleCsv.column(folder, "events.csv", "message_kind");
        int customer = SampleCsv.column(folder, "events.csv", "customer_id");
        int type = SampleCsv.column(folder, "events.csv", "event_type");
        ColumnProfile messageKind = column(profile, "message_kind");
        assertEquals(rows.stream().filter(row -> row[kind].isEmpty()).count(), messageKind.missing());
        assertEquals(rows.stream().filter(row -> !row[kind].isEmpty()).count(), messageKind.count());
        assertEquals(rows.stream().map(row -> row[kind]).filter(value -> !value.isEmpty())
                .collect(Collectors.toSet()).size(), messageKind.distinct());
        Set<String> customers = rows.stream().map(row -> row[customer]).collect(Collectors.toSet());
        assertEquals(customers.size(), column(profile, "customer_id").distinct());

        Map<String, Long> types = new HashMap<>();
        rows.forEach(row -> types.merge(row[type], 1L, Long::sum));
        ValueCount mostFrequent = column(profile, "event_type").bars().get(0);
        assertEquals(types.values().stream().mapToLong(Long::longValue).max().orElseThrow(), mostFrequent.count());
        assertEquals(types.get(mostFrequent.label()), mostFrequent.count());
        assertEquals(rows.get(0)[SampleCsv.column(folder, "events.csv", "timestamp")],
                column(profile, "timestamp").min().orElseThrow(), "events.csv is in time order");
    }

    @Test
    void aLongFileIsProfiledOverItsFirstRowsAndSaysSo() throws Exception {
        FileProfile profile = ColumnProfiler.profile(folder, DataFile.EVENTS, 1_000);

        assertFalse(profile.wholeFile());
        assertEquals(1_000, profile.rowsProfiled());
        assertEquals(1_000, column(profile, "event_id").count());
    }
}
