package com.retailstudio.designer.model;

import java.time.Duration;
import java.util.Objects;

/**
 * What counts as a conversion: the customer produces {@code event} (an event type spelling, e.g. {@code purchase})
 * within {@code window} of entering the journey.
 */
public record Goal(String event, Duration window) {
    public Goal {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(window, "window");
    }
}
