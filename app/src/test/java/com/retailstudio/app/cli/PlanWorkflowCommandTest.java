package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.plans.MarkdownPlanDocument;
import com.retailstudio.app.plans.MarkdownPlanJson;
import com.retailstudio.app.plans.SamplePlan;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.markdown.io.RuleBookJson;
import com.retailstudio.markdown.model.MarkdownRules;
import com.retailstudio.markdown.model.PricePath;
import com.retailstudio.markdown.model.RuleBook;
import com.retailstudio.testsupport.CommandLineHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pipeline drives a markdown plan through review on the command line, as it does a journey. */
@Tag("slow") // command-line plan reviews over the sample; fast: PlanMarkdownsCommandTest
class PlanWorkflowCommandTest {

    private final CommandLineHarness cli = RetailStudioCli.harness();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void aPlanOfTheSampleIsImportedSubmittedAndApprovedBySomeoneOtherThanItsAuthor(@TempDir Path folder) {
        String workspace = folder.resolve("ws").toString();
        assertEquals(0, run("plan", "import", "--workspace", workspace, "--data", "sample", "--as", "mia"),
                cli.err());
        String id = cli.out().strip();
        assertTrue(id.matches("markdowns-\\d{4}-\\d{2}-\\d{2}"), id);
        assertEquals(0, run("plan", "submit", "--workspace", workspace, "--id", id, "--as", "mia"), cli.err());

        assertEquals(1, run("plan", "approve", "--workspace", workspace, "--id", id, "--as", "mia"));
        assertTrue(cli.err().contains("mia wrote markdown plan '" + id + "' v1 and cannot approve it"),
                cli.err());

        assertEquals(0, run("plan", "approve", "--workspace", workspace, "--id", id, "--as", "noah", "--comment",
                "Depths and timing checked"), cli.err());
        assertEquals("Approved " + id + " v1 as noah.", cli.out().strip());
        assertEquals(0, run("plan", "list", "--workspace", workspace));
        assertTrue(cli.out().matches("(?s)" + id + "\\s+v1\\s+approved\\s+mia\\s*"), cli.out());

        Path bundle = folder.resolve("bundle.zip");
        assertEquals(0, run("export", "--workspace", workspace, "--out", bundle.toString(), "--zip", "--as", "noah"),
                cli.err());
        assertEquals(0, run("validate", bundle.toString()), cli.out() + cli.err());
    }

    @Test
    void aPlanThatBreaksARuleIsRefusedNamingTheProductStoreAndRule(@TempDir Path folder) throws Exception {
        MarkdownPlanDocument plan = SamplePlan.document("edited");
        List<PricePath> paths = new ArrayList<>(plan.paths());
        PricePath first = paths.get(0);
        int[] prices = first.planCents();
        prices[0] = first.currentCents() + 100; // a price that goes up
        paths.set(0, new PricePath(first.productId(), first.storeId(), first.category(), first.cluster(),
                first.fullCents(), first.currentCents(), first.firstWeek(), first.seasonWeek(), first.seasonWeeks(),
                first.markdownsTaken(), first.weeksSinceLast(), prices));
        Path file = folder.resolve("edited.json");
        Files.writeString(file, MarkdownPlanJson.write(new MarkdownPlanDocument(plan.id(), plan.name(),
                plan.asOfWeek(), plan.dataSetFingerprint(), plan.rules(), plan.summary(), paths,
                plan.priceChanges())));
        String workspace = folder.resolve("ws").toString();

        assertEquals(0, run("plan", "import", "--workspace", workspace, "--file", file.toString(), "--as", "mia"),
                cli.err());
        assertEquals("edited", cli.out().strip());
        assertEquals(1, run("plan", "submit", "--workspace", workspace, "--id", "edited", "--as", "mia"));

        assertTrue(cli.err().contains("markdown plan 'edited' v1 cannot be submitted"), cli.err());
        assertTrue(cli.err().contains("product " + first.productId() + " in store " + first.storeId()
                + ", week of " + first.firstWeek() + ", breaks the rule 'prices never go up'"), cli.err());
    }

