package com.retailstudio.data.quality;

import com.retailstudio.data.io.DataProblem;
import com.retailstudio.data.io.Presence;
import com.retailstudio.data.io.ProblemKind;
import com.retailstudio.data.io.Reference;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** Renders a {@link DataQualityReport} as aligned plain text. */
final class DataQualityText {

    private DataQualityText() {
    }

    static String render(DataQualityReport report) {
        StringBuilder out = new StringBuilder();
        ProblemSummary problems = report.problems();
        line(out, "Data quality report for %s", report.dataFolder());
        line(out, "Checked at %s: %s (%d %s, %d %s)", report.checkedAt(), report.usable() ? "USABLE" : "NOT USABLE",
                problems.errors(), plural(problems.errors(), "error"), problems.warnings(), plural(problems.warnings(), "warning"));

        out.append('\n');
        line(out, "%-18s %-24s %12s %12s", "File", "Status", "Rows", "Valid rows");
        for (FileQuality file : report.files()) {
            line(out, "%-18s %-24s %12d %12d", file.fileName(), file.status(), file.rows(), file.validRows());
        }

        out.append('\n');
        line(out, "Completeness (share of rows with a value)");
        for (FileQuality file : report.files()) {
            if (!file.readable()) {
                continue;
            }
            line(out, "  %s", file.fileName());
            for (ColumnCompleteness column : file.columns()) {
                String note = !column.inHeader() ? "  (not in header)" : column.presence() == Presence.REQUIRED ? ""
                        : "  (" + column.presence().name().toLowerCase(Locale.ROOT) + ")";
                line(out, "    %-20s %7s%s", column.column(), percent(column.share()), note);
            }
        }

        out.append('\n');
        Freshness freshness = report.freshness();
        if (freshness.newestEvent().isPresent()) {
            line(out, "Freshness: newest event %s, %s old%s", freshness.newestEvent().get(), duration(freshness.age().get()),
                    freshness.stale() ? " (STALE: more than " + duration(freshness.staleAfter()) + ")" : "");
        } else {
            line(out, "Freshness: no valid events");
        }

        out.append('\n');
        long customers = report.consentCoverage().isEmpty() ? 0 : report.consentCoverage().get(0).customers();
        line(out, "Consent coverage (customers granting, of %d)", customers);
        for (ConsentCoverage coverage : report.consentCoverage()) {
            line(out, "  %-22s %10d %7s", coverage.purpose().csv(), coverage.granted(), percent(coverage.share()));
        }

        out.append('\n');
        if (problems.total() == 0) {
            line(out, "Problems: none");
        } else {
            line(out, "Problems by kind");
            for (Map.Entry<ProblemKind, Long> entry : problems.byKind().entrySet()) {
                line(out, "  %-24s %-8s %10d", entry.getKey().code(), entry.getKey().severity().name().toLowerCase(Locale.ROOT),
                        entry.getValue());
            }
            out.append('\n');
            line(out, "First %d of %d problems, causes first", problems.first().size(), problems.total());
            for (DataProblem problem : problems.roots()) {
                line(out, "  %-7s %s: %s", problem.severity(), problem.location(), problem.reason());
            }
            for (RejectedReferences group : problems.rejectedReferences()) {
                line(out, "  %-7s %s", "ERROR", group.describe());
                for (DataProblem problem : problems.first()) {
                    if (problem.kind().consequence() && problem.column().flatMap(Reference::namedBy)
                            .orElse(null) == group.entity()) {
                        line(out, "    %s: %s", problem.location(), problem.reason());
                    }
                }
            }
        }
        return out.toString();
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** Coarse, readable durations: "3d 4h", "5h 12m", "42s". */
    static String duration(Duration duration) {
        String sign = duration.isNegative() ? "-" : "";
        Duration d = duration.abs();
        if (d.toDays() > 0) {
            return sign + d.toDays() + "d " + d.toHoursPart() + "h";
        }
        if (d.toHours() > 0) {
            return sign + d.toHours() + "h " + d.toMinutesPart() + "m";
        }
        if (d.toMinutes() > 0) {
            return sign + d.toMinutes() + "m " + d.toSecondsPart() + "s";
        }
        return sign + d.toSeconds() + "s";
    }

    private static String plural(long count, String noun) {
        return count == 1 ? noun : noun + "s";
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
