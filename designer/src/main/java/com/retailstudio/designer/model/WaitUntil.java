package com.retailstudio.designer.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * When a wait ends by the customer's own calendar and clock rather than after a fixed duration: the next time of day,
 * the next weekday, or a date of the customer's profile moved by some days. docs/journey-semantics.md ("Local-time
 * waits") says how each behaves across daylight-saving changes and when the moment has already passed.
 */
public sealed interface WaitUntil {
    /** The most days a date attribute's wait may be moved either way. */
    int MAX_OFFSET_DAYS = 366;

    /** The type's name in journey files, e.g. {@code time_of_day}. */
    String type();

    /** A few words for the canvas card, e.g. "next 09:00 local". */
    String summary();

    /** The next {@code at} on the customer's clock; now when it is that minute. */
    record TimeOfDay(LocalTime at) implements WaitUntil {
        public TimeOfDay {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public String type() {
            return "time_of_day";
        }

        @Override
        public String summary() {
            return "next " + at + " local";
        }
    }

    /** The next {@code day} in the customer's time zone, at {@code at} or, without it, from the day's start. */
    record Weekday(DayOfWeek day, Optional<LocalTime> at) implements WaitUntil {
        public Weekday {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(at, "at");
        }

        @Override
        public String type() {
            return "weekday";
        }

        @Override
        public String summary() {
            return "next " + dayName(day) + at.map(t -> " " + t).orElse("") + " local";
        }

        /** The day's name in files, e.g. {@code saturday}. */
        public static String json(DayOfWeek day) {
            return day.name().toLowerCase(Locale.ROOT);
        }

        public static Optional<DayOfWeek> fromJson(String text) {
            for (DayOfWeek d : DayOfWeek.values()) {
                if (json(d).equals(text)) {
                    return Optional.of(d);
                }
            }
            return Optional.empty();
        }

        public static String dayName(DayOfWeek day) {
            return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
    }

    /**
     * {@code at} on the day {@code offsetDays} after (negative: before) the date in profile field {@code field};
     * {@code yearly} takes the date's next anniversary (a birthday, a membership anniversary), otherwise the date
     * itself, which may have passed.
     */
    record DateAttribute(String field, int offsetDays, LocalTime at, boolean yearly) implements WaitUntil {
        public DateAttribute {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(at, "at");
            if (Math.abs(offsetDays) > MAX_OFFSET_DAYS) {
                throw new IllegalArgumentException("the offset must be within " + MAX_OFFSET_DAYS + " days");
            }
        }

        @Override
        public String type() {
            return "date_attribute";
        }

        @Override
        public String summary() {
            String days = Math.abs(offsetDays) + (Math.abs(offsetDays) == 1 ? " day " : " days ");
            String when = offsetDays == 0 ? "on " : offsetDays < 0 ? days + "before " : days + "after ";
            return when + (yearly ? "the anniversary of " : "") + field + ", " + at + " local";
        }
    }
}
