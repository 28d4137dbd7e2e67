package com.retailstudio.data.io;

import java.util.Locale;

/** The category of a data problem, so reports can count problems by what went wrong. */
public enum ProblemKind {
    MISSING_FILE(Severity.ERROR),
    MISSING_COLUMN(Severity.ERROR),
    DUPLICATE_COLUMN(Severity.ERROR),
    /** The row itself cannot be read: wrong number of fields, an unclosed quote, invalid UTF-8. */
    MALFORMED_ROW(Severity.ERROR),
    MISSING_VALUE(Severity.ERROR),
    WRONG_TYPE(Severity.ERROR),
    OUT_OF_RANGE(Severity.ERROR),
    NOT_ALLOWED(Severity.ERROR),
    /** A rule between columns of one row, e.g. unit cost below full price. */
    RULE_VIOLATED(Severity.ERROR),
    DUPLICATE_KEY(Severity.ERROR),
    UNKNOWN_REFERENCE(Severity.ERROR),
    /**
     * An id whose own row was rejected: not a fault of this row but a consequence of that row's error, so reports
     * list it under its cause.
     */
    REJECTED_REFERENCE(Severity.ERROR),
    OUT_OF_ORDER(Severity.ERROR),
    MISSING_OPTIONAL_COLUMN(Severity.WARNING),
    EMPTY_OPTIONAL_COLUMN(Severity.WARNING),
    STALE_DATA(Severity.WARNING),
    /** A birth_date that puts the customer outside their age_band on the data set's last day. */
    AGE_BAND_MISMATCH(Severity.WARNING),
    NO_EVENTS(Severity.WARNING);

    private final Severity severity;

    ProblemKind(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    /** Whether the problem only follows from another row's error ({@link #REJECTED_REFERENCE}). */
    public boolean consequence() {
        return this == REJECTED_REFERENCE;
    }

    /** Lower-case name for reports and JSON, e.g. {@code unknown_reference}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
