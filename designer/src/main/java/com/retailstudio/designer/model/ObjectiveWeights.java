package com.retailstudio.designer.model;

/**
 * How the journey's outcomes are weighed against each other when the simulator scores it and when next-best-action
 * arbitration compares candidates: each weight is 0 or more.
 *
 * @param conversions weight of one conversion (goal reached)
 * @param revenue     weight of one currency unit of attributed revenue
 * @param margin      weight of one currency unit of attributed margin (revenue less cost and discount)
 * @param fatigue     weight of one message sent, subtracted
 */
public record ObjectiveWeights(double conversions, double revenue, double margin, double fatigue) {
    public ObjectiveWeights {
        if (conversions < 0 || revenue < 0 || margin < 0 || fatigue < 0) {
            throw new IllegalArgumentException("objective weights must be 0 or more");
        }
    }

    public static ObjectiveWeights balanced() {
        return new ObjectiveWeights(1, 0, 0.01, 0.05);
    }
}
