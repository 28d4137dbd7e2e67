package com.retailstudio.data.quality;

import com.retailstudio.data.io.ColumnSpec;
import com.retailstudio.data.io.DataFile;
import com.retailstudio.data.io.DataProblem;
import com.retailstudio.data.io.DataSetScanner;
import com.retailstudio.data.io.DataSetVisitor;
import com.retailstudio.data.io.FileStats;
import com.retailstudio.data.io.Presence;
import com.retailstudio.data.io.ProblemKind;
import com.retailstudio.data.io.Reference;
import com.retailstudio.data.model.BasketLine;
import com.retailstudio.data.model.Consent;
import com.retailstudio.data.model.ConsentPurpose;
import com.retailstudio.data.model.Customer;
import com.retailstudio.data.model.Event;
import com.retailstudio.data.model.TrafficReading;
import com.retailstudio.data.model.WeeklySale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a data set folder in one streaming pass without keeping rows and reports what it finds: row counts,
 * completeness per column, every contract violation (counted, the first few kept), freshness and consent coverage.
 */
public final class DataQualityChecker {

    public static final int DEFAULT_PROBLEMS_KEPT = 100;
    public static final Duration DEFAULT_STALE_AFTER = Duration.ofDays(7);

    private final int problemsKept;
    private final Duration staleAfter;

    /**
     * @param problemsKept how many problems the report lists (all are counted)
     * @param staleAfter   how old the newest event may be before the data counts as stale
     */
    public DataQualityChecker(int problemsKept, Duration staleAfter) {
        if (problemsKept < 0 || staleAfter.isNegative()) {
            throw new IllegalArgumentException("problemsKept and staleAfter must not be negative");
        }
        this.problemsKept = problemsKept;
        this.staleAfter = staleAfter;
    }

    /** Checks {@code folder} with the default cap (100 problems kept) and staleness (7 days), measuring age from {@code now}. */
    public static DataQualityReport check(Path folder, Instant now) {
        return new DataQualityChecker(DEFAULT_PROBLEMS_KEPT, DEFAULT_STALE_AFTER).report(folder, now);
    }

    /** As {@link #check(Path, Instant)}, with "now" taken from {@code clock}. */
    public static DataQualityReport check(Path folder, Clock clock) {
        return check(folder, clock.instant());
    }

