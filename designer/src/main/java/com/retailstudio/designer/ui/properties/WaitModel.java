package com.retailstudio.designer.ui.properties;

import com.retailstudio.data.model.EventType;
import com.retailstudio.designer.model.JourneyNode;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** A Wait step: a duration, or until an event with the duration as its time-out. */
public final class WaitModel extends NodeEditorModel {
    /** Events a customer can produce, the ones a wait may listen for. */
    public static final List<String> EVENTS = Arrays.stream(EventType.values()).map(EventType::csv).toList();

    private final TypedInput<Duration> duration = TypedInput.duration();
    private final BooleanProperty untilEvent = new SimpleBooleanProperty(this, "untilEvent");
    private final ObjectProperty<String> event = new SimpleObjectProperty<>(this, "event", "purchase");

    public WaitModel(JourneyNode.Wait wait) {
        super(wait);
        duration.load(wait.duration());
        untilEvent.set(wait.untilEvent().isPresent());
        wait.untilEvent().ifPresent(event::set);
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

    @Override
    public Optional<JourneyNode> read() {
        Optional<String> t = title().read();
        Optional<Duration> d = duration.read();
        if (d.isPresent() && d.get().isZero()) {
            duration.flag("A wait needs some time: give at least 1 minute.");
            d = Optional.empty();
        }
        if (t.isEmpty() || d.isEmpty()) {
            return Optional.empty();
        }
        JourneyNode node = current();
        return Optional.of(new JourneyNode.Wait(node.id(), t.get(), node.position(), d.get(),
                untilEvent.get() ? Optional.ofNullable(event.get()) : Optional.empty()));
    }
}
