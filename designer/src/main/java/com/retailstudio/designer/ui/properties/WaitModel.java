package com.retailstudio.designer.ui.properties;

import com.retailstudio.data.model.EventType;
import com.retailstudio.designer.model.FieldCatalogue;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.WaitUntil;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A Wait step: a duration, until an event with the duration as its time-out, or until a moment on the customer's
 * clock (the next time of day, the next weekday, or a date of their profile moved by some days).
 */
public final class WaitModel extends NodeEditorModel {
    /** Events a customer can produce, the ones a wait may listen for. */
    public static final List<String> EVENTS = Arrays.stream(EventType.values()).map(EventType::csv).toList();
    /** The dates of the customer profile a wait may count from. */
    public static final List<String> PROFILE_DATES = FieldCatalogue.standard().profileDates();

    /** The kinds of moment on the customer's clock a wait may end at. */
    public enum LocalKind {
        TIME_OF_DAY("The next time of day"),
        WEEKDAY("The next day of the week"),
        DATE("A date of the customer's profile");

        private final String label;

        LocalKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final TypedInput<Duration> duration = TypedInput.duration();
    private final BooleanProperty untilEvent = new SimpleBooleanProperty(this, "untilEvent");
    private final ObjectProperty<String> event = new SimpleObjectProperty<>(this, "event", "purchase");
    private final BooleanProperty atLocalTime = new SimpleBooleanProperty(this, "atLocalTime");
    private final ObjectProperty<LocalKind> localKind = new SimpleObjectProperty<>(this, "localKind",
            LocalKind.TIME_OF_DAY);
    private final TypedInput<LocalTime> at = TypedInput.timeOfDay();
    private final ObjectProperty<DayOfWeek> day = new SimpleObjectProperty<>(this, "day", DayOfWeek.SATURDAY);
    private final ObjectProperty<String> dateField = new SimpleObjectProperty<>(this, "dateField",
            PROFILE_DATES.isEmpty() ? null : PROFILE_DATES.get(0));
    private final TypedInput<Integer> offsetDays = TypedInput.whole(-WaitUntil.MAX_OFFSET_DAYS,
            WaitUntil.MAX_OFFSET_DAYS);
    private final BooleanProperty yearly = new SimpleBooleanProperty(this, "yearly", true);

    public WaitModel(JourneyNode.Wait wait) {
        super(wait);
        duration.load(wait.until().isPresent() ? Duration.ofDays(1) : wait.duration());
        untilEvent.set(wait.untilEvent().isPresent());
        wait.untilEvent().ifPresent(event::set);
        atLocalTime.set(wait.until().isPresent());
        at.load(LocalTime.of(9, 0));
        offsetDays.load(0);
        wait.until().ifPresent(this::loadUntil);
    }

    private void loadUntil(WaitUntil until) {
        if (until instanceof WaitUntil.TimeOfDay t) {
            localKind.set(LocalKind.TIME_OF_DAY);
            at.load(t.at());
        } else if (until instanceof WaitUntil.Weekday w) {
            localKind.set(LocalKind.WEEKDAY);
            day.set(w.day());
            if (w.at().isPresent()) {
                at.load(w.at().get());
            } else {
                at.textProperty().set("");
            }
        } else if (until instanceof WaitUntil.DateAttribute d) {
            localKind.set(LocalKind.DATE);
            dateField.set(d.field());
            offsetDays.load(d.offsetDays());
            at.load(d.at());
            yearly.set(d.yearly());
        }
    }

    public TypedInput<Duration> duration() {
        return duration;
    }

    /** Whether the customer leaves early when the event comes. */
    public BooleanProperty untilEventProperty() {
        return untilEvent;
    }

    public ObjectProperty<String> eventProperty() {
        return event;
    }

    /** Whether the wait ends at a moment on the customer's clock rather than after the duration. */
    public BooleanProperty atLocalTimeProperty() {
        return atLocalTime;
    }

    public ObjectProperty<LocalKind> localKindProperty() {
        return localKind;
    }

    /** The local time of day; for a weekday it may be blank (from the start of the day). */
    public TypedInput<LocalTime> at() {
        return at;
    }

    public ObjectProperty<DayOfWeek> dayProperty() {
        return day;
    }

    public ObjectProperty<String> dateFieldProperty() {
        return dateField;
    }

    /** Days after (negative: before) the date. */
    public TypedInput<Integer> offsetDays() {
        return offsetDays;
    }

    /** Whether the date's next anniversary counts rather than the date itself. */
    public BooleanProperty yearlyProperty() {
        return yearly;
    }

    @Override
    public Optional<JourneyNode> read() {
        Optional<String> t = title().read();
        Optional<String> untilEventValue = untilEvent.get() ? Optional.ofNullable(event.get()) : Optional.empty();
        JourneyNode node = current();
        if (atLocalTime.get()) {
            Optional<WaitUntil> until = readUntil();
            if (t.isEmpty() || until.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new JourneyNode.Wait(node.id(), t.get(), node.position(), Duration.ZERO,
                    untilEventValue, until));
        }
        Optional<Duration> d = duration.read();
        if (d.isPresent() && d.get().isZero()) {
            duration.flag("A wait needs some time: give at least 1 minute.");
            d = Optional.empty();
        }
        if (t.isEmpty() || d.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new JourneyNode.Wait(node.id(), t.get(), node.position(), d.get(), untilEventValue));
    }

    private Optional<WaitUntil> readUntil() {
        switch (localKind.get()) {
            case WEEKDAY -> {
                if (at.textProperty().get() == null || at.textProperty().get().isBlank()) {
                    at.flag("");
                    return Optional.of(new WaitUntil.Weekday(day.get(), Optional.empty()));
                }
                return at.read().map(time -> new WaitUntil.Weekday(day.get(), Optional.of(time)));
            }
            case DATE -> {
                Optional<LocalTime> time = at.read();
                Optional<Integer> offset = offsetDays.read();
                if (time.isEmpty() || offset.isEmpty() || dateField.get() == null) {
                    return Optional.empty();
                }
                return Optional.of(new WaitUntil.DateAttribute(dateField.get(), offset.get(), time.get(),
                        yearly.get()));
            }
            default -> {
                return at.read().map(WaitUntil.TimeOfDay::new);
            }
        }
    }
}
