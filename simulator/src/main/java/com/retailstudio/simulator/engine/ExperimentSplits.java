package com.retailstudio.simulator.engine;

import com.retailstudio.designer.model.Experiment;
import com.retailstudio.designer.model.ExperimentAssignment;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A journey's experiment splits compiled for the engine: which nodes are experiments, each one's variant bucket
 * ranges ({@link ExperimentAssignment}) and rule, and the winners picked so far with the time they take over.
 */
final class ExperimentSplits {
    /** Per node, its experiment index, or -1. */
    final int[] experimentOf;
    final int[][] upperBuckets;
    final Experiment[] rules;
    final int[] winnerVariant;
    final long[] winnerFrom;
    final List<String> nodeIds = new ArrayList<>();
    final List<List<String>> variantIds = new ArrayList<>();

    ExperimentSplits(Journey journey, List<ExperimentWinner> winners) {
        List<JourneyNode> nodes = journey.nodes();
        experimentOf = new int[nodes.size()];
        Arrays.fill(experimentOf, -1);
        List<int[]> upper = new ArrayList<>();
        List<Experiment> experimentRules = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) instanceof JourneyNode.RandomSplit split && split.experiment().isPresent()) {
                experimentOf[i] = nodeIds.size();
                nodeIds.add(split.id());
                variantIds.add(split.paths().stream().map(JourneyNode.Path::id).toList());
                upper.add(ExperimentAssignment.upperBuckets(split.paths()));
                experimentRules.add(split.experiment().get());
            }
        }
        upperBuckets = upper.toArray(int[][]::new);
        rules = experimentRules.toArray(Experiment[]::new);
        winnerVariant = new int[nodeIds.size()];
        winnerFrom = new long[nodeIds.size()];
        Arrays.fill(winnerVariant, -1);
        for (ExperimentWinner w : winners) {
            int e = nodeIds.indexOf(w.nodeId());
            if (e < 0 || w.variant() >= variantIds.get(e).size()) {
                throw new IllegalArgumentException("the journey has no experiment split " + w.nodeId()
                        + " with a variant " + w.variant());
            }
            winnerVariant[e] = w.variant();
            winnerFrom[e] = w.from();
        }
    }

    int count() {
        return nodeIds.size();
    }
}
