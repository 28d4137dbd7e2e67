package com.retailstudio.layout.model;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recurring slice of the week in a store's local time: a set of days and an hour range [fromHour, toHour).
 *
 * @param name     how the daypart is shown and named on the command line
 * @param days     the local days of the week it covers
 * @param fromHour first local hour included, 0..23
 * @param toHour   first local hour no longer included, fromHour+1..24
 */
public record Daypart(String name, Set<DayOfWeek> days, int fromHour, int toHour) {

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    public static final Daypart ALL = new Daypart("all", EnumSet.allOf(DayOfWeek.class), 0, 24);
    public static final Daypart WEEKDAY_MORNING = new Daypart("weekday-morning", WEEKDAYS, 8, 12);
    public static final Daypart WEEKDAY_LUNCH = new Daypart("weekday-lunch", WEEKDAYS, 12, 14);
    public static final Daypart WEEKDAY_EVENING = new Daypart("weekday-evening", WEEKDAYS, 17, 21);
    public static final Daypart SATURDAY = new Daypart("saturday", EnumSet.of(DayOfWeek.SATURDAY), 0, 24);
    public static final Daypart SUNDAY = new Daypart("sunday", EnumSet.of(DayOfWeek.SUNDAY), 0, 24);

    public Daypart {
        days = Set.copyOf(days);
        if (days.isEmpty()) {
            throw new IllegalArgumentException("A daypart needs at least one day of the week.");
        }
        if (fromHour < 0 || fromHour > 23 || toHour <= fromHour || toHour > 24) {
            throw new IllegalArgumentException("A daypart's hours must satisfy 0 <= from < to <= 24, were "
                    + fromHour + " and " + toHour + ".");
        }
    }

    /** The named dayparts, in the order they are offered. */
    public static List<Daypart> named() {
        return List.of(ALL, WEEKDAY_MORNING, WEEKDAY_LUNCH, WEEKDAY_EVENING, SATURDAY, SUNDAY);
    }

    /** Every day of the week, local hours [fromHour, toHour). */
    public static Daypart hours(int fromHour, int toHour) {
        return new Daypart(String.format(Locale.ROOT, "%02d-%02d", fromHour, toHour),
                EnumSet.allOf(DayOfWeek.class), fromHour, toHour);
    }

    /**
     * A named daypart ({@code weekday-morning}, ...) or a custom hour range such as {@code 10-14}.
     *
     * @throws IllegalArgumentException naming the accepted spellings
     */
    public static Daypart parse(String text) {
        for (Daypart d : named()) {
            if (d.name.equalsIgnoreCase(text)) {
                return d;
            }
        }
        Matcher m = Pattern.compile("(\\d{1,2})-(\\d{1,2})").matcher(text);
        if (m.matches()) {
            return hours(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        throw new IllegalArgumentException("Unknown daypart '" + text + "': use one of "
                + String.join(", ", named().stream().map(Daypart::name).toList())
                + " or an hour range such as 10-14.");
    }

    /** True when a local day and hour falls in this daypart. */
    public boolean covers(DayOfWeek day, int hour) {
        return days.contains(day) && hour >= fromHour && hour < toHour;
    }

    /** The daypart as 168 flags, one per local hour of the week (Monday 00h = 0), for a fast per-reading check. */
    public boolean[] weekHourFlags() {
        boolean[] flags = new boolean[7 * 24];
        for (DayOfWeek d : days) {
            for (int h = fromHour; h < toHour; h++) {
                flags[(d.getValue() - 1) * 24 + h] = true;
            }
        }
        return flags;
    }
}
