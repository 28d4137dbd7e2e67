package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.testsupport.CommandLineHarness;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code retail-studio audit verify} on a real workspace: exit 0 when untouched, 1 naming the entry edited or deleted
 * behind the application's back (plain JDBC on the closed H2 file, after dropping its append-only trigger).
 */
class AuditVerifyCommandTest {

    @TempDir
    Path folder;

    private String workspace;
    private final CommandLineHarness cli = RetailStudioCli.harness();

    private int run(String... args) {
        return cli.run(args);
    }

    @BeforeEach
    void aJourneyThroughReview() {
        workspace = folder.resolve("ws").toString();
        Path file = folder.resolve("cart.json");
        run("journey", "template", "cart-abandonment", "--out", file.toString());
        run("journey", "import", "--workspace", workspace, "--file", file.toString(), "--as", "ana");
        run("journey", "submit", "--workspace", workspace, "--id", "cart-abandonment", "--as", "ana");
        assertEquals(0, run("journey", "approve", "--workspace", workspace, "--id", "cart-abandonment", "--as",
                "ben"), cli.err());
    }

    private void tamper(String sql) throws SQLException {
        String url = "jdbc:h2:file:" + Path.of(workspace).resolve("workspace").toAbsolutePath();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TRIGGER audit_log_append_only");
            statement.execute(sql);
        }
    }

    @Test
    void anUntouchedLogVerifies() {
        assertEquals(0, run("audit", "verify", "--workspace", workspace), cli.err());
        assertEquals("The audit log is intact: 4 entries, none edited or deleted.", cli.out().strip());
    }

    @Test
    void anApprovalRewrittenToAnotherNameIsFound() throws SQLException {
        tamper("UPDATE audit_log SET actor = 'carol' WHERE action = 'review.approved'");

        assertEquals(1, run("audit", "verify", "--workspace", workspace));
        assertEquals("- Entry 4 (review.approved by carol) was changed after it was written: its content does not "
                + "match its hash.", cli.out().strip());
        assertTrue(cli.err().contains("1 break in its hash chain"), cli.err());
    }

    @Test
    void aDeletedSubmissionIsFound() throws SQLException {
        tamper("DELETE FROM audit_log WHERE action = 'review.submitted'");

        assertEquals(1, run("audit", "verify", "--workspace", workspace));
        assertTrue(cli.out().contains("- Entry 3 does not follow entry 1: an entry between them was deleted"),
                cli.out());
    }
}
