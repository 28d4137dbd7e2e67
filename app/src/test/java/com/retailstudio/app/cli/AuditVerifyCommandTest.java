package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
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
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return RetailStudioCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @BeforeEach
    void aJourneyThroughReview() {
        workspace = folder.resolve("ws").toString();
        Path file = folder.resolve("cart.json");
        run("journey", "template", "cart-abandonment", "--out", file.toString());
        run("journey", "import", "--workspace", workspace, "--file", file.toString(), "--as", "ana");
        run("journey", "submit", "--workspace", workspace, "--id", "cart-abandonment", "--as", "ana");
        assertEquals(0, run("journey", "approve", "--workspace", workspace, "--id", "cart-abandonment", "--as",
                "ben"), err.toString());
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
        assertEquals(0, run("audit", "verify", "--workspace", workspace), err.toString());
        assertEquals("The audit log is intact: 4 entries, none edited or deleted.", out.toString().strip());
    }

    @Test
    void anApprovalRewrittenToAnotherNameIsFound() throws SQLException {
        tamper("UPDATE audit_log SET actor = 'carol' WHERE action = 'review.approved'");

        assertEquals(1, run("audit", "verify", "--workspace", workspace));
        assertEquals("- Entry 4 (review.approved by carol) was changed after it was written: its content does not "
                + "match its hash.", out.toString().strip());
        assertTrue(err.toString().contains("1 break in its hash chain"), err.toString());
    }

    @Test
    void aDeletedSubmissionIsFound() throws SQLException {
        tamper("DELETE FROM audit_log WHERE action = 'review.submitted'");

        assertEquals(1, run("audit", "verify", "--workspace", workspace));
        assertTrue(out.toString().contains("- Entry 3 does not follow entry 1: an entry between them was deleted"),
                out.toString());
    }
}
