package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.app.plans.MarkdownPlanJson;
import com.retailstudio.app.plans.SamplePlan;
import com.retailstudio.app.workspace.AuditQuery;
import com.retailstudio.app.workspace.AuditRecord;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.testsupport.CommandLineHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a single-person workspace the author cannot approve under another spelling of their own name: every spelling
 * from issue 13 is refused through the real commands on a real H2 workspace.
 */
@Tag("slow") // command-line approvals per spelling; fast: PersonNameTest
class FourEyesSpellingCommandTest {

    /** alice written as in the issue: capitalised, trailing space, Cyrillic а, no-break space, zero-width space. */
    private static final List<String> ALICE = List.of("alice", "Alice", "alice ", "\u0430lice", "alice\u00A0",
            "ali\u200Bce");

    private final CommandLineHarness cli = RetailStudioCli.harness();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void aliceCannotApproveHerJourneyUnderAnySpellingAndBenCan(@TempDir Path folder) {
        String workspace = folder.resolve("ws").toString();
        Path file = folder.resolve("cart.json");
        run("journey", "template", "cart-abandonment", "--out", file.toString());
        assertEquals(0, run("journey", "import", "--workspace", workspace, "--file", file.toString(), "--as",
                "alice"), cli.err());
        String id = cli.out().strip();
        assertEquals(0, run("journey", "submit", "--workspace", workspace, "--id", id, "--as", "alice"));

        for (String spelling : ALICE) {
            assertEquals(1, run("journey", "approve", "--workspace", workspace, "--id", id, "--as", spelling),
                    spelling + " was let through: " + cli.out());
            assertTrue(cli.err().contains("four-eyes"), cli.err());
        }
        assertEquals(1, run("journey", "approve", "--workspace", workspace, "--id", id, "--as", "ali\u200Bce"));
        assertTrue(cli.err().contains("'ali<U+200B>ce' is the author alice of journey '" + id + "' v1 written "
                + "differently"), cli.err());

        assertEquals(0, run("journey", "approve", "--workspace", workspace, "--id", id, "--as", "ben"),
                cli.err());
        try (Workspace opened = Workspace.open(Path.of(workspace))) {
            List<AuditRecord> approvals = opened.auditLog().query(AuditQuery.all().withAction("review.approved"));
            assertEquals(1, approvals.size(), "no refused spelling left an approval behind");
            assertEquals("ben", approvals.get(0).entry().actor());
            assertFalse(approvals.get(0).authenticated(), "an H2 workspace authenticates nobody");
        }
    }

    @Test
    void anApprovalOnTheSinglePersonWorkspaceGoesOutMarkedNotAuthenticated(@TempDir Path folder) throws Exception {
        String workspace = folder.resolve("ws").toString();
        Path file = folder.resolve("cart.json");
        run("journey", "template", "cart-abandonment", "--out", file.toString());
        run("journey", "import", "--workspace", workspace, "--file", file.toString(), "--as", "alice");
        run("journey", "submit", "--workspace", workspace, "--id", "cart-abandonment", "--as", "alice");
        run("journey", "approve", "--workspace", workspace, "--id", "cart-abandonment", "--as", "ben");
        Path first = folder.resolve("first");
        Path again = folder.resolve("again");

        assertEquals(0, run("export", "--workspace", workspace, "--out", first.toString(), "--as", "ben"),
                cli.err());
        assertEquals(0, run("export", "--workspace", workspace, "--out", again.toString(), "--as", "carol"),
                cli.err());

        for (Path bundle : List.of(first, again)) {
            JsonNode item = new ObjectMapper().readTree(bundle.resolve("manifest.json").toFile()).path("items").get(0);
            assertEquals("ben", item.path("approvedBy").asText(), "the approver, not whoever exported it");
            assertTrue(item.path("approverAuthenticated").isBoolean());
            assertFalse(item.path("approverAuthenticated").asBoolean());
            String readme = Files.readString(bundle.resolve("README.md"));
            assertTrue(readme.contains("| alice | ben (not authenticated) |"), readme);
            assertTrue(readme.contains("*Not authenticated*: approved on a single-person workspace"), readme);
            assertEquals(0, run("validate", bundle.toString()), cli.out());
        }
    }

    @Test
    void carolCannotApproveHerPlanInCapitals(@TempDir Path folder) throws Exception {
        String workspace = folder.resolve("ws").toString();
        Path file = folder.resolve("plan.json");
        Files.writeString(file, MarkdownPlanJson.write(SamplePlan.document("autumn")));
        assertEquals(0, run("plan", "import", "--workspace", workspace, "--file", file.toString(), "--as", "carol"),
                cli.err());
        assertEquals(0, run("plan", "submit", "--workspace", workspace, "--id", "autumn", "--as", "carol"),
                cli.err());

        for (String spelling : List.of("CAROL", "Carol ", "c\u0430rol", "car\u043El", "carol\u00A0", "c\u200Barol")) {
            assertEquals(1, run("plan", "approve", "--workspace", workspace, "--id", "autumn", "--as", spelling),
                    spelling + " was let through: " + cli.out());
            assertTrue(cli.err().contains("four-eyes"), cli.err());
        }
        assertEquals(0, run("plan", "approve", "--workspace", workspace, "--id", "autumn", "--as", "dan"),
                cli.err());
    }

    @Test
    void withoutAsTheApproverIsTheOperatingSystemUser(@TempDir Path folder) {
        String workspace = folder.resolve("ws").toString();
        Path file = folder.resolve("cart.json");
        run("journey", "template", "winback", "--out", file.toString());
        run("journey", "import", "--workspace", workspace, "--file", file.toString());
        run("journey", "submit", "--workspace", workspace, "--id", "winback");

        assertEquals(1, run("journey", "approve", "--workspace", workspace, "--id", "winback"));
        assertTrue(cli.err().contains(System.getProperty("user.name") + " wrote journey 'winback' v1"),
                cli.err());
    }
}
