package com.retailstudio.designer.lint;

import com.retailstudio.designer.model.DurationText;
import com.retailstudio.designer.model.Experiment;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import java.time.Duration;
import java.util.List;

/**
 * Experiment splits that can be decided: 2 to 5 variants, each with a share, and a decision day late enough that
 * some customers' conversion windows have closed by then (otherwise the winner rule has nothing to compare).
 */
final class ExperimentRules implements LintRule {
    @Override
    public void check(Journey journey, List<Finding> findings) {
        for (JourneyNode node : journey.nodes()) {
            if (node instanceof JourneyNode.RandomSplit split && split.experiment().isPresent()) {
                check(journey, split, split.experiment().get(), findings);
            }
        }
    }

    private static void check(Journey journey, JourneyNode.RandomSplit split, Experiment experiment,
            List<Finding> findings) {
        String name = "\"" + Names.of(split) + "\"";
        int variants = split.paths().size();
        if (variants < Experiment.MIN_VARIANTS || variants > Experiment.MAX_VARIANTS) {
            findings.add(Finding.error("EXPERIMENT_VARIANTS", split.id(), "The experiment " + name + " has "
                    + variants + (variants == 1 ? " variant" : " variants") + "; an experiment compares 2 to 5."));
        }
        for (JourneyNode.Path path : split.paths()) {
            if (path.weight() <= 0) {
                findings.add(Finding.warning("EXPERIMENT_EMPTY_VARIANT", split.id(), "The variant \""
                        + (path.label().isBlank() ? path.id() : path.label()) + "\" of " + name
                        + " gets no customers, so it cannot be compared. Give it a share or remove it."));
            }
        }
        if (experiment.decision() != Experiment.Decision.PICK_WINNER) {
            return;
        }
        Duration decideAfter = Duration.ofDays(experiment.decideAfterDays());
        Duration window = journey.goal().window();
        if (experiment.decideAfterDays() > Experiment.MAX_DAYS) {
            findings.add(Finding.error("EXPERIMENT_DECISION_TOO_LATE", split.id(), "The experiment " + name
                    + " decides after " + experiment.decideAfterDays() + " days; pick a day within a year ("
                    + Experiment.MAX_DAYS + " days), and within the simulated data's period to see the decision."));
        } else if (decideAfter.compareTo(window) <= 0) {
            findings.add(Finding.error("EXPERIMENT_DECISION_BEFORE_WINDOW", split.id(), "The experiment " + name
                    + " decides after " + DurationText.words(decideAfter) + ", before any customer's conversion "
                    + "window (" + DurationText.words(window) + ") has closed, so there is nothing to compare. "
                    + "Decide later than " + DurationText.words(window) + "."));
        } else if (decideAfter.compareTo(window.multipliedBy(2)) < 0) {
            findings.add(Finding.warning("EXPERIMENT_DECISION_EARLY", split.id(), "The experiment " + name
                    + " decides after " + DurationText.words(decideAfter) + ", so only customers who reached it in "
                    + "the first " + DurationText.words(decideAfter.minus(window)) + " count (their "
                    + DurationText.words(window) + " conversion window must close by then). Consider deciding later."));
        }
    }
}
