package com.retailstudio.data.quality;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * How recent the behavioural data is.
 *
 * @param newestEvent the latest valid event timestamp, empty when there are no valid events
 * @param age         time from the newest event to the check's "now" (negative when the event lies in the future)
 * @param staleAfter  the age beyond which the data counts as stale
 */
public record Freshness(Optional<Instant> newestEvent, Optional<Duration> age, Duration staleAfter) {

    public Freshness {
        Objects.requireNonNull(newestEvent, "newestEvent");
        Objects.requireNonNull(age, "age");
        Objects.requireNonNull(staleAfter, "staleAfter");
    }

    /**
     * The {@code staleAfter} of data whose age is not judged: the bundled sample is a fixed example, months old by
     * design, and warning that it is old would only alarm a newcomer on first start.
     */
    public static final Duration NOT_JUDGED = ChronoUnit.FOREVER.getDuration();

    /** Whether the newest event is older than {@link #staleAfter()}; data without events is stale. */
    public boolean stale() {
        return judged() && age.map(value -> value.compareTo(staleAfter) > 0).orElse(true);
    }

    /** Whether the age counts at all ({@link #NOT_JUDGED}: it does not). */
    public boolean judged() {
        return !staleAfter.equals(NOT_JUDGED);
    }
}
