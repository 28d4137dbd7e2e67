package com.retailstudio.designer.library;

import com.retailstudio.designer.model.PortfolioRules;
import java.util.List;
import java.util.Optional;

/**
 * Where the workspace's portfolio rules live: the workspace in the application, memory in tests and previews. Every
 * save adds a version; none is changed. Versions are reviewed like journeys.
 */
public interface PortfolioRulesLibrary {

    /** Every version of the rule set, newest first; empty for an unknown id. */
    List<PortfolioRulesVersion> history(String id);

    default Optional<PortfolioRulesVersion> latest(String id) {
        return history(id).stream().findFirst();
    }

    /**
     * Saves the rules as their next version if the newest version is still {@code basedOnVersion} (0 for rules not
     * saved yet), so rules someone else saved meanwhile are never overwritten.
     *
     * @throws RuntimeException the library's own refusal, naming who saved a newer version; nothing is written
     */
    PortfolioRulesVersion save(PortfolioRules rules, int basedOnVersion);

    /**
     * Submits the newest version for review (four eyes: someone else approves it).
     *
     * @throws SubmissionRefusedException with the reason when it cannot be submitted
     */
    PortfolioRulesVersion submitForReview(String id);
}
