package com.retailstudio.markdown.ui;

import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.RuleBook;
import java.nio.file.Path;
import java.util.List;

/**
 * Sends the section's plan for review: the application saves it, with the rule book it was planned under and the data
 * set it was planned on, as a new version of a plan document and submits it. This module cannot see the application,
 * so the application passes this in. It is called off the JavaFX thread.
 */
@FunctionalInterface
public interface ReviewSubmission {

    /**
     * Saves and submits the plan.
     *
     * @param plan       the plan as shown, changes by hand included
     * @param rules      the rule book the plan was made under
     * @param dataFolder the folder of the data set the plan was made on
     */
    Outcome submit(PlanResult plan, RuleBook rules, Path dataFolder) throws Exception;

    /** What became of a submission. */
    sealed interface Outcome permits Submitted, Refused {
    }

    /** The plan is waiting for review as version {@code version} of plan {@code planId}. */
    record Submitted(String planId, int version) implements Outcome {
    }

    /**
     * The review workflow refused the plan (it stays saved as a draft).
     *
     * @param reason   why, in one sentence
     * @param problems every rule the plan breaks, one sentence each (empty when it was refused for another reason)
     */
    record Refused(String reason, List<String> problems) implements Outcome {

        public Refused {
            problems = List.copyOf(problems);
        }
    }
}
