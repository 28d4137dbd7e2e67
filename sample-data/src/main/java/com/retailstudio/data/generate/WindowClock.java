package com.retailstudio.data.generate;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The event window in UTC seconds, and each time zone's UTC offset per local day, looked up once so that converting
 * a local time to UTC is two additions (the offset at local noon stands for the whole day).
 */
final class WindowClock {

    static final int SECONDS_PER_DAY = 86_400;

    private final LocalDate startDate;
    private final int days;
    private final long startEpochSecond;
    private final List<ZoneId> zones = new ArrayList<>();
    private final List<int[]> offsets = new ArrayList<>();

    WindowClock(LocalDate startDate, int days) {
        this.startDate = startDate;
        this.days = days;
        this.startEpochSecond = startDate.toEpochDay() * SECONDS_PER_DAY;
    }

    long startEpochSecond() {
        return startEpochSecond;
    }

    int days() {
        return days;
    }

    int windowSeconds() {
        return days * SECONDS_PER_DAY;
    }

    LocalDate date(int day) {
        return startDate.plusDays(day);
    }

    DayOfWeek dayOfWeek(int day) {
        return startDate.plusDays(day).getDayOfWeek();
    }

    /** Index of a zone for {@link #toWindowSecond}; registers it on first use. */
    int zoneIndex(ZoneId zone) {
        int i = zones.indexOf(zone);
        if (i >= 0) {
            return i;
        }
        int[] byDay = new int[days];
        for (int d = 0; d < days; d++) {
            Instant noon = Instant.ofEpochSecond(startEpochSecond + (long) d * SECONDS_PER_DAY + 12 * 3600);
            ZoneOffset offset = zone.getRules().getOffset(noon);
            byDay[d] = offset.getTotalSeconds();
        }
        zones.add(zone);
        offsets.add(byDay);
        return zones.size() - 1;
    }

    /** Seconds since the window's start (UTC) of a local day and second of that day in a zone; may fall outside. */
    int toWindowSecond(int zoneIndex, int day, int localSecondOfDay) {
        return day * SECONDS_PER_DAY + localSecondOfDay - offsets.get(zoneIndex)[day];
    }

    /** A cumulative table over the window's days weighted by day of week (Monday first). */
    double[] dayWeights(double[] byDayOfWeek) {
        double[] w = new double[days];
        for (int d = 0; d < days; d++) {
            w[d] = byDayOfWeek[dayOfWeek(d).getValue() - 1];
        }
        return RandomDraws.cumulative(w);
    }
}
