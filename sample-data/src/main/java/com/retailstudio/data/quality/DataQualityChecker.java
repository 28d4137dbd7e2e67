package com.retailstudio.data.quality;

import com.retailstudio.data.io.ColumnSpec;
import com.retailstudio.data.io.DataFile;
import com.retailstudio.data.io.DataProblem;
import com.retailstudio.data.io.DataSetScanner;
import com.retailstudio.data.io.FileStats;
import com.retailstudio.data.io.Presence;
import com.retailstudio.data.io.ProblemKind;
import com.retailstudio.data.io.Reference;
import com.retailstudio.data.model.ConsentPurpose;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Checks a data set folder in one streaming pass without keeping rows and reports what it finds: row counts,
 * completeness per column, every contract violation (counted, the first few kept), freshness and consent coverage.
 */
public final class DataQualityChecker {

    public static final int DEFAULT_PROBLEMS_KEPT = 100;
    public static final Duration DEFAULT_STALE_AFTER = Duration.ofDays(7);

    /** Reports built from a pass over a folder's rows in this process, for a test to count an import's passes. */
    private static final AtomicLong REPORTS_BUILT = new AtomicLong();

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

    /**
     * How many reports this process has built from a pass over a folder's rows ({@link #report(Path, Instant)} and
     * the report of an import's pass; {@link #judgedAt} reads none): a test counts the passes of an import with it.
     */
    public static long reportsBuilt() {
        return REPORTS_BUILT.get();
    }

    public DataQualityReport report(Path folder, Instant now) {
        ProblemCollector problems = new ProblemCollector(problemsKept);
        QualityObservations seen = new QualityObservations();
        DataSetScanner.Result scan = DataSetScanner.scan(folder, problems, seen);
        return report(folder, now, scan, seen, problems);
    }

    /**
     * The report of a folder that another pass already scanned without a problem (an import, which stops at the
     * first), with {@code seen} among its visitors: no second pass over the files.
     */
    public DataQualityReport report(Path folder, Instant now, DataSetScanner.Result scan, QualityObservations seen) {
        return report(folder, now, scan, seen, new ProblemCollector(problemsKept));
    }

    private DataQualityReport report(Path folder, Instant now, DataSetScanner.Result scan, QualityObservations seen,
                                     ProblemCollector problems) {
        REPORTS_BUILT.incrementAndGet();
        List<FileQuality> files = new ArrayList<>();
        for (DataFile file : DataSetScanner.FILE_ORDER) {
            FileStats stats = scan.files().get(file);
            files.add(fileQuality(folder, stats, seen.dates(file)));
            if (stats.present()) {
                warnAboutOptionalColumns(stats, problems);
            }
        }
        Freshness freshness = freshness(seen.newestEvent(), now);
        warnAboutFreshness(freshness, scan.files().get(DataFile.EVENTS).present(), problems);
        warnAboutAgeBands(seen, problems);
        long customers = scan.references().count(Reference.CUSTOMER);
        List<ConsentCoverage> coverage = new ArrayList<>();
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            long granted = seen.granted(purpose);
            coverage.add(new ConsentCoverage(purpose, granted, customers, customers == 0 ? 0 : (double) granted / customers));
        }
        return new DataQualityReport(folder.toAbsolutePath().toString(), now, files, freshness, coverage, problems.summary());
    }

    /**
     * A report made earlier (kept with an import) as this checker would make it at {@code now}: only the freshness
     * and its "stale" warning depend on when and how the age is judged, so the rest is kept as it was.
     */
    public DataQualityReport judgedAt(DataQualityReport kept, Instant now) {
        Freshness freshness = freshness(kept.freshness().newestEvent().orElse(null), now);
        ProblemSummary before = kept.problems();
        Map<ProblemKind, Long> byKind = new EnumMap<>(ProblemKind.class);
        byKind.putAll(before.byKind());
        long warnings = before.warnings() - byKind.getOrDefault(ProblemKind.STALE_DATA, 0L);
        byKind.remove(ProblemKind.STALE_DATA);
        List<DataProblem> causes = new ArrayList<>();
        List<DataProblem> consequences = new ArrayList<>();
        for (DataProblem problem : before.first()) {
            if (problem.kind() != ProblemKind.STALE_DATA) {
                (problem.kind().consequence() ? consequences : causes).add(problem);
            }
        }
        ProblemCollector stale = new ProblemCollector(1);
        warnAboutFreshness(freshness, false, stale);
        for (DataProblem problem : stale.summary().first()) {
            warnings++;
            byKind.merge(problem.kind(), 1L, Long::sum);
            if (causes.size() < problemsKept) {
                causes.add(problem);
            }
        }
        List<DataProblem> listed = new ArrayList<>(causes);
        listed.addAll(consequences.subList(0, Math.min(consequences.size(), Math.max(0, problemsKept - causes.size()))));
        return new DataQualityReport(kept.dataFolder(), now, kept.files(), freshness, kept.consentCoverage(),
                new ProblemSummary(before.errors(), warnings, byKind, listed, before.rejectedReferences()));
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

    /**
     * A warning, not an error: age_band is the band at the data set's end, and a band exported a few days before the
     * newest event is one band off for a customer whose birthday fell in between.
     */
    private static void warnAboutAgeBands(QualityObservations seen, ProblemCollector problems) {
        if (seen.newestEvent() == null) {
            return;
        }
        LocalDate lastDay = LocalDate.ofInstant(seen.newestEvent(), ZoneOffset.UTC);
        long[] outside = seen.outsideAgeBand(lastDay);
        if (outside[0] + outside[1] > 0) {
            problems.report(new DataProblem(DataFile.CUSTOMERS.fileName(), 0, Optional.of("birth_date"),
                    ProblemKind.AGE_BAND_MISMATCH, (outside[0] + outside[1]) + " customers' birth_date puts them "
                    + "outside their age_band on " + lastDay + ", the newest event's day (" + outside[0]
                    + " younger, " + outside[1] + " older than their band)"));
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
}
