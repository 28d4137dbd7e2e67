package com.retailstudio.app.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.retailstudio.data.quality.DateRange;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QualityDriftsTest {

    private static final Instant FIRST_IMPORT = Instant.parse("2026-01-05T08:00:00Z");
    private static final int HISTORY_DAYS = 28;

    /** One weekly extract: 28 days of events ending the day before the import, with the given per-day rate. */
    private static ImportQuality week(int index, long customers, double eventsPerDay, double productIdMissing,
                                      double valueMissing) {
        Instant importedAt = FIRST_IMPORT.plus(Duration.ofDays(7L * index));
        Instant latest = importedAt.minus(Duration.ofHours(9));
        Instant earliest = latest.minus(Duration.ofDays(HISTORY_DAYS - 1));
        Map<String, Double> eventColumns = new LinkedHashMap<>();
        eventColumns.put("event_id", 0.0);
        eventColumns.put("product_id", productIdMissing);
        eventColumns.put("value", valueMissing);
        FileFigures events = new FileFigures("events.csv", Math.round(eventsPerDay * HISTORY_DAYS), eventColumns,
                Optional.of(new DateRange(earliest, latest)));
        FileFigures customerFile = new FileFigures("customers.csv", customers,
                Map.of("customer_id", 0.0, "signup_date", 0.0), Optional.of(new DateRange(
                Instant.parse("2023-01-01T00:00:00Z"), latest.minus(Duration.ofDays(1)))));
        FileFigures stores = new FileFigures("stores.csv", 12, Map.of("store_id", 0.0), Optional.empty());
        return new ImportQuality(index + 1, "extract week " + index, importedAt, List.of(customerFile, events, stores));
    }

    /** Twelve weeks that move the way a healthy source moves: a little growth, seasonal volume, noise in shares. */
    private static List<ImportQuality> stableHistory() {
        Random random = new Random(19);
        List<ImportQuality> history = new ArrayList<>();
        for (int index = 0; index < 12; index++) {
            double season = 1 + 0.3 * Math.sin(index / 2.0);
            history.add(week(index, 200_000 + 1_500L * index + random.nextInt(500),
                    30_000 * season * (0.9 + 0.2 * random.nextDouble()),
                    0.41 + 0.01 * random.nextGaussian(), 0.87 + 0.01 * random.nextGaussian()));
        }
        return history;
    }

    @Test
    void aHealthyTwelveWeekHistoryRaisesNoFlag() {
        assertEquals(List.of(), QualityDrifts.detect(stableHistory()));
    }

    @Test
    void aColumnWhoseMissingShareJumpedIsFlaggedWithItsFileAndColumn() {
        List<ImportQuality> history = new ArrayList<>(stableHistory());
        history.set(7, week(7, 210_000, 30_000, 0.58, 0.87));

        List<QualityDrift> drifts = QualityDrifts.detect(history);

        assertEquals(1, drifts.size(), drifts::toString);
        QualityDrift drift = drifts.get(0);
        assertEquals(QualityDrift.Kind.MISSING_SHARE_JUMP, drift.kind());
        assertEquals(history.get(7), drift.at());
        assertEquals("events.csv, column product_id", drift.where());
        assertEquals(Optional.of("product_id"), drift.column());
        assertEquals(true, drift.message().startsWith("events.csv, column product_id: missing in 58.0% of rows, up from "),
                drift.message());
    }

    @Test
    void eventsPerDayCollapsingIsFlaggedOnTheEventsFile() {
        List<ImportQuality> history = new ArrayList<>(stableHistory());
        ImportQuality before = history.get(9);
        double perDayBefore = before.file("events.csv").orElseThrow().rowsPerDay().getAsDouble();
        history.set(10, week(10, 215_000, perDayBefore * 0.3, 0.41, 0.87));

        List<QualityDrift> drifts = QualityDrifts.detect(history);

        // over the same 28 days, fewer events per day are fewer rows too; the week after, climbing back, is no drift
        assertEquals(List.of(QualityDrift.Kind.ROWS_DROP, QualityDrift.Kind.PER_DAY_COLLAPSE),
                drifts.stream().map(QualityDrift::kind).toList(), drifts::toString);
        assertEquals(List.of(history.get(10), history.get(10)), drifts.stream().map(QualityDrift::at).toList());
        assertEquals(List.of("events.csv", "events.csv"), drifts.stream().map(QualityDrift::where).toList());
        assertEquals(true, drifts.get(1).message().startsWith("events.csv: rows per day collapsed from "),
                drifts.get(1).message());
    }

    @Test
    void aFileCutShortAndAnExtractGoingBackInTimeAreFlagged() {
        List<ImportQuality> history = new ArrayList<>(stableHistory().subList(0, 4));
        ImportQuality cut = history.get(3);
        List<FileFigures> files = new ArrayList<>(cut.files());
        FileFigures customers = files.get(0);
        files.set(0, new FileFigures("customers.csv", customers.rows() / 3, customers.missingShares(),
                Optional.of(new DateRange(customers.dates().orElseThrow().earliest(), Instant.parse("2025-06-30T00:00:00Z")))));
        history.set(3, new ImportQuality(cut.dataSetId(), cut.dataSetName(), cut.importedAt(), files));

        List<QualityDrift> drifts = QualityDrifts.detect(history);

        assertEquals(List.of(QualityDrift.Kind.ROWS_DROP, QualityDrift.Kind.FRESHNESS_WENT_BACK),
                drifts.stream().map(QualityDrift::kind).toList(), drifts::toString);
        assertEquals(List.of("customers.csv", "customers.csv"), drifts.stream().map(QualityDrift::where).toList());
        assertEquals(true, drifts.get(1).message().endsWith("to 30 Jun 2025"), drifts.get(1).message());
    }

    @Test
    void aFileNewInThisImportHasNothingToDriftFrom() {
        ImportQuality first = week(0, 1_000, 100, 0.4, 0.8);
        ImportQuality second = week(1, 1_000, 100, 0.4, 0.8);
        ImportQuality withoutEvents = new ImportQuality(first.dataSetId(), first.dataSetName(), first.importedAt(),
                List.of(first.files().get(0)));

        assertEquals(List.of(), QualityDrifts.detect(List.of(withoutEvents, second)));
    }
}
