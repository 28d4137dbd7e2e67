package com.retailstudio.designer.model;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * Hours in the customer's local time when messages on {@code channels} are held back until the window ends;
 * {@code from} after {@code to} spans midnight (21:00 to 08:00).
 */
public record QuietHours(LocalTime from, LocalTime to, List<JourneyChannel> channels) {
    public QuietHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        channels = List.copyOf(channels);
    }

    /** Whether a local time falls inside the quiet window (start inclusive, end exclusive). */
    public boolean contains(LocalTime local) {
        if (from.equals(to)) {
            return false;
        }
        return from.isBefore(to)
                ? !local.isBefore(from) && local.isBefore(to)
                : !local.isBefore(from) || local.isBefore(to);
    }

    public boolean covers(JourneyChannel channel) {
        return channels.contains(channel);
    }
}
