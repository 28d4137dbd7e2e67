package com.retailstudio.simulator.engine;

import java.io.Serializable;
import java.util.Objects;

/**
 * A winner picked for an experiment split: customers reaching the split at or after {@code from} (epoch seconds)
 * take variant {@code variant} (its index among the split's paths). Serializable: another engine's tasks apply it
 * to the journey they compile.
 */
public record ExperimentWinner(String nodeId, int variant, long from) implements Serializable {
    public ExperimentWinner {
        Objects.requireNonNull(nodeId, "nodeId");
        if (variant < 0) {
            throw new IllegalArgumentException("a winner is one of the variants");
        }
    }
}
