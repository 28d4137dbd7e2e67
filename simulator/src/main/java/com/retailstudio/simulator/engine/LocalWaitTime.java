package com.retailstudio.simulator.engine;

import com.retailstudio.designer.model.WaitUntil;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A wait's {@link WaitUntil} compiled for the engine: when, on the customer's clock, a customer who reaches the wait
 * at {@code t} wakes (docs/journey-semantics.md, "Local-time waits"). Immutable, shared by all partitions.
 */
final class LocalWaitTime {
    private static final int TIME_OF_DAY = 0;
    private static final int WEEKDAY = 1;
    private static final int DATE = 2;

    private final int kind;
    private final LocalTime at;
    private final DayOfWeek day;
    private final int offsetDays;
    private final boolean yearly;
    /** Which profile date a date wait reads ({@link ProfileDates#of}); -1 for the other kinds. */
    private final int date;
    private final String description;

    private LocalWaitTime(int kind, LocalTime at, DayOfWeek day, int offsetDays, boolean yearly, int date,
            String description) {
        this.kind = kind;
        this.date = date;
        this.at = at;
        this.day = day;
        this.offsetDays = offsetDays;
        this.yearly = yearly;
        this.description = description;
    }

    /** Compiles a wait's local time; fails with a sentence when it names a field the engine has no date for. */
    static LocalWaitTime compile(WaitUntil until, String nodeId) {
        if (until instanceof WaitUntil.TimeOfDay t) {
            return new LocalWaitTime(TIME_OF_DAY, t.at(), null, 0, false, -1, until.summary());
        }
        if (until instanceof WaitUntil.Weekday w) {
            return new LocalWaitTime(WEEKDAY, w.at().orElse(null), w.day(), 0, false, -1, until.summary());
        }
        WaitUntil.DateAttribute d = (WaitUntil.DateAttribute) until;
        if (!ProfileDates.isDate(d.field())) {
            throw new IllegalArgumentException("wait " + nodeId + " waits for the date in " + d.field()
                    + ", which is not a date of the customer profile; the data contract has "
                    + String.join(" and ", ProfileDates.FIELDS));
        }
        return new LocalWaitTime(DATE, d.at(), null, d.offsetDays(), d.yearly(), ProfileDates.of(d.field()),
                until.summary());
    }

    /**
     * When customer {@code c}, reaching wait {@code node} at {@code t}, wakes: after the wait's duration, or at its
     * local time; the step is told to the trace.
     */
    static long start(JourneyPlan plan, int node, long t, ZoneId zone, CustomerData data, int c, StepTracer trace) {
        LocalWaitTime local = plan.waitLocal[node];
        if (local == null) {
            long wake = t + plan.waitSeconds[node];
            trace.waiting(t, node, plan.waitUntilType[node], wake);
            return wake;
        }
        if (local.lacksDate(data, c)) {
            trace.waitingForNoDate(t, node, plan.waitUntilType[node]);
            return Long.MAX_VALUE;
        }
        long wake = local.wake(t, zone, data, c);
        trace.waitingLocal(t, node, plan.waitUntilType[node], wake, zone, local.passed(t, zone, data, c));
        return wake;
    }

    /**
     * Whether the wait reads a date the customer's row leaves empty (an optional {@code birth_date}): then the date
     * never comes, and only the wait's awaited event, an exit criterion or the horizon's end moves the customer.
     */
    boolean lacksDate(CustomerData data, int c) {
        return kind == DATE && ProfileDates.day(data, c, date) == ProfileColumns.NO_DATE;
    }

    /** The words the trace gives, e.g. "next 09:00 local". */
    String description() {
        return description;
    }

    /**
     * When customer {@code c} in {@code zone}, at the wait since {@code t}, wakes: at or after {@code t}; {@code t}
     * itself when the moment is now or, for a date that does not recur, already past.
     */
    long wake(long t, ZoneId zone, CustomerData data, int c) {
        return switch (kind) {
            case TIME_OF_DAY -> LocalClock.nextAt(zone, t, at);
            case WEEKDAY -> LocalClock.nextWeekday(zone, t, day, at);
            default -> Math.max(t, onDate(t, zone, LocalDate.ofEpochDay(ProfileDates.day(data, c, date))));
        };
    }

    /** Whether, for a date that does not recur, the moment had passed when the customer reached the wait. */
    boolean passed(long t, ZoneId zone, CustomerData data, int c) {
        return kind == DATE && onDate(t, zone, LocalDate.ofEpochDay(ProfileDates.day(data, c, date))) < t;
    }

    private long onDate(long t, ZoneId zone, LocalDate date) {
        if (!yearly) {
            return LocalClock.at(zone, date.plusDays(offsetDays), at);
        }
        int year = LocalDate.ofEpochDay(LocalClock.localDay(zone, t)).getYear();
        // An offset of up to a year either way can put the next moment in the anniversary of a neighbouring year;
        // withYear moves 29 February to the 28th in years without it.
        for (int y = year - 1; y <= year + 2; y++) {
            long moment = LocalClock.at(zone, date.withYear(y).plusDays(offsetDays), at);
            if (moment >= t) {
                return moment;
            }
        }
        throw new IllegalStateException("no anniversary within three years");
    }
}
