package com.retailstudio.simulator.engine;

import com.retailstudio.designer.model.Experiment;
import com.retailstudio.simulator.model.ExperimentCounts;
import com.retailstudio.simulator.model.ExperimentDecision;
import com.retailstudio.simulator.model.SimulationResults;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs a journey whose experiment splits pick winners (docs/journey-semantics.md, "Experiments"): run once; take the
 * undecided split with the earliest decision day, decide it from the customers whose conversion window closed by
 * then; when it picks a winner, run again with customers reaching that split from the decision on sent to the
 * winner, and go on with the next split. Nothing before a decision changes between runs (customers are independent
 * and the winner only routes later arrivals), so each decision reads the same counts in the final run; every run is
 * deterministic and partition-exact, so the whole is too. A journey without winner rules runs once.
 */
public final class ExperimentPasses {
    private ExperimentPasses() {
    }

    /** The final run's results (with the decisions attached) and the simulator that produced them. */
    public record Outcome(SimulationResults results, Simulator simulator, int runs) {
    }

    public static Outcome run(Simulator simulator, int partitions, int threads, RunProgress progress) {
        ExperimentSplits splits = simulator.plan().experiments;
        List<Integer> pending = new ArrayList<>();
        for (int e = 0; e < splits.count(); e++) {
            if (splits.rules[e].decision() == Experiment.Decision.PICK_WINNER) {
                pending.add(e);
            }
        }
        pending.sort(Comparator.comparingInt((Integer e) -> splits.rules[e].decideAfterDays()));
        Simulator current = simulator;
        SimulationResults results = current.run(partitions, threads, progress);
        int runs = 1;
        List<ExperimentWinner> winners = new ArrayList<>();
        List<ExperimentDecision> decisions = new ArrayList<>();
        for (int e : pending) {
            ExperimentDecision decision = decide(splits, e, results.experiments(), simulator);
            decisions.add(decision);
            if (decision.picked()) {
                winners.add(new ExperimentWinner(splits.nodeIds.get(e), decision.winner(), decision.decisionTime()));
                current = simulator.withPlan(simulator.plan().withExperimentWinners(winners));
                results = current.run(partitions, threads, progress);
                runs++;
            }
        }
        decisions.sort(Comparator.comparingInt(d -> splits.nodeIds.indexOf(d.nodeId())));
        return new Outcome(results.withExperimentDecisions(decisions), current, runs);
    }

    private static ExperimentDecision decide(ExperimentSplits splits, int e, ExperimentCounts counts,
            Simulator simulator) {
        Experiment rule = splits.rules[e];
        int days = rule.decideAfterDays();
        return ExperimentDecision.decide(splits.nodeIds.get(e), splits.variantIds.get(e), days, rule.alpha(),
                simulator.horizonStart(), simulator.horizonEnd(), counts.customersObservedBy(e, days),
                counts.conversionsObservedBy(e, days));
    }
}
