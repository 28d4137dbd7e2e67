package com.retailstudio.designer.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The value a condition compares with, as written in the file: dates ({@code 2026-03-01}) and durations
 * ({@code 30d}) are text that the field's type gives meaning to.
 */
public sealed interface ConditionValue {

    /** The value as a marketer reads it. */
    String display();

    /** A number, e.g. {@code 0.8} or {@code 3}. */
    record NumberValue(double value) implements ConditionValue {
        @Override
        public String display() {
            return NumberText.format(value);
        }
    }

    /** A text, enum code, date or duration, e.g. {@code GOLD}, {@code 2026-03-01}, {@code 30d}. */
    record TextValue(String value) implements ConditionValue {
        public TextValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String display() {
            return value;
        }
    }

    /** Yes or no. */
    record BooleanValue(boolean value) implements ConditionValue {
        @Override
        public String display() {
            return value ? "yes" : "no";
        }
    }

    /** Alternatives for {@code in} and {@code not_in}. */
    record ListValue(List<ConditionValue> values) implements ConditionValue {
        public ListValue {
            values = List.copyOf(values);
        }

        @Override
        public String display() {
            return values.stream().map(ConditionValue::display).collect(Collectors.joining(", "));
        }
    }
}
