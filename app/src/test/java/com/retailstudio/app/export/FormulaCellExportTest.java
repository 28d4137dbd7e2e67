package com.retailstudio.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.approval.MarkdownPlans;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.plans.MarkdownPlanDocument;
import com.retailstudio.app.plans.MarkdownPlanJson;
import com.retailstudio.app.plans.SamplePlan;
import com.retailstudio.app.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A product id that a spreadsheet would run as a formula leaves as text, one with a line break, quotes and a comma
 * leaves quoted, and the bundle still validates: the validator reads the file as the writer wrote it.
 */
class FormulaCellExportTest {

    @TempDir
    Path temp;

    @Test
    void aFormulaLikeProductIdIsNeutralisedInTheCsvAndTheBundleValidates() throws Exception {
        Path out = exportWithProductId("+cmd|' /C calc'!A0");

        String csv = Files.readString(out.resolve("markdowns/price-changes.csv"));
        assertTrue(csv.contains(",\"'+cmd|' /C calc'!A0\","), csv.lines().limit(3).toList().toString());
        assertEquals(List.of(), new BundleValidator(DocumentChecks.forBundles()).validate(out));
    }

    @Test
    void aProductIdWithALineBreakQuotesAndACommaReadsBackAsWrittenAndTheBundleValidates() throws Exception {
        Path out = exportWithProductId("-Shelf \"A\",\nbay 2 \uD83D\uDED2");

        String csv = Files.readString(out.resolve("markdowns/price-changes.csv"));
        assertTrue(csv.contains(",\"'-Shelf \"\"A\"\",\nbay 2 \uD83D\uDED2\","), csv.lines().limit(3).toList().toString());
        assertEquals(List.of(), new BundleValidator(DocumentChecks.forBundles()).validate(out));
    }

    /** Exports the sample plan, approved, with its first product renamed to {@code productId}. */
    private Path exportWithProductId(String productId) throws Exception {
        MarkdownPlanDocument sample = SamplePlan.document("autumn");
        String product = sample.priceChanges().get(0).productId();
        String json = MarkdownPlanJson.write(sample);
        String renamed = new ObjectMapper().writeValueAsString(productId);
        MarkdownPlanDocument plan = MarkdownPlanJson.read(json.replace("\"" + product + "\"", renamed));
        assertTrue(plan.priceChanges().stream().anyMatch(change -> change.productId().equals(productId)));
        try (Workspace workspace = Workspace.open(temp.resolve("workspace"))) {
            ReviewWorkflow workflow = new ReviewWorkflow(workspace, DocumentChecks.forReview());
            MarkdownPlans.save(workspace, plan, "mia");
            workflow.submit(MarkdownPlanDocument.KIND, plan.id(), "mia");
            workflow.approve(MarkdownPlanDocument.KIND, plan.id(), "noah", Optional.empty());
            Path out = temp.resolve("bundle");
            new BundleExporter(workspace, workflow, Clock.systemUTC(), "1.2.3", JourneyForecast.NONE)
                    .export(out, false, "noah");
            return out;
        }
    }
}
