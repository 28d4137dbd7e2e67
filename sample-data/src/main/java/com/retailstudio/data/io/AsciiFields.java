package com.retailstudio.data.io;

/**
 * Parses the common spellings of numbers, dates and timestamps straight from a field's ASCII bytes, without a String.
 * Each method accepts a subset of what {@link ColumnType} accepts and gives the same value; for anything else (another
 * spelling, or an invalid value) it answers "not handled", and the scan parses the field as text, which also words the
 * error. So the fast path can change speed, never results.
 */
final class AsciiFields {

    /** Returned by the long-valued parsers when they do not handle the field. */
    static final long NOT_HANDLED = Long.MIN_VALUE;

    /** Days from 0000-03-01 style counting to 1970-01-01, as {@link java.time.LocalDate#toEpochDay()} counts. */
    private static final long DAYS_0000_TO_1970 = 719_528L;

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15};

    private AsciiFields() {
    }

    /** Seconds since the epoch of {@code yyyy-MM-ddTHH:mm:ssZ}, or {@link #NOT_HANDLED}. */
    static long epochSecond(byte[] text, int from, int to) {
        if (to - from != 20 || text[from + 4] != '-' || text[from + 7] != '-' || text[from + 10] != 'T'
                || text[from + 13] != ':' || text[from + 16] != ':' || text[from + 19] != 'Z') {
            return NOT_HANDLED;
        }
        long epochDay = epochDay(text, from);
        int hour = digits(text, from + 11, from + 13);
        int minute = digits(text, from + 14, from + 16);
        int second = digits(text, from + 17, from + 19);
        if (epochDay == NOT_HANDLED || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return NOT_HANDLED;
        }
        return epochDay * 86_400 + hour * 3_600L + minute * 60L + second;
    }

    /** The epoch day of {@code yyyy-MM-dd} (exactly ten characters), or {@link #NOT_HANDLED}. */
    static long date(byte[] text, int from, int to) {
        if (to - from != 10 || text[from + 4] != '-' || text[from + 7] != '-') {
            return NOT_HANDLED;
        }
        return epochDay(text, from);
    }

    /** The epoch day of the {@code yyyy-MM-dd} at {@code from} (separators already checked), or {@link #NOT_HANDLED}. */
    private static long epochDay(byte[] text, int from) {
        int year = digits(text, from, from + 4);
        int month = digits(text, from + 5, from + 7);
        int day = digits(text, from + 8, from + 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) {
            return NOT_HANDLED;
        }
        // The proleptic Gregorian count LocalDate.toEpochDay uses, for years 0 to 9999.
        long total = 365L * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
        total += (367 * month - 362) / 12 + day - 1;
        if (month > 2) {
            total -= isLeap(year) ? 1 : 2;
        }
        return total - DAYS_0000_TO_1970;
    }

    private static boolean isLeap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    private static int monthLength(int year, int month) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /**
     * {@code -?digits(.digits)?} with at most 15 digits in all, or NaN. Such a value is an integer below 2⁵³ divided
     * by a power of ten, both exact in a double, and IEEE division rounds correctly, so the result is exactly what
     * {@link Double#parseDouble} gives.
     */
    static double decimal(byte[] text, int from, int to) {
        int i = from;
        boolean negative = i < to && text[i] == '-';
        if (negative) {
            i++;
        }
        long mantissa = 0;
        int digitCount = 0;
        int fractionDigits = 0;
        boolean inFraction = false;
        boolean integerDigit = false;
        for (; i < to; i++) {
            byte b = text[i];
            if (b >= '0' && b <= '9') {
                mantissa = mantissa * 10 + (b - '0');
                digitCount++;
                if (inFraction) {
                    fractionDigits++;
                } else {
                    integerDigit = true;
                }
            } else if (b == '.' && !inFraction) {
                inFraction = true;
            } else {
                return Double.NaN;
            }
        }
        if (!integerDigit || digitCount > 15 || (inFraction && fractionDigits == 0)) {
            return Double.NaN;
        }
        double value = fractionDigits == 0 ? mantissa : mantissa / POWERS_OF_TEN[fractionDigits];
        return negative ? -value : value;
    }

    /** {@code -?digits} with at most nine digits, or {@link #NOT_HANDLED}. */
    static long integer(byte[] text, int from, int to) {
        int i = from;
        boolean negative = i < to && text[i] == '-';
        if (negative) {
            i++;
        }
        if (i == to || to - i > 9) {
            return NOT_HANDLED;
        }
        int value = digits(text, i, to);
        if (value < 0) {
            return NOT_HANDLED;
        }
        return negative ? -value : value;
    }

    /** Whether {@code text[from, to)} is exactly {@code expected}. */
    static boolean equals(byte[] text, int from, int to, byte[] expected) {
        if (to - from != expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (text[from + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** The non-negative number written by the ASCII digits {@code text[from, to)}, or -1 if any is not a digit. */
    private static int digits(byte[] text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int d = text[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }
}
