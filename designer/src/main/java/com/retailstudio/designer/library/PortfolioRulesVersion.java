package com.retailstudio.designer.library;

import com.retailstudio.designer.model.PortfolioRules;
import java.time.Instant;
import java.util.Objects;

/**
 * One saved version of portfolio rules; versions count up from 1 and never change.
 *
 * @param reviewState where the version is in review, in words: "saved", "in review", "approved", ...
 */
public record PortfolioRulesVersion(PortfolioRules rules, int number, String author, Instant savedAt,
        String reviewState) {
    public PortfolioRulesVersion {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(reviewState, "reviewState");
    }
}
