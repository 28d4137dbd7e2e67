package com.retailstudio.simulator.engine;

import com.retailstudio.designer.model.ExperimentAssignment;
import com.retailstudio.simulator.model.SimulationResults;
import java.util.Arrays;

/**
 * One customer's experiment splits (docs/journey-semantics.md, "Experiments"): routes them to their stable variant,
 * or to the picked winner after its decision time, and remembers for each split the variant they first took, when
 * that entry's conversion window closes and whether they converted within it; counted once per customer at the end.
 */
final class ExperimentTracker {
    private final JourneyPlan plan;
    private final ExperimentSplits splits;
    private final SimulationResults results;
    private final int[] bucket;
    private final int[] variant;
    private final long[] windowEnd;
    /** When the customer's outcome is known: the later of their assignment and their window's close. */
    private final long[] observable;
    private final boolean[] toWinner;
    private final boolean[] converted;
    private long entryTime;
    private String customerId;

    ExperimentTracker(JourneyPlan plan, SimulationResults results) {
        this.plan = plan;
        this.splits = plan.experiments;
        this.results = results;
        int n = splits.count();
        bucket = new int[n];
        variant = new int[n];
        windowEnd = new long[n];
        observable = new long[n];
        toWinner = new boolean[n];
        converted = new boolean[n];
    }

    void reset(String id) {
        customerId = id;
        Arrays.fill(bucket, -1);
        Arrays.fill(variant, -1);
        Arrays.fill(converted, false);
    }

    void entered(long t) {
        entryTime = t;
    }

    /** The port of the experiment split {@code node} for the customer arriving at {@code t}. */
    int route(int node, long t, StepTracer trace) {
        int e = splits.experimentOf[node];
        if (bucket[e] < 0) {
            bucket[e] = ExperimentAssignment.bucket(plan.journeyId, plan.nodeIds[node], customerId);
        }
        boolean winner = splits.winnerVariant[e] >= 0 && t > splits.winnerFrom[e];
        int port = winner ? splits.winnerVariant[e] : ExperimentAssignment.variant(splits.upperBuckets[e], bucket[e]);
        if (variant[e] < 0) {
            variant[e] = port;
            windowEnd[e] = entryTime + plan.goalWindowSeconds;
            observable[e] = Math.max(windowEnd[e], t);
            toWinner[e] = winner;
        }
        trace.experimentVariant(t, node, port, bucket[e], winner);
        return port;
    }

    /** The journey's goal reached at {@code t}: it counts for the splits whose window is still open. */
    void converted(long t) {
        for (int e = 0; e < variant.length; e++) {
            if (variant[e] >= 0 && t <= windowEnd[e]) {
                converted[e] = true;
            }
        }
    }

    void finish() {
        for (int e = 0; e < variant.length; e++) {
            if (variant[e] < 0) {
                continue;
            }
            if (toWinner[e]) {
                results.experimentSentToWinner(e, converted[e]);
            } else {
                results.experimentAssigned(e, variant[e], observable[e], converted[e]);
            }
        }
    }
}
