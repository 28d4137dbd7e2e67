package com.retailstudio.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.plans.MarkdownPlanDocument;
import com.retailstudio.app.approval.MarkdownPlans;
import com.retailstudio.app.plans.SamplePlan;
import com.retailstudio.app.workspace.OnBothWorkspaces;
import com.retailstudio.app.workspace.TestWorkspaces;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.markdown.io.PriceChangeWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Approved markdown plans go out as price-change files that the bundle's validator checks on their own. */
@OnBothWorkspaces
class PlanBundleExportTest {

    @TempDir
    Path temp;

    private TestWorkspaces workspaces;
    /** Noah's: he reviews and exports. */
    private Workspace workspace;
    private ReviewWorkflow workflow;
    private BundleExporter exporter;
    private final BundleValidator validator = new BundleValidator(DocumentChecks.forBundles());

    @BeforeEach
    void open(TestWorkspaces workspaces) {
        this.workspaces = workspaces;
        workspace = workspaces.as("noah");
        workflow = new ReviewWorkflow(workspace, DocumentChecks.forReview());
        exporter = new BundleExporter(workspace, workflow, Clock.systemUTC(), "1.2.3", JourneyForecast.NONE);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private MarkdownPlanDocument approve(MarkdownPlanDocument plan) {
        Workspace mia = workspaces.as("mia");
        MarkdownPlans.save(mia, plan, "mia");
        new ReviewWorkflow(mia, DocumentChecks.forReview()).submit(MarkdownPlanDocument.KIND, plan.id(), "mia");
        workspaces.as("noah");
        workflow.approve(MarkdownPlanDocument.KIND, plan.id(), "noah", Optional.of("ok"));
        return plan;
    }

    @Test
    void anApprovedPlanGoesOutAsPriceChangeCsvAndJsonListedWithItsApproverAndTheBundleValidates() throws IOException {
        MarkdownPlanDocument plan = approve(SamplePlan.document("autumn"));
        Path out = temp.resolve("bundle");

        ExportedBundle bundle = exporter.export(out, false, "noah");

        StringWriter csv = new StringWriter();
        PriceChangeWriter.write(plan.priceChanges(), csv);
        assertEquals(csv.toString(), Files.readString(out.resolve("markdowns/price-changes.csv")));
        JsonNode json = new ObjectMapper().readTree(out.resolve("markdowns/price-changes.json").toFile());
        assertEquals("autumn", json.get("plans").get(0).get("id").asText());
        assertEquals("noah", json.get("plans").get(0).get("approvedBy").asText());
        assertEquals(plan.priceChanges().size(), json.get("plans").get(0).get("priceChanges").size());
        BundleManifest.Item item = bundle.manifest().items().get(0);
        assertEquals(List.of("markdowns/price-changes.csv", "markdowns/price-changes.json"), item.derivedFiles());
        assertEquals("noah", item.approvedBy());
        assertTrue(bundle.manifest().files().containsKey("markdowns/price-changes.csv"));
        String readme = Files.readString(out.resolve("README.md"));
        assertTrue(readme.contains("## Markdown plans"), readme);
        assertTrue(readme.contains("| autumn v1 | noah | " + plan.asOfWeek().plusWeeks(1) + " | `ffffffffffff…` | "
                + String.format("%,d", plan.summary().productStores()) + " | "
                + String.format("%,d", plan.priceChanges().size()) + " | "), readme);

        assertEquals(List.of(), validator.validate(out));
    }

    @Tag("slow") // one more plan exported, signed and validated; fast: anApprovedPlanGoesOutAsPriceChangeCsv…
    @Test
    void aRowEditedConsistentlyWithTheChecksumsIsStillCaughtByTheReferencesBetweenFiles() throws IOException {
        approve(SamplePlan.document("autumn"));
        Path out = temp.resolve("bundle");
        exporter.export(out, false, "noah");
        Path csvFile = out.resolve("markdowns/price-changes.csv");
        List<String> lines = Files.readAllLines(csvFile);
        String dropped = lines.get(1);
        lines.remove(1);
        Files.writeString(csvFile, String.join("\n", lines) + "\n");
        BundleExportTest.rewriteChecksum(out, "markdowns/price-changes.csv");

        List<String> problems = validator.validate(out);

        assertEquals(List.of("markdowns/price-changes.json has the row " + dropped
                + ", which markdowns/price-changes.csv lacks."), problems);
    }

    @Tag("slow") // one more plan exported, signed and validated; fast: anApprovedPlanGoesOutAsPriceChangeCsv…
    @Test
    void priceChangeFilesWithTheWrongColumnsOrAPriceRiseAreNamedByLine() throws IOException {
        approve(SamplePlan.document("autumn"));
        Path out = temp.resolve("bundle");
        exporter.export(out, false, "noah");
        Path csvFile = out.resolve("markdowns/price-changes.csv");
        List<String> lines = Files.readAllLines(csvFile);
        String[] f = lines.get(1).split(",");
        lines.set(1, String.join(",", f[0], f[1], f[2], f[3], "999.99", f[5]));
        Files.writeString(csvFile, String.join("\n", lines) + "\n");
        BundleExportTest.rewriteChecksum(out, "markdowns/price-changes.csv");

        List<String> problems = validator.validate(out);

        assertTrue(problems.get(0).startsWith("markdowns/price-changes.csv line 2: product " + f[1] + " in store "
                + f[0] + " on " + f[2] + " goes from " + f[3] + " to 999.99"), problems.toString());

        Files.writeString(csvFile, "store,product\n");
        BundleExportTest.rewriteChecksum(out, "markdowns/price-changes.csv");
        assertEquals(List.of("markdowns/price-changes.csv line 1 must be the header " + PriceChangeWriter.HEADER + "."),
                validator.validate(out));
    }

    @Tag("slow") // one more plan exported, signed and validated; fast: anApprovedPlanGoesOutAsPriceChangeCsv…
    @Test
    void aBundleWithAPlanButNoPriceChangeFilesIsAProblem() throws IOException {
        approve(SamplePlan.document("autumn"));
        Path out = temp.resolve("bundle");
        exporter.export(out, false, "noah");
        Files.delete(out.resolve("markdowns/price-changes.json"));

        assertTrue(validator.validate(out).contains("The bundle has no markdowns/price-changes.json listed in "
                + "manifest.json, though it holds approved markdown plans."), validator.validate(out).toString());
    }

    @Test
    void twoApprovedPlansThatChangeTheSamePriceStopTheExportAndNothingIsWritten() {
        approve(SamplePlan.document("autumn"));
        approve(SamplePlan.document("autumn-copy"));
        Path out = temp.resolve("bundle");

        IOException e = assertThrows(IOException.class, () -> exporter.export(out, false, "noah"));

        assertTrue(e.getMessage().startsWith("Markdown plans autumn v1 and autumn-copy v1 both change the price of "
                + "product "), e.getMessage());
        assertFalse(Files.exists(out));
    }
}
