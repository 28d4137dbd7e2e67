package com.retailstudio.designer.lint;

import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.NumberText;
import java.util.List;

/** Splits that divide customers properly: weights adding up to 100 %, no empty splits, no catch-all branches. */
final class SplitRules implements LintRule {
    private static final double TOLERANCE = 1e-6;

    @Override
    public void check(Journey journey, List<Finding> findings) {
        for (JourneyNode node : journey.nodes()) {
            if (node instanceof JourneyNode.RandomSplit split) {
                if (split.paths().isEmpty()) {
                    findings.add(Finding.error("EMPTY_SPLIT", node.id(), "The random split \"" + Names.of(node)
                            + "\" has no paths. Add at least two, for example A and B."));
                    continue;
                }
                double sum = split.paths().stream().mapToDouble(JourneyNode.Path::weight).sum();
                if (Math.abs(sum - 100) > TOLERANCE) {
                    findings.add(Finding.error("SPLIT_WEIGHTS_NOT_100", node.id(), "The paths of \"" + Names.of(node)
                            + "\" share " + NumberText.format(Math.round(sum * 1000) / 1000.0) + " % of customers; "
                            + "they must add up to exactly 100 %."));
                }
                if (split.paths().size() == 1) {
                    findings.add(Finding.warning("SINGLE_PATH_SPLIT", node.id(), "The random split \""
                            + Names.of(node) + "\" has one path, so it splits nothing. Add a path or remove the split."));
                }
            } else if (node instanceof JourneyNode.ConditionSplit split) {
                if (split.branches().isEmpty()) {
                    findings.add(Finding.error("EMPTY_SPLIT", node.id(), "The condition split \"" + Names.of(node)
                            + "\" has no branches, so everyone goes to \"else\". Add a branch or remove the split."));
                }
                for (int i = 0; i < split.branches().size(); i++) {
                    JourneyNode.Branch branch = split.branches().get(i);
                    if (branch.condition().isEmpty()) {
                        boolean last = i == split.branches().size() - 1;
                        findings.add(Finding.error("EMPTY_BRANCH", node.id(), "The branch \"" + label(branch)
                                + "\" of \"" + Names.of(node) + "\" has no conditions, so it takes every customer and "
                                + (last ? "\"else\"" : "the branches after it") + " will never be used. Add a condition."));
                    }
                }
            } else if (node instanceof JourneyNode.NextBestAction nba && nba.candidates().isEmpty()) {
                findings.add(Finding.error("EMPTY_SPLIT", node.id(), "The next best action \"" + Names.of(node)
                        + "\" has no candidate actions to choose from. Add at least one."));
            }
        }
    }

    private static String label(JourneyNode.Branch branch) {
        return branch.label().isBlank() ? branch.id() : branch.label();
    }
}
