package com.retailstudio.app.approval;

import com.retailstudio.app.plans.MarkdownPlanDocument;
import com.retailstudio.app.plans.MarkdownPlanFormatException;
import com.retailstudio.app.plans.MarkdownPlanJson;
import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.DocumentVersion;
import com.retailstudio.app.workspace.RegisteredDataSet;
import com.retailstudio.app.workspace.Review;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.data.io.DataSet;
import com.retailstudio.markdown.engine.PricePaths;
import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.RuleBook;
import java.util.Optional;

/**
 * Markdown plans into the review workflow: a planner run becomes a versioned {@code markdown_plan} document, saved and
 * submitted in one call (the Markdowns section's "Submit for review" and {@code retail-studio plan import --data}).
 */
public final class MarkdownPlans {

    private MarkdownPlans() {
    }

    /** The plan id a planner run gets by default: one document per week planned from, re-planning adds versions. */
    public static String defaultId(PlanResult result) {
        return "markdowns-" + result.asOf().plusWeeks(1);
    }

    /**
     * The document of a planner run.
     *
     * @param data        the data set the plan was made on (for the rule state each path starts from)
     * @param fingerprint that data set's fingerprint, when known
     * @throws IllegalArgumentException when the plan names a product-store the data set has no current season for
     */
    public static MarkdownPlanDocument document(String id, PlanResult result, RuleBook rules, DataSet data,
                                                Optional<String> fingerprint) {
        return new MarkdownPlanDocument(id, "Markdowns from the week of " + result.asOf().plusWeeks(1),
                result.asOf(), fingerprint, rules, result.summary(), PricePaths.of(result, data),
                result.priceChanges());
    }

    /** Saves the document as the plan's next draft version by {@code author}. */
    public static DocumentVersion save(Workspace workspace, MarkdownPlanDocument plan, String author) {
        return workspace.documents().saveDocumentAs(new DocumentDraft(MarkdownPlanDocument.KIND, plan.id(), "draft",
                MarkdownPlanJson.write(plan)), author);
    }

    /**
     * Saves a planner run on the workspace's active data set as a new version of its plan and submits it for review.
     * The version stays saved as a draft when submitting is refused.
     *
     * @throws com.retailstudio.app.approval.ReviewRefusedException when a price path breaks the rule book, naming
     *                                                              the product, store and rule
     */
    public static Review submitForReview(Workspace workspace, PlanResult result, RuleBook rules, DataSet data,
                                         String author) {
        Optional<String> fingerprint = workspace.dataSets().active().map(RegisteredDataSet::fingerprint);
        MarkdownPlanDocument plan = document(defaultId(result), result, rules, data, fingerprint);
        return submit(workspace, plan, author);
    }

    /**
     * Submits the plan, saved as a new version only when it differs from the newest one: a second click on Submit
     * with nothing changed is refused instead of queuing the same plan twice.
     */
    public static Review submit(Workspace workspace, MarkdownPlanDocument plan, String author) {
        return new ReviewWorkflow(workspace, DocumentChecks.forReview()).submitContent(new DocumentDraft(
                MarkdownPlanDocument.KIND, plan.id(), "draft", MarkdownPlanJson.write(plan)), author,
                newest -> holds(newest, plan));
    }

    private static boolean holds(DocumentVersion stored, MarkdownPlanDocument plan) {
        try {
            // both read back, so a price written as 2.490 and one held as 2.49 are the same price
            return MarkdownPlanJson.read(stored.body()).equals(MarkdownPlanJson.read(MarkdownPlanJson.write(plan)));
        } catch (MarkdownPlanFormatException e) {
            return false;
        }
    }
}
