package com.retailstudio.simulator.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One step of a customer's path: when, at which node, what was decided and why. */
public record TraceStep(Instant time, String nodeId, String decision, String reason) implements Serializable {
    public TraceStep {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(reason, "reason");
    }
}
