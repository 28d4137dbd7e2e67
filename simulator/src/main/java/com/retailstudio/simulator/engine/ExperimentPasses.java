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

    /**
     * The final run's results with the decisions attached, the winners that run routed later arrivals to (in the
     * order they were picked) and how many runs it took.
     */
    public record Decided(SimulationResults results, List<ExperimentWinner> winners, int runs) {
        public Decided {
            winners = List.copyOf(winners);
        }
    }

    /**
     * One run of every customer through the journey with the winners picked so far (none in the first run), its
     * partitions merged: the desktop's threads, or another engine's tasks.
     */
    @FunctionalInterface
    public interface Pass {
        SimulationResults run(List<ExperimentWinner> winners);
    }

    public static Outcome run(Simulator simulator, int partitions, int threads, RunProgress progress) {
        Decided decided = run(simulator.plan(), simulator.horizonStart(), simulator.horizonEnd(),
                winners -> withWinners(simulator, winners).run(partitions, threads, progress));
        return new Outcome(decided.results(), withWinners(simulator, decided.winners()), decided.runs());
    }

    /** Whether the journey has a split that picks a winner, so that it runs more than once. */
    public static boolean picksWinners(JourneyPlan plan) {
        return !pending(plan.experiments).isEmpty();
    }

    /**
     * The passes over a journey compiled as {@code plan}, whose runs cover {@code [horizonStart, horizonEnd]} (epoch
     * seconds), each run made by {@code pass}.
     */
    public static Decided run(JourneyPlan plan, long horizonStart, long horizonEnd, Pass pass) {
        ExperimentSplits splits = plan.experiments;
        SimulationResults results = pass.run(List.of());
        int runs = 1;
        List<ExperimentWinner> winners = new ArrayList<>();
        List<ExperimentDecision> decisions = new ArrayList<>();
        for (int e : pending(splits)) {
            ExperimentDecision decision = decide(splits, e, results.experiments(), horizonStart, horizonEnd);
            decisions.add(decision);
            if (decision.picked()) {
                winners.add(new ExperimentWinner(splits.nodeIds.get(e), decision.winner(), decision.decisionTime()));
                results = pass.run(List.copyOf(winners));
                runs++;
            }
        }
        decisions.sort(Comparator.comparingInt(d -> splits.nodeIds.indexOf(d.nodeId())));
        return new Decided(results.withExperimentDecisions(decisions), winners, runs);
    }

    /** The splits that pick a winner, by decision day. */
    private static List<Integer> pending(ExperimentSplits splits) {
        List<Integer> pending = new ArrayList<>();
        for (int e = 0; e < splits.count(); e++) {
            if (splits.rules[e].decision() == Experiment.Decision.PICK_WINNER) {
                pending.add(e);
            }
        }
        pending.sort(Comparator.comparingInt((Integer e) -> splits.rules[e].decideAfterDays()));
        return pending;
    }

    private static Simulator withWinners(Simulator simulator, List<ExperimentWinner> winners) {
        return winners.isEmpty() ? simulator : simulator.withPlan(simulator.plan().withExperimentWinners(winners));
    }

    private static ExperimentDecision decide(ExperimentSplits splits, int e, ExperimentCounts counts,
            long horizonStart, long horizonEnd) {
        Experiment rule = splits.rules[e];
        int days = rule.decideAfterDays();
        return ExperimentDecision.decide(splits.nodeIds.get(e), splits.variantIds.get(e), days, rule.alpha(),
                horizonStart, horizonEnd, counts.customersObservedBy(e, days),
                counts.conversionsObservedBy(e, days));
    }
}
