package com.retailstudio.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.approval.PortfolioRulesCheck;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.OnBothWorkspaces;
import com.retailstudio.app.workspace.ReviewState;
import com.retailstudio.app.workspace.TestWorkspaces;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.io.PortfolioRulesWriter;
import com.retailstudio.designer.io.PortfolioSchema;
import com.retailstudio.designer.model.FrequencyCap;
import com.retailstudio.designer.model.PortfolioRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Approved portfolio rules leave in the signed bundle with their schema, and never with a customer id. */
@OnBothWorkspaces
class PortfolioBundleExportTest {

    @TempDir
    Path temp;

    private TestWorkspaces workspaces;
    private Workspace workspace;
    private ReviewWorkflow workflow;
    private BundleExporter exporter;
    private final BundleValidator validator = new BundleValidator(DocumentChecks.forBundles());

    @BeforeEach
    void open(TestWorkspaces workspaces) {
        this.workspaces = workspaces;
        workspace = workspaces.as("ben");
        workflow = new ReviewWorkflow(workspace, DocumentChecks.forReview());
        exporter = new BundleExporter(workspace, workflow, Clock.systemUTC(), "1.2.3");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static String rules(Set<String> suppressedCustomers) {
        return PortfolioRulesWriter.write(new PortfolioRules("default", "Default rules",
                List.of(FrequencyCap.global(1, Duration.ofDays(1))), 5, List.of("winback"), List.of(),
                suppressedCustomers));
    }

    private void approve(String body) {
        Workspace ana = workspaces.as("ana");
        ana.documents().saveDocument(new DocumentDraft(PortfolioRulesCheck.KIND, "default", "saved", body));
        new ReviewWorkflow(ana, DocumentChecks.forReview()).submit(PortfolioRulesCheck.KIND, "default", "ana");
        workspaces.as("ben");
        workflow.approve(PortfolioRulesCheck.KIND, "default", "ben", Optional.empty());
    }

    @Test
    void approvedRulesAreExportedWithTheirSchemaAndTheBundleValidates() throws IOException {
        approve(rules(Set.of()));
        Path out = temp.resolve("bundle");

        ExportedBundle bundle = exporter.export(out, false, "ben");

        assertEquals(List.of("portfolio/default-v1.json"),
                bundle.manifest().items().stream().map(BundleManifest.Item::path).toList());
        assertEquals(rules(Set.of()), Files.readString(out.resolve("portfolio/default-v1.json")));
        assertEquals(PortfolioSchema.json(), Files.readString(out.resolve("schemas/portfolio.schema.json")));
        assertEquals(List.of(), validator.validate(out));
        assertEquals(ReviewState.EXPORTED, workspace.reviews().find(PortfolioRulesCheck.KIND, "default", 1)
                .orElseThrow().state());
    }

    @Test
    void aBundleWithoutThePortfolioSchemaIsRefusedByValidate() throws IOException {
        approve(rules(Set.of()));
        Path out = temp.resolve("bundle");
        exporter.export(out, false, "ben");
        Files.delete(out.resolve("schemas/portfolio.schema.json"));

        List<String> problems = validator.validate(out);

        assertTrue(problems.contains("The bundle has no schemas/portfolio.schema.json (the JSON Schema of its "
                + "portfolio rules)."), problems.toString());
    }

    @Test
    void rulesThatSuppressCustomersByIdAreNeverExported() {
        approve(rules(Set.of("staff-0001")));
        Path out = temp.resolve("bundle");

        IOException refused = assertThrows(IOException.class, () -> exporter.export(out, false, "ben"));

        assertTrue(refused.getMessage().startsWith("Nothing was exported: portfolio rules 'default' v1 cannot leave "
                + "in a bundle: the portfolio rules suppress 1 customer by id"), refused.getMessage());
        assertFalse(Files.exists(out));
        assertEquals(ReviewState.APPROVED, workspace.reviews().find(PortfolioRulesCheck.KIND, "default", 1)
                .orElseThrow().state());
        assertTrue(PortfolioRulesCheck.bundleProblems(rules(Set.of("staff-0001"))).get(0)
                .contains("a bundle must never carry a customer id"), "validate finds them too");
    }
}
