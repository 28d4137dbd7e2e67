package com.retailstudio.simulator.engine;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Customer-local time from UTC epoch seconds: hours, calendar days and the next occurrence of a time of day, a
 * weekday or a date. A local time that a daylight-saving gap skips is moved forward by the gap's length (02:30 on the
 * spring-forward night is 03:30); one that an overlap repeats is its first occurrence (docs/journey-semantics.md).
 */
final class LocalClock {
    private LocalClock() {
    }

    static int offsetSeconds(ZoneId zone, long epochSecond) {
        return zone.getRules().getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
    }

    static int localHour(ZoneId zone, long epochSecond) {
        return hourOfLocalSecond(epochSecond + offsetSeconds(zone, epochSecond));
    }

    /** The hour of the day of a local time given as seconds since the local epoch. */
    static int hourOfLocalSecond(long local) {
        return (int) Math.floorMod(local, 86_400L) / 3600;
    }

    static LocalTime localTime(ZoneId zone, long epochSecond) {
        long local = epochSecond + offsetSeconds(zone, epochSecond);
        return LocalTime.ofSecondOfDay(Math.floorMod(local, 86_400L));
    }

    static long localDay(ZoneId zone, long epochSecond) {
        return Math.floorDiv(epochSecond + offsetSeconds(zone, epochSecond), 86_400L);
    }

    /**
     * Where a cap's window starts for a send at {@code t}: with {@code calendarDays} (a window of whole days), local
     * midnight that many calendar days back counting today; otherwise {@code windowSeconds} before the send. The
     * {@code clock} is the run's, which answers as {@link #localDay} and {@link #startOfDay} do.
     */
    static long capWindowStart(LocalInstants clock, ZoneId zone, long t, int calendarDays, long windowSeconds) {
        return calendarDays > 0 ? clock.startOfDay(zone, clock.localDay(zone, t) - (calendarDays - 1))
                : t - windowSeconds + 1;
    }

    /** A cap's window in calendar days when it is a whole number of days, else 0 (a window of seconds). */
    static int calendarDays(long windowSeconds) {
        return windowSeconds % 86_400 == 0 ? (int) (windowSeconds / 86_400) : 0;
    }

    /** The instant local midnight begins the given local day (the first valid instant of that day). */
    static long startOfDay(ZoneId zone, long epochDay) {
        return LocalDate.ofEpochDay(epochDay).atStartOfDay(zone).toEpochSecond();
    }

    /** The first instant at or after {@code epochSecond} whose local time is {@code at} (the gap-adjusted one in a DST gap). */
    static long nextAt(ZoneId zone, long epochSecond, LocalTime at) {
        long day = localDay(zone, epochSecond);
        for (int i = 0; i < 3; i++) {
            long t = at(zone, LocalDate.ofEpochDay(day + i), at);
            if (t >= epochSecond) {
                return t;
            }
        }
        throw new IllegalStateException("no local " + at + " within three days");
    }

    /** The instant of local time {@code at} on local day {@code date} (gap: moved forward; overlap: the first). */
    static long at(ZoneId zone, LocalDate date, LocalTime at) {
        return ZonedDateTime.of(LocalDateTime.of(date, at), zone).toEpochSecond();
    }

    /**
     * The first instant at or after {@code epochSecond} that is local time {@code at} on a {@code day}; without a
     * time ({@code at} null), the start of the next such day, or {@code epochSecond} itself when today is one.
     */
    static long nextWeekday(ZoneId zone, long epochSecond, DayOfWeek day, LocalTime at) {
        LocalDate today = LocalDate.ofEpochDay(localDay(zone, epochSecond));
        for (int i = 0; i <= 7; i++) {
            LocalDate date = today.plusDays(i);
            if (date.getDayOfWeek() != day) {
                continue;
            }
            if (at == null) {
                return i == 0 ? epochSecond : startOfDay(zone, date.toEpochDay());
            }
            long t = at(zone, date, at);
            if (t >= epochSecond) {
                return t;
            }
        }
        throw new IllegalStateException("no " + day + " within eight days");
    }
}
