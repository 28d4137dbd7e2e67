package com.retailstudio.designer.ui.properties;

import com.retailstudio.designer.model.DurationText;
import com.retailstudio.designer.model.NumberText;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One text box of an inspector: the text as typed and what it reads as, or the problem with it in a sentence that is
 * shown beside the box. Reading never throws; a problem keeps the last good value in the journey.
 *
 * @param <T> the value the text stands for
 */
public final class TypedInput<T> {

    /** What a text reads as: a value or a problem. */
    public record Reading<T>(Optional<T> value, String problem) {
        public Reading {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(problem, "problem");
        }

        public static <T> Reading<T> of(T value) {
            return new Reading<>(Optional.of(value), "");
        }

        public static <T> Reading<T> problem(String problem) {
            return new Reading<>(Optional.empty(), problem);
        }
    }

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final Function<String, Reading<T>> reader;
    private final Function<T, String> writer;

    public TypedInput(Function<String, Reading<T>> reader, Function<T, String> writer) {
        this.reader = reader;
        this.writer = writer;
    }

    /** The text in the box. */
    public StringProperty textProperty() {
        return text;
    }

    /** Why the text does not read, in a sentence; empty while it reads. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public String problem() {
        return problem.get();
    }

    /** Shows a value as text and clears any problem. */
    public void load(T value) {
        text.set(writer.apply(value));
        problem.set("");
    }

    /** Reads the text, showing its problem if it has one. */
    public Optional<T> read() {
        Reading<T> reading = reader.apply(text.get() == null ? "" : text.get());
        problem.set(reading.problem());
        return reading.value();
    }

    /** Marks the input with a problem found beyond its own text (e.g. weights that do not add up). */
    public void flag(String sentence) {
        problem.set(sentence);
    }

    // Readers for the inputs the inspectors have. Messages are whole sentences for a marketer.

    /** Text that must not be blank, e.g. a title or a content id. */
    public static TypedInput<String> required(String what) {
        return new TypedInput<>(t -> t.isBlank() ? Reading.problem("Give the " + what + ".")
                : Reading.of(t.strip()), s -> s);
    }

    /** Any text, blank allowed (e.g. a description). */
    public static TypedInput<String> optionalText() {
        return new TypedInput<>(t -> Reading.of(t.strip()), s -> s);
    }

    /** A duration typed as {@code 3 days} or {@code 3d}. */
    public static TypedInput<Duration> duration() {
        return new TypedInput<>(t -> DurationText.read(t).map(Reading::of).orElseGet(() -> Reading.problem(
                (t.isBlank() ? "Give a duration" : "\"" + t.strip() + "\" is not a duration")
                        + ": write a number and a unit, e.g. 3 days, 12 hours or 2 weeks.")),
                DurationText::words);
    }

    /** A decimal number from {@code min} to {@code max} (either may be infinite). */
    public static TypedInput<Double> number(double min, double max) {
        return new TypedInput<>(t -> readNumber(t, min, max), NumberText::format);
    }

    /** A whole number from {@code min} to {@code max}. */
    public static TypedInput<Integer> whole(int min, int max) {
        return new TypedInput<>(t -> {
            Reading<Double> n = readNumber(t, min, max);
            if (n.value().isEmpty()) {
                return Reading.problem(n.problem());
            }
            double v = n.value().get();
            return v == Math.rint(v) ? Reading.of((int) v) : Reading.problem("Use a whole number, e.g. "
                    + (long) Math.floor(v) + ".");
        }, String::valueOf);
    }

    /** A time of day written {@code 21:00}. */
    public static TypedInput<LocalTime> timeOfDay() {
        return new TypedInput<>(t -> {
            try {
                return Reading.of(LocalTime.parse(t.strip().length() == 4 ? "0" + t.strip() : t.strip()));
            } catch (DateTimeParseException e) {
                return Reading.problem("Write a time of day as hours:minutes, e.g. 21:00.");
            }
        }, LocalTime::toString);
    }

    /** A day written {@code 2026-03-01}. */
    public static TypedInput<LocalDate> date() {
        return new TypedInput<>(t -> {
            try {
                return Reading.of(LocalDate.parse(t.strip()));
            } catch (DateTimeParseException e) {
                return Reading.problem("Write a date as year-month-day, e.g. 2026-03-01.");
            }
        }, LocalDate::toString);
    }

    static Reading<Double> readNumber(String typed, double min, double max) {
        String t = typed.strip().replace(" ", "");
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1);
        }
        double v;
        try {
            if (!t.matches("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?")) {
                throw new NumberFormatException(t);
            }
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Reading.problem((typed.isBlank() ? "Give a number" : "\"" + typed.strip() + "\" is not a number")
                    + range(min, max, ", ") + ".");
        }
        if (v < min || v > max) {
            return Reading.problem("Use a number" + range(min, max, " ") + ".");
        }
        return Reading.of(v);
    }

    private static String range(double min, double max, String lead) {
        boolean low = Double.isFinite(min);
        boolean high = Double.isFinite(max);
        if (low && high) {
            return lead + "from " + NumberText.format(min) + " to " + NumberText.format(max);
        }
        if (low) {
            return lead + NumberText.format(min) + " or more";
        }
        if (high) {
            return lead + NumberText.format(max) + " or less";
        }
        return "";
    }
}
