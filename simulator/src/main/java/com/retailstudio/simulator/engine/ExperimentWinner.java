package com.retailstudio.simulator.engine;

import java.util.Objects;

/**
 * A winner picked for an experiment split: customers reaching the split at or after {@code from} (epoch seconds)
 * take variant {@code variant} (its index among the split's paths).
 */
public record ExperimentWinner(String nodeId, int variant, long from) {
    public ExperimentWinner {
        Objects.requireNonNull(nodeId, "nodeId");
        if (variant < 0) {
            throw new IllegalArgumentException("a winner is one of the variants");
        }
    }
}