    public DataQualityReport report(Path folder, Instant now) {
        ProblemCollector problems = new ProblemCollector(problemsKept);
        Observations seen = new Observations();
        DataSetScanner.Result scan = DataSetScanner.scan(folder, problems, seen);

        List<FileQuality> files = new ArrayList<>();
        for (DataFile file : DataSetScanner.FILE_ORDER) {
            FileStats stats = scan.files().get(file);
            files.add(fileQuality(folder, stats, seen.dates(file)));
            if (stats.present()) {
                warnAboutOptionalColumns(stats, problems);
            }
        }
        Freshness freshness = freshness(seen.newestEvent, now);
        warnAboutFreshness(freshness, scan.files().get(DataFile.EVENTS).present(), problems);
        long customers = scan.references().count(Reference.CUSTOMER);
        List<ConsentCoverage> coverage = new ArrayList<>();
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            long granted = seen.granted.getOrDefault(purpose, 0L);
            coverage.add(new ConsentCoverage(purpose, granted, customers, customers == 0 ? 0 : (double) granted / customers));
        }
        return new DataQualityReport(folder.toAbsolutePath().toString(), now, files, freshness, coverage, problems.summary());
    }

    private static FileQuality fileQuality(Path folder, FileStats stats, Optional<DateRange> dates) {
        List<ColumnCompleteness> columns = new ArrayList<>();
        List<ColumnSpec> specs = stats.file().columns();
        for (int i = 0; i < specs.size(); i++) {
            columns.add(new ColumnCompleteness(specs.get(i).name(), specs.get(i).presence(), stats.inHeader(i), stats.nonEmpty(i),
                    stats.completeness(i)));
        }
        boolean found = Files.isRegularFile(folder.resolve(stats.file().fileName()));
        return new FileQuality(stats.file().fileName(), found, stats.present(), stats.rows(), stats.validRows(),
                columns, dates);
    }

    private static void warnAboutOptionalColumns(FileStats stats, ProblemCollector problems) {
        List<ColumnSpec> specs = stats.file().columns();
        for (int i = 0; i < specs.size(); i++) {
            ColumnSpec spec = specs.get(i);
            if (spec.presence() == Presence.REQUIRED) {
                continue;
            }
            String fileName = stats.file().fileName();
            if (!stats.inHeader(i)) {
                problems.report(new DataProblem(fileName, 1, Optional.of(spec.name()), ProblemKind.MISSING_OPTIONAL_COLUMN,
                        "the header lacks this optional column, so it is empty in every row"));
            } else if (stats.rows() > 0 && stats.nonEmpty(i) == 0) {
                problems.report(new DataProblem(fileName, 0, Optional.of(spec.name()), ProblemKind.EMPTY_OPTIONAL_COLUMN,
                        "the column is empty in all " + stats.rows() + " rows"));
            }
        }
    }

    private Freshness freshness(Instant newestEvent, Instant now) {
        Optional<Instant> newest = Optional.ofNullable(newestEvent);
        return new Freshness(newest, newest.map(instant -> Duration.between(instant, now)), staleAfter);
    }

    private static void warnAboutFreshness(Freshness freshness, boolean eventsReadable, ProblemCollector problems) {
        if (freshness.newestEvent().isEmpty()) {
            if (eventsReadable) {
                problems.report(new DataProblem(DataFile.EVENTS.fileName(), 0, Optional.empty(), ProblemKind.NO_EVENTS,
                        "there are no valid events, so freshness cannot be judged"));
            }
            return;
        }
        if (freshness.stale()) {
            problems.report(new DataProblem(DataFile.EVENTS.fileName(), 0, Optional.of("timestamp"), ProblemKind.STALE_DATA,
                    "the newest event (" + freshness.newestEvent().get() + ") is " + DataQualityText.duration(freshness.age().get())
                            + " old, more than the " + DataQualityText.duration(freshness.staleAfter()) + " allowed"));
        }
    }

    /** What the quality report needs from the rows themselves, accumulated without keeping them. */
    private static final class Observations implements DataSetVisitor {
        private Instant newestEvent;
        private final Map<ConsentPurpose, Long> granted = new EnumMap<>(ConsentPurpose.class);
        /**
         * Per file with a date column, the span of its rows' dates in epoch milliseconds, by the file's ordinal
         * (products' season dates are plans, not data); plain arrays because every event passes here.
         */
        private final long[] earliest = new long[DataFile.values().length];
        private final long[] latest = new long[DataFile.values().length];
        private final boolean[] dated = new boolean[DataFile.values().length];

        @Override
        public void customer(Customer customer) {
            dated(DataFile.CUSTOMERS, customer.signupDate().atStartOfDay(ZoneOffset.UTC).toInstant());
        }

        @Override
        public void event(Event event) {
            if (newestEvent == null || event.timestamp().isAfter(newestEvent)) {
                newestEvent = event.timestamp();
            }
            dated(DataFile.EVENTS, event.timestamp());
        }

        @Override
        public void consent(Consent consent) {
            // (customer_id, purpose) is unique among valid rows, so counting rows counts customers.
            if (consent.granted()) {
                granted.merge(consent.purpose(), 1L, Long::sum);
            }
            dated(DataFile.CONSENTS, consent.updatedAt());
        }

        @Override
        public void weeklySale(WeeklySale sale) {
            dated(DataFile.SALES_WEEKLY, sale.weekStart().atStartOfDay(ZoneOffset.UTC).toInstant());
        }

        @Override
        public void basketLine(BasketLine line) {
            dated(DataFile.BASKETS, line.timestamp());
        }

        @Override
        public void trafficReading(TrafficReading reading) {
            dated(DataFile.FOOT_TRAFFIC, reading.timestamp());
        }

        private void dated(DataFile file, Instant at) {
            int index = file.ordinal();
            long millis = at.toEpochMilli();
            if (!dated[index]) {
                dated[index] = true;
                earliest[index] = millis;
                latest[index] = millis;
            } else if (millis < earliest[index]) {
                earliest[index] = millis;
            } else if (millis > latest[index]) {
                latest[index] = millis;
            }
        }

        Optional<DateRange> dates(DataFile file) {
            int index = file.ordinal();
            return dated[index] ? Optional.of(new DateRange(Instant.ofEpochMilli(earliest[index]),
                    Instant.ofEpochMilli(latest[index]))) : Optional.empty();
        }
    }
}
