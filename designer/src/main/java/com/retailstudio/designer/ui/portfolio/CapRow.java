package com.retailstudio.designer.ui.portfolio;

import com.retailstudio.designer.model.FrequencyCap;
import com.retailstudio.designer.model.JourneyChannel;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One row of the caps table: a channel (or all channels together) and its cap as typed, blank for no cap.
 */
public final class CapRow {
    /** The windows a cap can count over: a day, a week, 30 days (calendar days in the customer's time zone). */
    public static final List<Duration> WINDOWS = List.of(Duration.ofDays(1), Duration.ofDays(7),
            Duration.ofDays(30));

    private final Optional<JourneyChannel> channel;
    private final StringProperty max = new SimpleStringProperty(this, "max", "");
    private final ObjectProperty<Duration> window = new SimpleObjectProperty<>(this, "window", WINDOWS.get(1));

    CapRow(Optional<JourneyChannel> channel) {
        this.channel = channel;
    }

    /** Empty for the cap across all channels. */
    public Optional<JourneyChannel> channel() {
        return channel;
    }

    /** "Email", "All channels together". */
    public String label() {
        return channel.map(JourneyChannel::label).orElse("All channels together");
    }

    /** The most messages in a window, as typed; blank for no cap. */
    public StringProperty maxProperty() {
        return max;
    }

    public ObjectProperty<Duration> windowProperty() {
        return window;
    }

    void show(FrequencyCap cap) {
        max.set(Integer.toString(cap.maxMessages()));
        window.set(cap.window());
    }

    void clear() {
        max.set("");
        window.set(WINDOWS.get(1));
    }

    /**
     * The cap as typed, empty when blank.
     *
     * @throws IllegalArgumentException naming the row when the text is not a whole number of 0 or more
     */
    Optional<FrequencyCap> cap() {
        String text = max.get() == null ? "" : max.get().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int messages;
        try {
            messages = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            messages = -1;
        }
        if (messages < 0) {
            throw new IllegalArgumentException(label() + ": a cap is a whole number of messages, 0 or more, not '"
                    + text + "'.");
        }
        return Optional.of(new FrequencyCap(channel, messages, window.get()));
    }
}
