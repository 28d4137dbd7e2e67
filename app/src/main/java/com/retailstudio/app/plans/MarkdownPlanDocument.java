package com.retailstudio.app.plans;

import com.retailstudio.markdown.model.PlanSummary;
import com.retailstudio.markdown.model.PriceChange;
import com.retailstudio.markdown.model.PricePath;
import com.retailstudio.markdown.model.RuleBook;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A markdown plan as a workspace document (kind {@code markdown_plan}): what a merchandiser submits for review and
 * what a bundle exports. It carries the rule book it must keep and each path's starting rule state, so it can be
 * checked without the data set it was planned on; the data set's fingerprint says which one that was.
 *
 * @param asOfWeek           the last week of sales history the plan was made from
 * @param dataSetFingerprint SHA-256 of the data set's files, when known
 * @param summary            totals projected under the fitted demand model, against the rule-of-thumb baseline
 * @param paths              the price per week of every product-store, with the rule state it starts from
 * @param priceChanges       the rows of the price-change file: one per store, product and week the price moves
 */
public record MarkdownPlanDocument(String id, String name, LocalDate asOfWeek, Optional<String> dataSetFingerprint,
                                   RuleBook rules, PlanSummary summary, List<PricePath> paths,
                                   List<PriceChange> priceChanges) {

    /** The document kind in the workspace and in bundle manifests. */
    public static final String KIND = "markdown_plan";
    public static final int SCHEMA_VERSION = 1;

    public MarkdownPlanDocument {
        paths = List.copyOf(paths);
        priceChanges = List.copyOf(priceChanges);
    }
}
