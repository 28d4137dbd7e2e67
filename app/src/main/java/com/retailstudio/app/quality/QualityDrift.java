package com.retailstudio.app.quality;

import java.util.Objects;
import java.util.Optional;

/**
 * A change between two imports that suggests the data's source broke, not that the business moved.
 *
 * @param at      the import where it showed
 * @param kind    what changed
 * @param file    the file, e.g. {@code events.csv}
 * @param column  the column, for a missing-share jump
 * @param message the change in words, with the figures before and after
 */
public record QualityDrift(ImportQuality at, Kind kind, String file, Optional<String> column, String message) {

    public QualityDrift {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(message, "message");
    }

    /** The kinds of drift flagged. */
    public enum Kind {
        /** A column is missing in many more rows than at the import before. */
        MISSING_SHARE_JUMP,
        /** Events (rows) per day fell to a fraction of the import before. */
        PER_DAY_COLLAPSE,
        /** A file has far fewer rows than at the import before. */
        ROWS_DROP,
        /** A file's latest date is older than at the import before: the extract went back in time. */
        FRESHNESS_WENT_BACK
    }

    /** "events.csv" or "events.csv, column value": where to look. */
    public String where() {
        return column.map(name -> file + ", column " + name).orElse(file);
    }
}
