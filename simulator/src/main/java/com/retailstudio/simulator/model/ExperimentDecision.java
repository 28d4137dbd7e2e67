package com.retailstudio.simulator.model;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What an experiment split's winner rule decided: the analysis of the customers observable on the decision day,
 * the winner (variant index, or -1 when none was picked), when, and why in a sentence.
 *
 * @param decisionTime epoch seconds of the decision: the period's start plus the rule's days
 */
public record ExperimentDecision(String nodeId, int decideAfterDays, long decisionTime, int winner,
        ExperimentAnalysis atDecision, String explanation) implements Serializable {

    public boolean picked() {
        return winner >= 0;
    }

    /**
     * Applies the rule to the counts of the customers observable on the decision day: the variant converting
     * significantly better than every other (Holm, level {@code alpha}) wins; a decision day after the period's end
     * decides nothing.
     */
    public static ExperimentDecision decide(String nodeId, List<String> variantIds, int decideAfterDays,
            double alpha, long periodStart, long periodEnd, long[] customers, long[] conversions) {
        long at = periodStart + decideAfterDays * 86_400L;
        ExperimentAnalysis analysis = ExperimentAnalysis.of(variantIds, customers, conversions, alpha);
        String day = "day " + decideAfterDays + " (" + Instant.ofEpochSecond(at).atOffset(ZoneOffset.UTC)
                .toLocalDate() + ")";
        if (at > periodEnd) {
            return new ExperimentDecision(nodeId, decideAfterDays, at, -1, analysis, "No winner picked: " + day
                    + " falls after the simulated period ends, so every variant kept its share.");
        }
        int winner = analysis.winner().orElse(-1);
        if (winner < 0) {
            return new ExperimentDecision(nodeId, decideAfterDays, at, -1, analysis, "No winner picked on " + day
                    + ": no variant converted significantly better than every other (Holm, α " + alpha
                    + ", " + total(customers) + " customers observable), so every variant kept its share.");
        }
        return new ExperimentDecision(nodeId, decideAfterDays, at, winner, analysis, "\"" + variantIds.get(winner)
                + "\" picked on " + day + ": it converted significantly better than every other variant (Holm, α "
                + alpha + ", " + total(customers) + " customers observable); customers reaching the split after the "
                + "decision were all sent to it.");
    }

    private static long total(long[] counts) {
        long sum = 0;
        for (long c : counts) {
            sum += c;
        }
        return sum;
    }
}
