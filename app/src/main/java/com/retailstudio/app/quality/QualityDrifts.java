package com.retailstudio.app.quality;

import com.retailstudio.data.io.DataFile;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Finds drifts in a quality history by comparing each import with the one before it: a column's missing share
 * jumping, rows per day (events per day) collapsing, a file's rows falling, its freshness going back.
 */
public final class QualityDrifts {

    /**
     * A rise of a column's missing share (absolute, 0..1) that is flagged. Between two extracts of one source a
     * share moves by well under a point (sampling and customer churn); five points mean a source stopped filling the
     * column for a slice of the rows.
     */
    public static final double MISSING_SHARE_JUMP = 0.05;

    /**
     * Rows per day below this fraction of the import before are flagged. Seasons and campaigns move daily volumes by
     * tens of percent; falling below half is a tracking feed or an export filter that broke.
     */
    public static final double PER_DAY_COLLAPSE = 0.5;

    /**
     * A file with fewer rows than this fraction of the import before is flagged. A customer base or an assortment
     * does not halve between two extracts; an export cut short does.
     */
    public static final double ROWS_DROP = 0.5;

    /**
     * The files whose rows are happenings, so rows per day is a feed's volume. Customers' sign-up dates and consents'
     * decision dates span years, and a week's sales rows are dated by the week: their rate per day says nothing.
     */
    static final Set<String> PER_DAY_FILES = Set.of(DataFile.EVENTS.fileName(), DataFile.BASKETS.fileName(),
            DataFile.FOOT_TRAFFIC.fileName());

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private QualityDrifts() {
    }

    /** Every drift of the history (oldest import first), in the order of the imports and their files. */
    public static List<QualityDrift> detect(List<ImportQuality> history) {
        List<QualityDrift> drifts = new ArrayList<>();
        for (int index = 1; index < history.size(); index++) {
            ImportQuality before = history.get(index - 1);
            ImportQuality now = history.get(index);
            for (FileFigures file : now.files()) {
                before.file(file.fileName()).ifPresent(previous -> compare(now, previous, file, drifts));
            }
        }
        return List.copyOf(drifts);
    }

    private static void compare(ImportQuality at, FileFigures before, FileFigures now, List<QualityDrift> drifts) {
        String file = now.fileName();
        if (before.rows() > 0 && now.rows() < ROWS_DROP * before.rows()) {
            drifts.add(new QualityDrift(at, QualityDrift.Kind.ROWS_DROP, file, Optional.empty(), String.format(
                    Locale.ROOT, "%s: rows fell from %,d to %,d", file, before.rows(), now.rows())));
        }
        OptionalDouble perDayBefore = before.rowsPerDay();
        OptionalDouble perDayNow = now.rowsPerDay();
        if (PER_DAY_FILES.contains(file) && perDayBefore.isPresent() && perDayNow.isPresent() && perDayBefore.getAsDouble() > 0
                && perDayNow.getAsDouble() < PER_DAY_COLLAPSE * perDayBefore.getAsDouble()) {
            drifts.add(new QualityDrift(at, QualityDrift.Kind.PER_DAY_COLLAPSE, file, Optional.empty(), String.format(
                    Locale.ROOT, "%s: rows per day collapsed from %,.0f to %,.0f", file, perDayBefore.getAsDouble(),
                    perDayNow.getAsDouble())));
        }
        Optional<Instant> latestBefore = before.latest();
        Optional<Instant> latestNow = now.latest();
        if (latestBefore.isPresent() && latestNow.isPresent() && latestNow.get().isBefore(latestBefore.get())) {
            drifts.add(new QualityDrift(at, QualityDrift.Kind.FRESHNESS_WENT_BACK, file, Optional.empty(),
                    file + ": the latest date went back from " + DAY.format(latestBefore.get()) + " to "
                            + DAY.format(latestNow.get())));
        }
        for (Map.Entry<String, Double> column : now.missingShares().entrySet()) {
            Double previous = before.missingShares().get(column.getKey());
            if (previous != null && column.getValue() - previous >= MISSING_SHARE_JUMP) {
                drifts.add(new QualityDrift(at, QualityDrift.Kind.MISSING_SHARE_JUMP, file,
                        Optional.of(column.getKey()), String.format(Locale.ROOT,
                        "%s, column %s: missing in %.1f%% of rows, up from %.1f%%", file, column.getKey(),
                        100 * column.getValue(), 100 * previous)));
            }
        }
    }
}
