package com.retailstudio.designer.model;

import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Next-best-action arbitration, shared by the designer's preview and the simulator: a candidate's score is
 * propensity × value × weight − fatigue penalty × messages the customer received recently.
 */
public final class Arbitration {
    private Arbitration() {
    }

    public static double score(double propensity, double value, double weight, double fatiguePenalty,
            int recentMessages) {
        return propensity * value * weight - fatiguePenalty * recentMessages;
    }

    /**
     * The candidate with the highest positive score, ties going to the earlier candidate; empty when none scores
     * above zero.
     */
    public static Optional<JourneyNode.Candidate> choose(JourneyNode.NextBestAction node,
            ToDoubleFunction<JourneyNode.Candidate> propensity, int recentMessages) {
        List<JourneyNode.Candidate> candidates = node.candidates();
        JourneyNode.Candidate best = null;
        double bestScore = 0;
        for (JourneyNode.Candidate c : candidates) {
            double s = score(propensity.applyAsDouble(c), c.value(), c.weight(), node.fatiguePenalty(), recentMessages);
            if (s > bestScore) {
                best = c;
                bestScore = s;
            }
        }
        return Optional.ofNullable(best);
    }
}
