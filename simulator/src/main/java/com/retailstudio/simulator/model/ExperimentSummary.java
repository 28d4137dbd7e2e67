package com.retailstudio.simulator.model;

import com.retailstudio.designer.model.Experiment;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One experiment split's results for a report: its rule, the comparison of the customers it assigned at random over
 * the whole run, the winner rule's decision (if it has one), and the customers sent to a picked winner afterwards
 * (apart, since they were not assigned at random).
 */
public record ExperimentSummary(JourneyNode.RandomSplit split, Experiment rule, ExperimentAnalysis wholeRun,
        Optional<ExperimentDecision> decision, long sentToWinner, long sentToWinnerConversions) {

    /** The journey's experiment splits, in node order, with the run's figures. */
    public static List<ExperimentSummary> of(Journey journey, SimulationResults results) {
        List<ExperimentSummary> out = new ArrayList<>();
        ExperimentCounts counts = results.experiments();
        for (int e = 0; e < counts.experiments(); e++) {
            String nodeId = counts.nodeId(e);
            Optional<JourneyNode.RandomSplit> split = journey.node(nodeId)
                    .filter(JourneyNode.RandomSplit.class::isInstance).map(JourneyNode.RandomSplit.class::cast)
                    .filter(s -> s.experiment().isPresent());
            if (split.isEmpty()) {
                continue;
            }
            Experiment rule = split.get().experiment().get();
            Optional<ExperimentDecision> decision = results.experimentDecisions().stream()
                    .filter(d -> d.nodeId().equals(nodeId)).findFirst();
            out.add(new ExperimentSummary(split.get(), rule, ExperimentAnalysis.of(counts.variantIds(e),
                    counts.customers(e), counts.conversions(e), rule.alpha()), decision, counts.winnerCustomers(e),
                    counts.winnerConversions(e)));
        }
        return out;
    }

    /** A variant's label as the marketer named it, or its id. */
    public String label(int variant) {
        JourneyNode.Path path = split.paths().get(variant);
        return path.label().isBlank() ? path.id() : path.label();
    }
}
