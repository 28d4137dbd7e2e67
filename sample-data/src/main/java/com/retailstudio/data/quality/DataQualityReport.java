package com.retailstudio.data.quality;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of checking a data set folder: per-file counts and completeness, freshness, consent coverage and problems.
 * Built by {@link DataQualityChecker}; rendered by {@link #toText()} for people and {@link #toJson()} for tools.
 *
 * @param dataFolder      absolute path of the folder checked
 * @param checkedAt       the "now" freshness was measured against
 * @param files           one entry per contract file, in reading order
 * @param freshness       age of the newest event
 * @param consentCoverage share of customers granting each purpose, in contract order
 * @param problems        every problem counted, the first few kept
 */
public record DataQualityReport(
        String dataFolder,
        Instant checkedAt,
        List<FileQuality> files,
        Freshness freshness,
        List<ConsentCoverage> consentCoverage,
        ProblemSummary problems) {

    public DataQualityReport {
        Objects.requireNonNull(dataFolder, "dataFolder");
        Objects.requireNonNull(checkedAt, "checkedAt");
        files = List.copyOf(files);
        Objects.requireNonNull(freshness, "freshness");
        consentCoverage = List.copyOf(consentCoverage);
        Objects.requireNonNull(problems, "problems");
    }

    /** False when any error was found (missing file or column, bad value, broken reference, duplicate); warnings do not count. */
    public boolean usable() {
        return problems.errors() == 0;
    }

    public Optional<FileQuality> file(String fileName) {
        return files.stream().filter(file -> file.fileName().equals(fileName)).findFirst();
    }

    /** Aligned plain text for a terminal or a log. */
    public String toText() {
        return DataQualityText.render(this);
    }

    /** JSON with a {@code schemaVersion}, for tools and the command line's {@code --format json}. */
    public String toJson() {
        return DataQualityJson.render(this);
    }

    /**
     * Reads a report written by {@link #toJson()} back (a report kept with an import).
     *
     * @throws IllegalArgumentException when the text is not a version-1 quality report
     */
    public static DataQualityReport fromJson(String json) {
        return DataQualityJsonReader.parse(json);
    }
}
