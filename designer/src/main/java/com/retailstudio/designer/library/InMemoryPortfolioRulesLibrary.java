package com.retailstudio.designer.library;

import com.retailstudio.designer.model.PortfolioRules;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Portfolio rules kept in memory: for tests and previews that must never change the workspace. */
public final class InMemoryPortfolioRulesLibrary implements PortfolioRulesLibrary {
    private final Map<String, List<PortfolioRulesVersion>> versions = new TreeMap<>();
    private final Clock clock;
    private final String author;

    public InMemoryPortfolioRulesLibrary(Clock clock, String author) {
        this.clock = clock;
        this.author = author;
    }

    @Override
    public synchronized List<PortfolioRulesVersion> history(String id) {
        List<PortfolioRulesVersion> newestFirst = new ArrayList<>(versions.getOrDefault(id, List.of()));
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    @Override
    public synchronized PortfolioRulesVersion save(PortfolioRules rules, int basedOnVersion) {
        List<PortfolioRulesVersion> list = versions.computeIfAbsent(rules.id(), id -> new ArrayList<>());
        if (list.size() != basedOnVersion) {
            throw new IllegalStateException("The portfolio rules '" + rules.id() + "' were changed by "
                    + (list.isEmpty() ? "nobody" : list.get(list.size() - 1).author()) + " (version " + list.size()
                    + "); open them again to see the change.");
        }
        PortfolioRulesVersion saved = new PortfolioRulesVersion(rules, list.size() + 1, author, clock.instant(),
                "saved");
        list.add(saved);
        return saved;
    }

    @Override
    public synchronized PortfolioRulesVersion submitForReview(String id) {
        List<PortfolioRulesVersion> list = versions.getOrDefault(id, List.of());
        if (list.isEmpty()) {
            throw new SubmissionRefusedException("There are no portfolio rules '" + id + "' to submit.");
        }
        PortfolioRulesVersion newest = list.get(list.size() - 1);
        if (!newest.reviewState().equals("saved")) {
            throw new SubmissionRefusedException("Version " + newest.number() + " is already " + newest.reviewState()
                    + "; change the rules to submit a new version.");
        }
        PortfolioRulesVersion submitted = new PortfolioRulesVersion(newest.rules(), newest.number(), newest.author(),
                newest.savedAt(), "in review");
        list.set(list.size() - 1, submitted);
        return submitted;
    }
}
