package com.retailstudio.app.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.approval.MarkdownPlans;
import com.retailstudio.app.approval.ReviewRefusedException;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.workspace.Review;
import com.retailstudio.app.workspace.ReviewState;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.markdown.model.MarkdownRules;
import com.retailstudio.markdown.model.RuleBook;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A planner run goes through review like a journey: saved, submitted, four-eyes approval, rule breaches blocked. */
@Tag("slow") // plans the whole sample; fast: MarkdownPlanDocumentTest, ReviewWorkflowTest
class MarkdownPlanReviewTest {

    @Test
    void aPlannerRunIsSavedAndSubmittedInOneCallAndApprovedBySomeoneElse(@TempDir Path folder) {
        try (Workspace workspace = Workspace.open(folder)) {
            Review review = MarkdownPlans.submitForReview(workspace, SamplePlan.result(), RuleBook.standard(),
                    SamplePlan.data(), "mia");
            String id = MarkdownPlans.defaultId(SamplePlan.result());
            assertEquals(new Review(MarkdownPlanDocument.KIND, id, 1, ReviewState.IN_REVIEW, "mia", "mia",
                    review.submittedAt(), Optional.empty(), Optional.empty(), Optional.empty()), review);
            ReviewWorkflow workflow = new ReviewWorkflow(workspace, DocumentChecks.forReview());

            ReviewRefusedException ownApproval = assertThrows(ReviewRefusedException.class,
                    () -> workflow.approve(MarkdownPlanDocument.KIND, id, "mia", Optional.empty()));
            assertTrue(ownApproval.getMessage().contains("four-eyes"), ownApproval.getMessage());

            assertEquals(ReviewState.APPROVED, workflow.approve(MarkdownPlanDocument.KIND, id, "noah",
                    Optional.of("depths checked")).state());
            MarkdownPlanDocument stored = MarkdownPlanJson.read(workspace.documents()
                    .version(MarkdownPlanDocument.KIND, id, 1).orElseThrow().body());
            assertEquals(SamplePlan.result().priceChanges(), stored.priceChanges());
        }
    }

    @Test
    void aPlanThatBreaksItsRuleBookCannotBeSubmittedAndStaysADraft(@TempDir Path folder) {
        // planned under the standard rules, but saved with a rule book that allows at most 10 % off
        RuleBook strict = new RuleBook(MarkdownRules.defaults().withMaxDepth(0.1), Map.of());
        try (Workspace workspace = Workspace.open(folder)) {
            ReviewRefusedException refused = assertThrows(ReviewRefusedException.class,
                    () -> MarkdownPlans.submitForReview(workspace, SamplePlan.result(), strict, SamplePlan.data(),
                            "mia"));

            assertTrue(refused.getMessage().matches("markdown plan 'markdowns-[0-9-]+' v1 cannot be submitted: \\d+ "
                    + "problems must be fixed first, starting with: product \\S+ in store \\S+, week of [0-9-]+, "
                    + "breaks the rule 'maximum depth': .*"), refused.getMessage());
            String id = MarkdownPlans.defaultId(SamplePlan.result());
            assertTrue(workspace.documents().latest(MarkdownPlanDocument.KIND, id).isPresent());
            assertTrue(workspace.reviews().history(MarkdownPlanDocument.KIND, id).isEmpty());
        }
    }
}
