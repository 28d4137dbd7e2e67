package com.retailstudio.designer.model;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as marketers write them: a whole number and one unit, {@code 30m}, {@code 4h}, {@code 3d}, {@code 2w}.
 * Writing picks the largest unit that divides the duration exactly, so text read and written again is unchanged
 * when it was written in that form.
 */
public final class DurationText {
    private static final Pattern SYNTAX = Pattern.compile("(\\d{1,6})([mhdw])");
    private static final Pattern TYPED = Pattern.compile(
            "(\\d{1,6})\\s*(m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)", Pattern.CASE_INSENSITIVE);

    private DurationText() {
    }

    public static Optional<Duration> parse(String text) {
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(m.group(1));
        return Optional.of(switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> Duration.ofDays(7 * amount);
        });
    }

    /**
     * A duration as a person types it in an editor: the file form ({@code 3d}) or a number and a unit word
     * ({@code 3 days}, {@code 1 week}, {@code 4 hrs}); empty for anything else, e.g. {@code 3 dyas}.
     */
    public static Optional<Duration> read(String typed) {
        Matcher m = TYPED.matcher(typed.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return parse(m.group(1) + Character.toLowerCase(m.group(2).charAt(0)));
    }

    public static String format(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes == 0) {
            return "0m";
        }
        if (minutes % (7 * 24 * 60) == 0) {
            return minutes / (7 * 24 * 60) + "w";
        }
        if (minutes % (24 * 60) == 0) {
            return minutes / (24 * 60) + "d";
        }
        if (minutes % 60 == 0) {
            return minutes / 60 + "h";
        }
        return minutes + "m";
    }

    /** Plain words, e.g. "3 days", "1 week", "30 minutes". */
    public static String words(Duration duration) {
        String text = format(duration);
        long amount = Long.parseLong(text.substring(0, text.length() - 1));
        String unit = switch (text.charAt(text.length() - 1)) {
            case 'w' -> "week";
            case 'd' -> "day";
            case 'h' -> "hour";
            default -> "minute";
        };
        return amount + " " + unit + (amount == 1 ? "" : "s");
    }
}
