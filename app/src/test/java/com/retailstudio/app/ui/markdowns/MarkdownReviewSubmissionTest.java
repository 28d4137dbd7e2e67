package com.retailstudio.app.ui.markdowns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.approval.MarkdownPlans;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.plans.MarkdownPlanDocument;
import com.retailstudio.app.plans.MarkdownPlanJson;
import com.retailstudio.app.plans.SamplePlan;
import com.retailstudio.app.workspace.Review;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.markdown.engine.PricePathRules;
import com.retailstudio.markdown.model.MarkdownRules;
import com.retailstudio.markdown.model.RuleBook;
import com.retailstudio.markdown.ui.ReviewSubmission;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Submit for review" of the Markdowns section on a real workspace: the plan waits in the queue, or is refused. */
class MarkdownReviewSubmissionTest {

    @Tag("slow") // plans the sample twice; fast: aPlanThatBreaksItsRules…, ReviewWorkflow tests
    @Test
    void aPlanThatKeepsItsRulesIsSavedWithThemAndWaitsInTheReviewQueueOnceUntilItChanges(@TempDir Path folder)
            throws Exception {
        Path data = folder.resolve("data");
        BundledSample.extractTo(data);
        RuleBook rules = RuleBook.standard().withCategory("wine", MarkdownRules.defaults());
        String id = MarkdownPlans.defaultId(SamplePlan.result());
        try (Workspace workspace = Workspace.open(folder.resolve("ws"))) {
            ReviewSubmission submission = new MarkdownReviewSubmission(workspace);

            ReviewSubmission.Submitted first = assertInstanceOf(ReviewSubmission.Submitted.class,
                    submission.submit(SamplePlan.result(), rules, data));
            // a second click on Submit with nothing changed queues nothing (issue #15 item 10)
            ReviewSubmission.Refused again = assertInstanceOf(ReviewSubmission.Refused.class,
                    submission.submit(SamplePlan.result(), rules, data));
            // under other rules it is another plan: a new version waits for review
            RuleBook otherRules = rules.withCategory("cheese", MarkdownRules.defaults());
            ReviewSubmission.Submitted second = assertInstanceOf(ReviewSubmission.Submitted.class,
                    submission.submit(SamplePlan.result(), otherRules, data));

            assertEquals(new ReviewSubmission.Submitted(id, 1), first);
            assertEquals("markdown plan '" + id + "' v1 has already been submitted (it is in review) and nothing has "
                    + "changed since; change it to submit a new version.", again.reason());
            assertEquals(List.of(), again.problems());
            assertEquals(new ReviewSubmission.Submitted(id, 2), second);
            List<Review> queue = new ReviewWorkflow(workspace, DocumentChecks.forReview()).queue();
            assertEquals(List.of(1, 2), queue.stream().map(Review::version).toList());
            assertTrue(queue.stream().anyMatch(review -> review.kind().equals(MarkdownPlanDocument.KIND)
                    && review.id().equals(id) && review.version() == 2
                    && review.author().equals(workspace.currentUser())), queue.toString());
            MarkdownPlanDocument saved = MarkdownPlanJson.read(workspace.documents()
                    .latest(MarkdownPlanDocument.KIND, id).orElseThrow().body());
            assertEquals(otherRules, saved.rules());
            assertEquals(SamplePlan.result().priceChanges(), saved.priceChanges());
        }
    }

    @Test
    void aPlanThatBreaksItsRulesIsRefusedListingEveryBreachAndStaysADraft(@TempDir Path folder) throws Exception {
        Path data = folder.resolve("data");
        BundledSample.extractTo(data);
        // planned under the standard rules, submitted with a rule book that allows at most 15 % off
        RuleBook strict = new RuleBook(MarkdownRules.defaults().withMaxDepth(0.15), Map.of());
        String id = MarkdownPlans.defaultId(SamplePlan.result());
        try (Workspace workspace = Workspace.open(folder.resolve("ws"))) {
            ReviewSubmission.Refused refused = assertInstanceOf(ReviewSubmission.Refused.class,
                    new MarkdownReviewSubmission(workspace).submit(SamplePlan.result(), strict, data));

            assertTrue(refused.problems().size() > 1, refused.problems().toString());
            assertTrue(refused.problems().stream().allMatch(problem -> problem.matches("product \\S+ in store \\S+, "
                    + "week of [0-9-]+, breaks the rule '" + PricePathRules.MAX_DEPTH + "': .*")),
                    refused.problems().toString());
            assertEquals("version 1 of plan " + id + " is saved as a draft, but " + refused.problems().size()
                    + " problems must be fixed before it can be reviewed:", refused.reason());
            assertEquals("draft", workspace.documents().latest(MarkdownPlanDocument.KIND, id).orElseThrow().status());
            assertTrue(workspace.reviews().history(MarkdownPlanDocument.KIND, id).isEmpty());
        }
    }
}
