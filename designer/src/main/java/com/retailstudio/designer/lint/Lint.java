package com.retailstudio.designer.lint;

import com.retailstudio.designer.model.Journey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * Continuous validation of a journey: everything a marketer must fix before review (errors) or should look at
 * (warnings). Runs in milliseconds on journeys of hundreds of nodes, so the editor can run it on every change.
 * The codes are listed in docs/journey-lint.md.
 */
public final class Lint {
    private static final List<LintRule> RULES = List.of(new GraphRules(), new SplitRules(), new GuardrailRules(),
            new GoalRules(), new ConditionRules(), new TransactionalRules(), new ExperimentRules(),
            new TimingRules());

    private Lint() {
    }

    /** All findings, errors first, then in node order (journey-wide findings first within a severity). */
    public static List<Finding> check(Journey journey) {
        List<Finding> findings = new ArrayList<>();
        for (LintRule rule : RULES) {
            rule.check(journey, findings);
        }
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < journey.nodes().size(); i++) {
            order.put(journey.nodes().get(i).id(), i);
        }
        findings.sort(Comparator.comparing(Finding::severity)
                .thenComparingInt(f -> f.nodeId().map(id -> order.getOrDefault(id, -1)).orElse(-1)));
        return List.copyOf(findings);
    }

    /** Whether the journey may be submitted for review: no errors. */
    public static boolean canSubmit(Journey journey) {
        return check(journey).stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }
}
