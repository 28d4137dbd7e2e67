package com.retailstudio.layout.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which visits and baskets an analysis looks at: an inclusive range of local dates (either end open) and a daypart,
 * both in the store's own time zone. A visit counts by the local time of its first reading, a basket by its till time.
 */
public record TimeFilter(Optional<LocalDate> from, Optional<LocalDate> to, Daypart daypart) {

    public static final TimeFilter ALL = new TimeFilter(Optional.empty(), Optional.empty(), Daypart.ALL);

    public TimeFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(daypart, "daypart");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("The date range ends (" + to.get() + ") before it starts ("
                    + from.get() + ").");
        }
    }

    public TimeFilter withDaypart(Daypart value) {
        return new TimeFilter(from, to, value);
    }

    /** Local epoch day bounds, inclusive, for a fast check. */
    public long firstEpochDay() {
        return from.map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
    }

    public long lastEpochDay() {
        return to.map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
    }
}
