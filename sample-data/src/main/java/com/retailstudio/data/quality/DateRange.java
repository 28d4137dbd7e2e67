package com.retailstudio.data.quality;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The earliest and latest date or timestamp among a file's valid rows (a date counts as its midnight UTC): the
 * latest says how fresh the file is, the span how many days its rows cover.
 */
public record DateRange(Instant earliest, Instant latest) {

    public DateRange {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("The latest date " + latest + " is before the earliest " + earliest);
        }
    }

    /** Calendar days (UTC) from the earliest to the latest, both counted: 1 when every row falls on one day. */
    public long days() {
        return ChronoUnit.DAYS.between(earliest.atZone(ZoneOffset.UTC).toLocalDate(),
                latest.atZone(ZoneOffset.UTC).toLocalDate()) + 1;
    }
}
