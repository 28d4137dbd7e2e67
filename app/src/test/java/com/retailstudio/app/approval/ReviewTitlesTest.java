package com.retailstudio.app.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.dataset.DataSetImporter;
import com.retailstudio.app.dataset.ImportProgress;
import com.retailstudio.app.plans.MarkdownPlanDocument;
import com.retailstudio.app.plans.SamplePlan;
import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.Review;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.io.JourneyTemplates;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reviewers are shown names, not internal ids and kinds. */
class ReviewTitlesTest {

    @Test
    void journeysAndPlansGoByTheirNamesAndProductsByTheirNamesBesideTheirIds(@TempDir Path temp) {
        try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
            ReviewWorkflow workflow = new ReviewWorkflow(workspace, DocumentChecks.forReview());
            workspace.documents().saveDocumentAs(new DocumentDraft("journey", "cart-abandonment", "draft",
                    JourneyTemplates.json("cart-abandonment").orElseThrow()), "ana");
            Review journey = workflow.submit("journey", "cart-abandonment", "ana");
            MarkdownPlanDocument plan = SamplePlan.document("markdowns-2026-08-31");
            MarkdownPlans.save(workspace, plan, "mia");
            Review markdowns = workflow.submit(MarkdownPlanDocument.KIND, plan.id(), "mia");
            ReviewTitles titles = new ReviewTitles(workspace);

            String journeyName = JourneyTemplates.load("cart-abandonment").orElseThrow().name();
            assertEquals(journeyName, titles.name(journey));
            assertEquals("journey '" + journeyName + "' v1", titles.title(journey));
            assertEquals("markdown plan '" + plan.name() + "' v1", titles.title(markdowns));
            assertEquals("markdown plan", ReviewTitles.kind(MarkdownPlanDocument.KIND));

            String product = plan.priceChanges().get(0).productId();
            assertEquals(product, titles.product(product), "no data set, no name");
            new DataSetImporter(workspace, Clock.systemUTC()).importSampleIfEmpty(ImportProgress.NONE).orElseThrow();
            assertTrue(titles.product(product).matches(product + " · \\S.*"), titles.product(product));
            assertEquals("P-unknown", titles.product("P-unknown"));
        }
    }
}
