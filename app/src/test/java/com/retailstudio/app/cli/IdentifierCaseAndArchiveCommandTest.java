package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.plans.MarkdownPlanJson;
import com.retailstudio.app.plans.SamplePlan;
import com.retailstudio.app.workspace.AuditQuery;
import com.retailstudio.app.workspace.AuditRecord;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.testsupport.CommandLineHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ids are unique ignoring case, and an approved version can be archived so that exports leave it out: through the
 * real commands on a real workspace.
 */
@Tag("slow") // command-line workflows to an export; fast: WorkspaceJourneyLibraryTest, ReviewWorkflowTest
class IdentifierCaseAndArchiveCommandTest {

    private final CommandLineHarness cli = RetailStudioCli.harness();

    private int run(String... args) {
        return cli.run(args);
    }

    private static Path journeyWithId(Path folder, String id) throws Exception {
        Path template = folder.resolve("template.json");
        new IdentifierCaseAndArchiveCommandTest().run("journey", "template", "winback", "--out", template.toString());
        Path file = folder.resolve(id + ".json");
        Files.writeString(file, Files.readString(template).replace("\"id\" : \"winback\"", "\"id\" : \"" + id + "\"")
                .replace("\"id\": \"winback\"", "\"id\": \"" + id + "\""));
        return file;
    }

    @Test
    void aJourneyWhoseIdDiffersOnlyInCaseIsRefusedOnImport(@TempDir Path folder) throws Exception {
        String workspace = folder.resolve("ws").toString();
        assertEquals(0, run("journey", "import", "--workspace", workspace, "--file",
                journeyWithId(folder, "promo-x").toString(), "--as", "ana"), cli.err());
        assertEquals("promo-x", cli.out().strip());

        assertEquals(1, run("journey", "import", "--workspace", workspace, "--file",
                journeyWithId(folder, "PROMO-X").toString(), "--as", "ana"));

        assertEquals("retail-studio: There is already a journey 'promo-x', and 'PROMO-X' differs from it only in case: "
                + "ids must differ in more than case (a bundle names its files by id, and on many systems both would "
                + "be one file). Use 'promo-x' to add a version of it, or choose another id.", cli.err().strip());
        try (Workspace opened = Workspace.open(Path.of(workspace))) {
            assertTrue(opened.documents().latest("journey", "PROMO-X").isEmpty());
        }
    }

    @Test
    void aPlanWhoseIdDiffersOnlyInCaseIsRefusedOnImport(@TempDir Path folder) throws Exception {
        String workspace = folder.resolve("ws").toString();
        Path autumn = folder.resolve("autumn.json");
        Files.writeString(autumn, MarkdownPlanJson.write(SamplePlan.document("autumn")));
        Path shouted = folder.resolve("AUTUMN.json");
        Files.writeString(shouted, MarkdownPlanJson.write(SamplePlan.document("AUTUMN")));
        assertEquals(0, run("plan", "import", "--workspace", workspace, "--file", autumn.toString(), "--as", "mia"));

        assertEquals(1, run("plan", "import", "--workspace", workspace, "--file", shouted.toString(), "--as", "mia"));

        assertTrue(cli.err().contains("There is already a markdown plan 'autumn', and 'AUTUMN' differs from it "
                + "only in case"), cli.err());
    }