    @Test
    void changesAreRequestedWithAComment(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("autumn.json");
        Files.writeString(file, MarkdownPlanJson.write(SamplePlan.document("autumn")));
        String workspace = folder.resolve("ws").toString();
        run("plan", "import", "--workspace", workspace, "--file", file.toString(), "--as", "mia");
        run("plan", "submit", "--workspace", workspace, "--id", "autumn", "--as", "mia");

        assertEquals(0, run("plan", "request-changes", "--workspace", workspace, "--id", "autumn", "--as", "noah",
                "--comment", "Hold the wine markdowns until October"), cli.err());
        assertEquals("Sent autumn v1 back to mia.", cli.out().strip());
        assertEquals(0, run("plan", "list", "--workspace", workspace));
        assertTrue(cli.out().contains("changes requested"), cli.out());
    }

    @Test
    void anUnreadablePlanFileIsRefusedNamingTheField(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("broken.json");
        Files.writeString(file, MarkdownPlanJson.write(SamplePlan.document("autumn")).replace("\"asOfWeek\"", "\"x\""));

        assertEquals(1, run("plan", "import", "--workspace", folder.resolve("ws").toString(), "--file",
                file.toString(), "--as", "mia"));

        assertEquals("retail-studio: " + file + ": /asOfWeek is missing.", cli.err().strip());
    }

    @Test
    void aPipelinePlansUnderItsOwnRuleBook(@TempDir Path folder) throws Exception {
        Path rules = folder.resolve("rules.json");
        Files.writeString(rules, RuleBookJson.write(RuleBook.standard().withCategory("wine",
                MarkdownRules.defaults().withMaxDepth(0.3))));
        String workspace = folder.resolve("ws").toString();

        assertEquals(0, run("plan", "import", "--workspace", workspace, "--data", "sample", "--rules",
                rules.toString(), "--id", "wine-30", "--as", "mia"), cli.err());

        MarkdownPlanDocument stored;
        try (Workspace opened = Workspace.open(folder.resolve("ws"))) {
            stored = MarkdownPlanJson.read(opened.documents().latest(MarkdownPlanDocument.KIND, "wine-30")
                    .orElseThrow().body());
        }
        assertEquals(0.3, stored.rules().forCategory("wine").maxDepth());
        List<PricePath> wine = stored.paths().stream().filter(path -> path.category().equals("wine")).toList();
        assertTrue(!wine.isEmpty());
        for (PricePath path : wine) {
            for (int cents : path.planCents()) {
                // a product already deeper than 30 % off keeps its price; no markdown goes deeper
                assertTrue(cents == path.currentCents() || cents >= Math.floor(path.fullCents() * 0.7),
                        path.toString());
            }
        }
        assertEquals(0, run("plan", "submit", "--workspace", workspace, "--id", "wine-30", "--as", "mia"),
                cli.err());

        Files.writeString(rules, "{\"schemaVersion\": 1, \"defaults\": {\"ladder\": [0, 0.2, 0.5]}}");
        assertEquals(1, run("plan", "import", "--workspace", workspace, "--data", "sample", "--rules",
                rules.toString(), "--as", "mia"));
        assertTrue(cli.err().contains(rules + ": /defaults/price_endings is missing."), cli.err());
    }

    @Test
    void importTakesEitherADataSetOrAFile(@TempDir Path folder) {
        assertEquals(2, run("plan", "import", "--workspace", folder.toString(), "--as", "mia"));
        assertEquals(2, run("plan", "import", "--workspace", folder.toString(), "--as", "mia", "--data", "sample",
                "--file", "x.json"));
        assertEquals(0, run("plan", "list", "--workspace", folder.toString()));
        assertEquals("No markdown plans in the workspace yet; add one with 'retail-studio plan import'.",
                cli.out().strip());
    }
}
