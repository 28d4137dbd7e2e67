package com.retailstudio.designer.model;

import java.util.List;

/**
 * The stable choice of an experiment split's variant for a customer: the customer's bucket is {@link Holdout}'s
 * formula salted by the split, SHA-256("journeyId:nodeId:customerId") → first 8 bytes unsigned modulo 10,000, and
 * variant i takes the buckets from the running total of the weights before it to the total including it (each as
 * round(total ÷ sum of weights × 10,000)). The simulator and the exported DMN use this class, so production assigns
 * the same customers; do not change it without a schema version change.
 */
public final class ExperimentAssignment {
    private ExperimentAssignment() {
    }

    /** The customer's bucket in {@code [0, 10000)} for this split. */
    public static int bucket(String journeyId, String nodeId, String customerId) {
        return Holdout.bucket(journeyId + ":" + nodeId, customerId);
    }

    /**
     * Each variant's first bucket past its range, in path order; the last is 10,000. Weights below 0 count as 0, and
     * all-zero weights share the buckets equally.
     */
    public static int[] upperBuckets(List<JourneyNode.Path> paths) {
        double total = paths.stream().mapToDouble(p -> Math.max(0, p.weight())).sum();
        int[] upper = new int[paths.size()];
        double sum = 0;
        for (int i = 0; i < upper.length; i++) {
            sum += total == 0 ? 1 : Math.max(0, paths.get(i).weight());
            double share = total == 0 ? sum / upper.length : sum / total;
            upper[i] = i == upper.length - 1 ? Holdout.BUCKETS : (int) Math.round(share * Holdout.BUCKETS);
        }
        return upper;
    }

    /** The index of the variant whose range holds {@code bucket}. */
    public static int variant(int[] upperBuckets, int bucket) {
        for (int i = 0; i < upperBuckets.length; i++) {
            if (bucket < upperBuckets[i]) {
                return i;
            }
        }
        return upperBuckets.length - 1;
    }
}
