package com.retailstudio.simulator.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Customer-local time from UTC epoch seconds: hours, calendar days and the next occurrence of a time of day. */
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

    /** The instant local midnight begins the given local day (the first valid instant of that day). */
    static long startOfDay(ZoneId zone, long epochDay) {
        return LocalDate.ofEpochDay(epochDay).atStartOfDay(zone).toEpochSecond();
    }

    /** The first instant at or after {@code epochSecond} whose local time is {@code at} (the gap-adjusted one in a DST gap). */
    static long nextAt(ZoneId zone, long epochSecond, LocalTime at) {
        long day = localDay(zone, epochSecond);
        for (int i = 0; i < 3; i++) {
            long t = ZonedDateTime.of(LocalDateTime.of(LocalDate.ofEpochDay(day + i), at), zone).toEpochSecond();
            if (t >= epochSecond) {
                return t;
            }
        }
        throw new IllegalStateException("no local " + at + " within three days");
    }
}