    @Test
    void twoApprovedJourneysFromBeforeTheRuleAreNeverWrittenToOneFile(@TempDir Path folder) throws Exception {
        String workspace = folder.resolve("ws").toString();
        run("journey", "import", "--workspace", workspace, "--file", journeyWithId(folder, "promo-x").toString(),
                "--as", "ana");
        run("journey", "submit", "--workspace", workspace, "--id", "promo-x", "--as", "ana");
        run("journey", "approve", "--workspace", workspace, "--id", "promo-x", "--as", "ben");
        // a workspace from before ids were unique ignoring case: the second journey is written with plain SQL
        try (Connection connection = DriverManager.getConnection(
                "jdbc:h2:file:" + Path.of(workspace).resolve("workspace").toAbsolutePath(), "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO documents SELECT kind, 'PROMO-X', version, status, author, body, created_at"
                    + " FROM documents WHERE doc_id = 'promo-x'");
            statement.execute("INSERT INTO reviews SELECT kind, 'PROMO-X', version, state, author, submitted_by,"
                    + " submitted_at, decided_by, decided_at, comment FROM reviews WHERE doc_id = 'promo-x'");
        }
        Path bundle = folder.resolve("bundle");

        assertEquals(1, run("export", "--workspace", workspace, "--out", bundle.toString(), "--as", "ben"));

        assertTrue(cli.err().contains("journey PROMO-X v1 and promo-x v1 would be written to one file name"),
                cli.err());
        assertFalse(Files.exists(bundle));

        assertEquals(0, run("journey", "archive", "--workspace", workspace, "--id", "PROMO-X", "--as", "ben",
                "--comment", "duplicate"), cli.err());
        assertEquals("Archived PROMO-X v1; exports leave it out.", cli.out().strip());
        assertEquals(0, run("export", "--workspace", workspace, "--out", bundle.toString(), "--as", "ben"),
                cli.err());
        assertEquals(List.of("promo-x-v1.json"), Files.list(bundle.resolve("journeys"))
                .map(path -> path.getFileName().toString()).toList());
    }

    @Test
    void overlappingApprovedPlansBlockTheExportUntilTheApproverArchivesOne(@TempDir Path folder) throws Exception {
        String workspace = folder.resolve("ws").toString();
        for (String id : List.of("autumn", "autumn-copy")) {
            Path file = folder.resolve(id + ".json");
            Files.writeString(file, MarkdownPlanJson.write(SamplePlan.document(id)));
            run("plan", "import", "--workspace", workspace, "--file", file.toString(), "--as", "mia");
            run("plan", "submit", "--workspace", workspace, "--id", id, "--as", "mia");
            assertEquals(0, run("plan", "approve", "--workspace", workspace, "--id", id, "--as", "noah"),
                    cli.err());
        }
        Path bundle = folder.resolve("bundle");
        assertEquals(1, run("export", "--workspace", workspace, "--out", bundle.toString(), "--as", "noah"));
        assertTrue(cli.err().contains("both change the price of product"), cli.err());

        assertEquals(1, run("plan", "archive", "--workspace", workspace, "--id", "autumn-copy", "--as", "mia"));
        assertEquals("retail-studio: Only its approver noah or the workspace's owner "
                + System.getProperty("user.name") + " can archive markdown plan 'autumn-copy' v1; 'mia' is "
                + "neither.", cli.err().strip());

        assertEquals(0, run("plan", "archive", "--workspace", workspace, "--id", "autumn-copy", "--as", "Noah",
                "--comment", "overlaps autumn"), cli.err());
        assertEquals(0, run("export", "--workspace", workspace, "--out", bundle.toString(), "--as", "noah"),
                cli.err());
        assertEquals(0, run("validate", bundle.toString()), cli.out());
        try (Workspace opened = Workspace.open(Path.of(workspace))) {
            List<AuditRecord> archived = opened.auditLog().query(AuditQuery.all().withAction("review.archived"));
            assertEquals(1, archived.size());
            assertEquals("Noah", archived.get(0).entry().actor());
            assertEquals(Optional.of("overlaps autumn"), archived.get(0).entry().comment());
            assertEquals(Optional.of(1), archived.get(0).entry().objectVersion());
        }
    }

    @Test
    void withoutAsTheWorkspacesOwnerArchivesAndANeverApprovedIdNeedsAVersion(@TempDir Path folder)
            throws Exception {
        String workspace = folder.resolve("ws").toString();
        run("journey", "import", "--workspace", workspace, "--file", journeyWithId(folder, "promo-x").toString(),
                "--as", "ana");
        run("journey", "submit", "--workspace", workspace, "--id", "promo-x", "--as", "ana");

        assertEquals(1, run("journey", "archive", "--workspace", workspace, "--id", "promo-x"));
        assertTrue(cli.err().contains("No version of journey 'promo-x' is approved; name the version to archive "
                + "with --version."), cli.err());

        assertEquals(0, run("journey", "archive", "--workspace", workspace, "--id", "promo-x", "--version", "1"),
                cli.err());
    }
}
