package com.retailstudio.designer.model;

import java.time.Duration;
import java.util.Objects;

/**
 * Whether and how often a customer may enter the journey again.
 *
 * @param allowed    false: a customer enters at most once
 * @param cooldown   minimum time between leaving and entering again
 * @param maxEntries most entries per customer in total (1 when re-entry is not allowed)
 */
public record ReEntryPolicy(boolean allowed, Duration cooldown, int maxEntries) {
    public ReEntryPolicy {
        Objects.requireNonNull(cooldown, "cooldown");
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1");
        }
    }

    public static ReEntryPolicy once() {
        return new ReEntryPolicy(false, Duration.ZERO, 1);
    }
}
