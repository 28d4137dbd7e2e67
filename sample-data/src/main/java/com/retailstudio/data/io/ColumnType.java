package com.retailstudio.data.io;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
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
            if (!DECIMAL_SYNTAX.matcher(raw).matches()) {
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

    private static final Pattern DECIMAL_SYNTAX = Pattern.compile("-?(\\d+(\\.\\d+)?|\\.\\d+)([eE][+-]?\\d+)?");
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

    static String quote(String raw) {
        String shown = raw.length() > 60 ? raw.substring(0, 57) + "..." : raw;
        return '"' + shown + '"';
    }
}
