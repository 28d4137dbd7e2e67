package com.retailstudio.app.approval;

import com.retailstudio.app.plans.MarkdownPlanCheck;
import com.retailstudio.app.plans.MarkdownPlanDocument;
import com.retailstudio.designer.io.JourneyFormatException;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.lint.Finding;
import com.retailstudio.designer.lint.Lint;
import com.retailstudio.designer.lint.Severity;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The checks each kind of document must pass to be submitted, approved or exported. */
public final class DocumentChecks {

    public static final String JOURNEY = "journey";
    public static final String MARKDOWN_PLAN = MarkdownPlanDocument.KIND;

    private DocumentChecks() {
    }

    /** For the review workflow: a journey that does not read or has lint errors cannot go on. */
    public static Map<String, SubmissionCheck> forReview() {
        return Map.of(JOURNEY, version -> journeyProblems(version.body()),
                MARKDOWN_PLAN, version -> MarkdownPlanCheck.problems(version.body()),
                PortfolioRulesCheck.KIND, version -> PortfolioRulesCheck.problems(version.body()));
    }

    /** For bundle validation: the same checks on each exported document's JSON. */
    public static Map<String, Function<String, List<String>>> forBundles() {
        return Map.of(JOURNEY, DocumentChecks::journeyProblems, MARKDOWN_PLAN, MarkdownPlanCheck::problems,
                PortfolioRulesCheck.KIND, PortfolioRulesCheck::bundleProblems);
    }

    /** The journey's reading error, or its lint errors, each one sentence; empty when it may go on. */
    public static List<String> journeyProblems(String json) {
        try {
            return Lint.check(JourneyJson.parse(json)).stream()
                    .filter(finding -> finding.severity() == Severity.ERROR)
                    .map(Finding::toLine)
                    .toList();
        } catch (JourneyFormatException e) {
            return List.of("the journey file cannot be read: " + e.getMessage());
        }
    }
}
