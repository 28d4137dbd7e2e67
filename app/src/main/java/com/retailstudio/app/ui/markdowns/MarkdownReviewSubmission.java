package com.retailstudio.app.ui.markdowns;

import com.retailstudio.app.approval.MarkdownPlans;
import com.retailstudio.app.approval.ReviewRefusedException;
import com.retailstudio.app.plans.MarkdownPlanCheck;
import com.retailstudio.app.plans.MarkdownPlanDocument;
import com.retailstudio.app.workspace.DocumentVersion;
import com.retailstudio.app.workspace.Review;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.data.io.DataSet;
import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.RuleBook;
import com.retailstudio.markdown.ui.ReviewSubmission;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Markdowns section's "Submit for review" in the workspace: the plan is saved as the next version of its
 * {@code markdown_plan} document by the workspace's current user and submitted through
 * {@link MarkdownPlans#submitForReview}; a refusal lists every problem of the saved version.
 */
public final class MarkdownReviewSubmission implements ReviewSubmission {

    private final Workspace workspace;

    public MarkdownReviewSubmission(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Outcome submit(PlanResult plan, RuleBook rules, Path dataFolder) throws Exception {
        // the rule state each price path starts from is read from the data set the plan was made on
        DataSet data = DataSetLoader.load(dataFolder);
        try {
            Review review = MarkdownPlans.submitForReview(workspace, plan, rules, data, workspace.currentUser());
            return new Submitted(review.id(), review.version());
        } catch (ReviewRefusedException e) {
            Optional<DocumentVersion> saved = workspace.documents().latest(MarkdownPlanDocument.KIND,
                    MarkdownPlans.defaultId(plan));
            List<String> problems = saved.map(version -> MarkdownPlanCheck.problems(version.body()))
                    .orElse(List.of());
            if (saved.isEmpty() || problems.isEmpty()) {
                return new Refused(e.getMessage(), List.of());
            }
            return new Refused(String.format(Locale.ROOT, "version %d of plan %s is saved as a draft, but "
                            + "%d %s must be fixed before it can be reviewed:", saved.get().version(),
                    saved.get().id(), problems.size(), problems.size() == 1 ? "problem" : "problems"), problems);
        }
    }
}
