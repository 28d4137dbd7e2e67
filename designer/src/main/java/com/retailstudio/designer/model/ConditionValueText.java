package com.retailstudio.designer.model;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Condition values as text a person types, read against the field's type: the one place that says which value fits
 * which field, used by lint on files and by the condition editor on typing.
 */
public final class ConditionValueText {

    private ConditionValueText() {
    }

    /** The outcome of reading typed text: a value, or the problem with the text in a short phrase. */
    public record Reading(Optional<ConditionValue> value, Optional<String> problem) {
        public Reading {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(problem, "problem");
            if (value.isPresent() == problem.isPresent()) {
                throw new IllegalArgumentException("a reading has a value or a problem");
            }
        }

        static Reading of(ConditionValue value) {
            return new Reading(Optional.of(value), Optional.empty());
        }

        static Reading problem(String problem) {
            return new Reading(Optional.empty(), Optional.of(problem));
        }
    }

    /**
     * Why one value does not fit the field's type, e.g. "needs a number", or empty when it fits. Ranges are not
     * checked here: lint reports a value outside the field's range as a contradiction.
     */
    public static Optional<String> typeProblem(Field field, ConditionValue value) {
        String problem = switch (field.type()) {
            case NUMBER -> value instanceof ConditionValue.NumberValue ? null : "needs a number";
            case BOOLEAN -> value instanceof ConditionValue.BooleanValue ? null : "needs yes or no (true or false)";
            case TEXT -> value instanceof ConditionValue.TextValue ? null : "needs text";
            case ENUM -> value instanceof ConditionValue.TextValue t && field.allowedValues().contains(t.value()) ? null
                    : "needs one of " + String.join(", ", field.allowedValues());
            case DATE -> value instanceof ConditionValue.TextValue t && isDate(t.value()) ? null
                    : "needs a date written yyyy-MM-dd";
            case DURATION -> value instanceof ConditionValue.TextValue t && DurationText.parse(t.value()).isPresent()
                    ? null : "needs a duration such as 30d, 12h or 2w";
        };
        return Optional.ofNullable(problem);
    }

    /** Why a number lies outside the field's range, e.g. "must be between 0 and 1", or empty when inside. */
    public static Optional<String> rangeProblem(Field field, double number) {
        boolean low = field.min().map(min -> number < min).orElse(false);
        boolean high = field.max().map(max -> number > max).orElse(false);
        if (!low && !high) {
            return Optional.empty();
        }
        if (field.min().isPresent() && field.max().isPresent()) {
            return Optional.of("must be between " + NumberText.format(field.min().get()) + " and "
                    + NumberText.format(field.max().get()));
        }
        return Optional.of(low ? "must be " + NumberText.format(field.min().get()) + " or more"
                : "must be " + NumberText.format(field.max().get()) + " or less");
    }

    /**
     * Reads what a person typed as the value of {@code field operator ...}: a comma-separated list for "is one of",
     * numbers within the field's range, yes/no, enum codes (any letter case), dates {@code yyyy-MM-dd}, durations as
     * {@link DurationText#read} takes them (kept in file form, {@code 30d}).
     */
    public static Reading read(Field field, Operator operator, String typed) {
        if (!field.type().allows(operator)) {
            return Reading.problem("\"" + operator.phrase() + "\" does not apply to a " + field.type().label()
                    + " field");
        }
        if (!operator.takesList()) {
            return readOne(field, typed.strip());
        }
        List<ConditionValue> values = new ArrayList<>();
        for (String part : typed.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            Reading one = readOne(field, part.strip());
            if (one.problem().isPresent()) {
                return one;
            }
            values.add(one.value().orElseThrow());
        }
        if (values.isEmpty()) {
            return Reading.problem("needs at least one value");
        }
        return Reading.of(new ConditionValue.ListValue(values));
    }

    private static Reading readOne(Field field, String text) {
        if (text.isEmpty()) {
            return Reading.problem(switch (field.type()) {
                case NUMBER -> "needs a number";
                case BOOLEAN -> "needs yes or no";
                case ENUM -> "needs one of " + String.join(", ", field.allowedValues());
                case DATE -> "needs a date written yyyy-MM-dd";
                case DURATION -> "needs a duration such as 30 days, 12h or 2 weeks";
                case TEXT -> "needs text";
            });
        }
        ConditionValue value;
        switch (field.type()) {
            case NUMBER -> {
                double number;
                try {
                    number = Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    return Reading.problem("needs a number, not \"" + text + "\"");
                }
                if (!Double.isFinite(number) || !text.matches("[-+]?[0-9.]+([eE][-+]?[0-9]+)?")) {
                    return Reading.problem("needs a number, not \"" + text + "\"");
                }
                Optional<String> range = rangeProblem(field, number);
                if (range.isPresent()) {
                    return Reading.problem(range.get());
                }
                value = new ConditionValue.NumberValue(number);
            }
            case BOOLEAN -> {
                String lower = text.toLowerCase(Locale.ROOT);
                if (lower.equals("yes") || lower.equals("true")) {
                    value = new ConditionValue.BooleanValue(true);
                } else if (lower.equals("no") || lower.equals("false")) {
                    value = new ConditionValue.BooleanValue(false);
                } else {
                    return Reading.problem("needs yes or no, not \"" + text + "\"");
                }
            }
            case ENUM -> {
                Optional<String> code = field.allowedValues().stream().filter(c -> c.equalsIgnoreCase(text)).findFirst();
                if (code.isEmpty()) {
                    return Reading.problem("\"" + text + "\" is not one of " + String.join(", ", field.allowedValues()));
                }
                value = new ConditionValue.TextValue(code.get());
            }
            case DATE -> {
                if (!isDate(text)) {
                    return Reading.problem("needs a date written yyyy-MM-dd, not \"" + text + "\"");
                }
                value = new ConditionValue.TextValue(text);
            }
            case DURATION -> {
                Optional<Duration> duration = DurationText.read(text);
                if (duration.isEmpty()) {
                    return Reading.problem("needs a duration such as 30 days, 12h or 2 weeks, not \"" + text + "\"");
                }
                value = new ConditionValue.TextValue(DurationText.format(duration.get()));
            }
            default -> value = new ConditionValue.TextValue(text);
        }
        // The same check lint applies to files, so the editor can never produce what lint would refuse.
        Optional<String> problem = typeProblem(field, value);
        return problem.map(Reading::problem).orElseGet(() -> Reading.of(value));
    }

    /** The value as the editor shows it for typing again: {@code GOLD, PLATINUM}, {@code yes}, {@code 0.7}. */
    public static String write(ConditionValue value) {
        return value.display();
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
