package com.retailstudio.simulator.ui;

import com.retailstudio.designer.model.Journey;
import java.util.Objects;
import java.util.Optional;

/**
 * A journey the Simulation section can run: a bundled template or one saved version from the workspace. A saved
 * version that cannot be read is still listed, with {@code problem} saying why, and cannot be run.
 *
 * @param label   the name shown, e.g. "Cart abandonment" or "Cart recovery · v3"
 * @param detail  where it comes from, e.g. "template" or "saved version 3 · approved · by ana"
 * @param journey the journey, or {@code null} when it cannot be read
 * @param problem why the saved version cannot be read, empty when it can
 */
public record JourneyChoice(String label, String detail, Journey journey, String problem) {

    public JourneyChoice {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(problem, "problem");
        if (journey == null && problem.isBlank()) {
            throw new IllegalArgumentException("a choice without a journey must say why");
        }
    }

    /** A bundled template. */
    public static JourneyChoice template(Journey journey) {
        return new JourneyChoice(journey.name(), "template · " + journey.nodes().size() + " steps", journey, "");
    }

    /** A version saved in the workspace. */
    public static JourneyChoice saved(Journey journey, int version, String status, String author) {
        return new JourneyChoice(journey.name() + " · v" + version, "saved · " + status.replace('_', ' ') + " · by "
                + author, journey, "");
    }

    /** A saved version that cannot be read, listed so the user learns why it is not offered. */
    public static JourneyChoice unreadable(String id, int version, String problem) {
        return new JourneyChoice(id + " · v" + version, "cannot be read", null, problem);
    }

    public Optional<Journey> runnable() {
        return Optional.ofNullable(journey);
    }
}
