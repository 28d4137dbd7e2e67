package com.retailstudio.data.io;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The value type of a contract column and how its text is parsed, strictly. */
public enum ColumnType {
    TEXT("text") {
        @Override
        Object parse(String raw) {
            return raw;
        }
    },
    DATE("date") {
        @Override
        Object parse(String raw) throws InvalidValue {
            try {
                return LocalDate.parse(raw, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeException e) {
                throw new InvalidValue(ProblemKind.WRONG_TYPE, quote(raw) + " is not an ISO-8601 date (yyyy-MM-dd)");
            }
        }
    },
    TIMESTAMP("timestamp") {
        @Override
        Object parse(String raw) throws InvalidValue {
            // ISO_INSTANT also accepts offsets such as +01:00; the contract wants UTC spelled with a Z.
            if (!raw.endsWith("Z")) {
                throw notTimestamp(raw);
            }
            if (hasSecondsShape(raw)) {
                return parseSecondsForm(raw).orElseThrow(() -> notTimestamp(raw));
            }
            // The formatter would read 24:00:00 as the next midnight and 23:59:60 as a leap second; the contract has neither.
            if (raw.length() > 19 && (raw.startsWith("24", 11) || raw.startsWith("60", 17))) {
                throw notTimestamp(raw);
            }
            try {
                return DateTimeFormatter.ISO_INSTANT.parse(raw, Instant::from);
            } catch (DateTimeException e) {
                throw notTimestamp(raw);
            }
        }

        private InvalidValue notTimestamp(String raw) {
            return new InvalidValue(ProblemKind.WRONG_TYPE, quote(raw) + " is not an ISO-8601 UTC timestamp");
        }
    },
    DECIMAL("decimal") {
        @Override
        Object parse(String raw) throws InvalidValue {
            if (!isDecimalSyntax(raw)) {
                throw new InvalidValue(ProblemKind.WRONG_TYPE, quote(raw) + " is not a decimal number");
            }
            double value = Double.parseDouble(raw);
            if (Double.isInfinite(value)) {
                throw new InvalidValue(ProblemKind.OUT_OF_RANGE, quote(raw) + " is too large for a decimal number");
            }
            return value;
        }
    },
    INTEGER("integer") {
        @Override
        Object parse(String raw) throws InvalidValue {
            if (!INTEGER_SYNTAX.matcher(raw).matches()) {
                throw new InvalidValue(ProblemKind.WRONG_TYPE, quote(raw) + " is not an integer");
            }
            try {
                return Integer.parseInt(raw);
            } catch (NumberFormatException e) {
                throw new InvalidValue(ProblemKind.OUT_OF_RANGE, quote(raw) + " is too large for an integer (at most 2147483647)");
            }
        }
    },
    BOOLEAN("boolean") {
        @Override
        Object parse(String raw) throws InvalidValue {
            return switch (raw) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new InvalidValue(ProblemKind.WRONG_TYPE, quote(raw) + " is not a boolean (true or false)");
            };
        }
    },
    /** One of a closed list of spellings; the list lives on the {@link ColumnSpec}. */
    CODE("code") {
        @Override
        Object parse(String raw) {
            return raw;
        }
    },
    COUNTRY("country") {
        @Override
        Object parse(String raw) throws InvalidValue {
            if (!COUNTRIES.contains(raw)) {
                throw new InvalidValue(ProblemKind.NOT_ALLOWED, quote(raw) + " is not an ISO-3166 alpha-2 country code");
            }
            return raw;
        }
    },
    TIMEZONE("time zone") {
        @Override
        Object parse(String raw) throws InvalidValue {
            if (!ZONE_IDS.contains(raw)) {
                throw new InvalidValue(ProblemKind.NOT_ALLOWED, quote(raw) + " is not an IANA time zone id");
            }
            // Millions of customers share a few dozen zones; hand out one instance per id.
            return ZONES.computeIfAbsent(raw, ZoneId::of);
        }
    };

    private static final Pattern INTEGER_SYNTAX = Pattern.compile("-?\\d+");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> ZONE_IDS = ZoneId.getAvailableZoneIds();
    private static final Map<String, ZoneId> ZONES = new ConcurrentHashMap<>();

    private final String description;

    ColumnType(String description) {
        this.description = description;
    }

    /** Short name for documentation tables and reports; docs/data-format.md spells out each type's syntax. */
    public String description() {
        return description;
    }

    /** Parses a non-empty field; the result is a String, LocalDate, Instant, Double, Integer, Boolean or ZoneId. */
    abstract Object parse(String raw) throws InvalidValue;

    /** Whether the text has the form writers use, {@code yyyy-MM-ddTHH:mm:ssZ} (digits not yet checked). */
    private static boolean hasSecondsShape(String raw) {
        return raw.length() == 20 && raw.charAt(4) == '-' && raw.charAt(7) == '-' && raw.charAt(10) == 'T'
                && raw.charAt(13) == ':' && raw.charAt(16) == ':' && raw.charAt(19) == 'Z';
    }

    /**
     * Parses the seconds form by hand: the general formatter is several times slower and would dominate reading event
     * and traffic files. Empty when a digit is missing or the date or time does not exist.
     */
    private static Optional<Instant> parseSecondsForm(String raw) {
        int year = digits(raw, 0, 4);
        int month = digits(raw, 5, 7);
        int day = digits(raw, 8, 10);
        int hour = digits(raw, 11, 13);
        int minute = digits(raw, 14, 16);
        int second = digits(raw, 17, 19);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23
                || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return Optional.empty();
        }
        try {
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            return Optional.of(Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The non-negative number written by the ASCII digits {@code raw[from, to)}, or -1 if any is not a digit. */
    private static int digits(String raw, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** {@code -?(digits(.digits)?|.digits)([eE][+-]?digits)?}, checked by hand because a regex costs more than the parse. */
    static boolean isDecimalSyntax(String raw) {
        int i = 0;
        int n = raw.length();
        if (i < n && raw.charAt(i) == '-') {
            i++;
        }
        int integerDigits = countDigits(raw, i);
        i += integerDigits;
        int fractionDigits = 0;
        if (i < n && raw.charAt(i) == '.') {
            i++;
            fractionDigits = countDigits(raw, i);
            if (fractionDigits == 0) {
                return false;
            }
            i += fractionDigits;
        }
        if (integerDigits == 0 && fractionDigits == 0) {
            return false;
        }
        if (i < n && (raw.charAt(i) == 'e' || raw.charAt(i) == 'E')) {
            i++;
            if (i < n && (raw.charAt(i) == '+' || raw.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = countDigits(raw, i);
            if (exponentDigits == 0) {
                return false;
            }
            i += exponentDigits;
        }
        return i == n;
    }

    private static int countDigits(String raw, int from) {
        int i = from;
        while (i < raw.length() && raw.charAt(i) >= '0' && raw.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    static String quote(String raw) {
        String shown = raw.length() > 60 ? raw.substring(0, 57) + "..." : raw;
        return '"' + shown + '"';
    }
}
