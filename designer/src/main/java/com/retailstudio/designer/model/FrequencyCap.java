package com.retailstudio.designer.model;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * At most {@code maxMessages} messages per customer in any {@code window}, on one channel or, with no channel, on
 * all channels together (the global cap). Day-long windows count calendar days in the customer's time zone.
 */
public record FrequencyCap(Optional<JourneyChannel> channel, int maxMessages, Duration window) {
    public FrequencyCap {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(window, "window");
        if (maxMessages < 0) {
            throw new IllegalArgumentException("a cap allows 0 or more messages");
        }
    }

    public static FrequencyCap of(JourneyChannel channel, int maxMessages, Duration window) {
        return new FrequencyCap(Optional.of(channel), maxMessages, window);
    }

    public static FrequencyCap global(int maxMessages, Duration window) {
        return new FrequencyCap(Optional.empty(), maxMessages, window);
    }

    public boolean isGlobal() {
        return channel.isEmpty();
    }

    /** e.g. "at most 2 Email messages per week", "at most 5 messages per 3 days across all channels". */
    public String describe() {
        String window = DurationText.words(this.window);
        if (window.startsWith("1 ")) {
            window = window.substring(2);
        }
        return "at most " + maxMessages + channel.map(c -> " " + c.label()).orElse("")
                + (maxMessages == 1 ? " message" : " messages") + " per " + window
                + (isGlobal() ? " across all channels" : "");
    }
}
