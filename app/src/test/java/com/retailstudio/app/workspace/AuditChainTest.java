package com.retailstudio.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit log's hash chain finds entries edited or deleted behind the application's back.
 *
 * <p>On H2 the append-only trigger stops every UPDATE and DELETE, so each tampering test closes the workspace and,
 * with plain JDBC on its file, drops the trigger first — as someone with a database tool could.
 */
class AuditChainTest {

    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path temp;

    private void appendFive() {
        try (Workspace workspace = Workspace.open(temp)) {
            for (int i = 1; i <= 5; i++) {
                workspace.auditLog().append(AuditEntry.of(NINE.plusSeconds(i), "ana", "journey.saved", "journey",
                        "welcome").withObjectVersion(i));
            }
        }
    }

    private AuditVerification verify() {
        try (Workspace workspace = Workspace.open(temp)) {
            return workspace.auditLog().verify();
        }
    }

    /** Plain JDBC on the closed workspace's file, with the append-only trigger dropped. */
    private void tamper(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(WorkspaceDatabase.urlFor(temp), "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TRIGGER IF EXISTS audit_log_append_only");
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    @Test
    void anUntouchedLogIsIntactAndEachEntryLinksToTheOneBefore() throws SQLException {
        appendFive();

        AuditVerification result = verify();

        assertTrue(result.intact(), result.problems().toString());
        assertEquals(5, result.entries());
        assertEquals(0, result.beforeChain());
        try (Connection connection = DriverManager.getConnection(WorkspaceDatabase.urlFor(temp), "sa", "");
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT previous_hash, entry_hash FROM audit_log ORDER BY id")) {
            String before = AuditChain.NOTHING_BEFORE;
            while (rows.next()) {
                assertEquals(before, rows.getString(1));
                before = rows.getString(2);
            }
        }
    }

    @Test
    void anEditedEntryIsNamed() throws SQLException {
        appendFive();
        tamper("UPDATE audit_log SET actor = 'mallory' WHERE id = 3");

        AuditVerification result = verify();

        assertEquals(List.of("Entry 3 (journey.saved by mallory) was changed after it was written: its content does "
                + "not match its hash."), result.problems());
    }

    @Test
    void anEditedCommentOrVersionIsFoundToo() throws SQLException {
        appendFive();
        tamper("UPDATE audit_log SET object_version = 9 WHERE id = 2", "UPDATE audit_log SET comment = 'x' WHERE id = 4");

        List<String> problems = verify().problems();

        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("Entry 2 "), problems.toString());
        assertTrue(problems.get(1).startsWith("Entry 4 "), problems.toString());
    }

    @Test
    void aDeletedEntryIsFoundWhereTheChainBreaks() throws SQLException {
        appendFive();
        tamper("DELETE FROM audit_log WHERE id = 3");

        List<String> problems = verify().problems();

        assertTrue(problems.get(0).startsWith("Entry 4 does not follow entry 2: an entry between them was deleted"),
                problems.toString());
        assertTrue(problems.contains("The log holds 4 chained entries but 5 were appended: 1 deleted."),
                problems.toString());
    }

    @Test
    void theNewestEntryDeletedIsFoundFromTheChainHead() throws SQLException {
        appendFive();
        tamper("DELETE FROM audit_log WHERE id = 5");

        assertEquals(List.of("The newest chained entry is entry 4, but the chain's head records entry 5 as the "
                + "newest: the entries after it were deleted."), verify().problems());
    }

    @Test
    void anEditWhoseHashWasAlsoRecomputedBreaksTheNextLink() throws SQLException {
        appendFive();
        AuditEntry forged = AuditEntry.of(NINE.plusSeconds(3), "mallory", "journey.saved", "journey", "welcome")
                .withObjectVersion(3);
        String previous;
        try (Connection connection = DriverManager.getConnection(WorkspaceDatabase.urlFor(temp), "sa", "");
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT previous_hash FROM audit_log WHERE id = 3")) {
            rows.next();
            previous = rows.getString(1);
        }
        String hash = AuditChain.hash(previous, AuditChain.canonical(forged, false));
        tamper("UPDATE audit_log SET actor = 'mallory', entry_hash = '" + hash + "' WHERE id = 3");

        assertEquals(List.of("Entry 4 does not follow entry 3: an entry between them was deleted, or the one before "
                + "it was changed together with its hash."), verify().problems());
    }

    @Test
    void entriesWrittenBeforeTheChainAreCoveredByItsFirstLink() throws SQLException {
        appendFive();
        // as a workspace upgraded from before V6: no hashes, nothing chained yet
        tamper("UPDATE audit_log SET previous_hash = NULL, entry_hash = NULL",
                "UPDATE audit_chain_head SET last_entry_id = NULL, last_hash = NULL, chained = 0");
        try (Workspace workspace = Workspace.open(temp)) {
            workspace.auditLog().append(AuditEntry.of(NINE.plusSeconds(60), "ben", "review.approved", "journey",
                    "welcome"));
        }
        AuditVerification upgraded = verify();
        assertTrue(upgraded.intact(), upgraded.problems().toString());
        assertEquals(6, upgraded.entries());
        assertEquals(5, upgraded.beforeChain());

        tamper("UPDATE audit_log SET actor = 'mallory' WHERE id = 2");

        assertEquals(List.of("Entry 6 does not follow entry 5: an entry between them was deleted, or the one before it "
                + "was changed together with its hash."), verify().problems());
    }

    @Test
    void aWorkspaceUpgradedFromVersionFourKeepsItsEntriesAndChainsThem() throws SQLException {
        Flyway.configure().dataSource(WorkspaceDatabase.urlFor(temp), "sa", "")
                .locations(WorkspaceMigrations.locations(WorkspaceDatabase.Vendor.H2)).target("4").load().migrate();
        try (Connection connection = DriverManager.getConnection(WorkspaceDatabase.urlFor(temp), "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO audit_log (at, actor, action, object_type, object_id) VALUES"
                    + " (TIMESTAMP WITH TIME ZONE '2026-01-05 09:00:00+00', 'ana', 'document.saved', 'journey', 'a'),"
                    + " (TIMESTAMP WITH TIME ZONE '2026-01-05 09:01:00+00', 'ben', 'review.approved', 'journey', 'a')");
        }
        try (Workspace workspace = Workspace.open(temp)) {
            assertEquals(WorkspaceMigrations.LATEST_VERSION - 4, workspace.migrationsAppliedOnOpen());
            workspace.auditLog().append(AuditEntry.of(NINE, "ana", "journey.saved", "journey", "b"));
            List<AuditRecord> all = workspace.auditLog().query(AuditQuery.all());
            assertEquals(3, all.size());
            assertFalse(all.get(2).authenticated(), "entries from before V6 are not authenticated either");
        }

        AuditVerification result = verify();

        assertTrue(result.intact(), result.problems().toString());
        assertEquals(2, result.beforeChain());
    }

    @Test
    void twoWritersAtOnceNeverChainFromTheSameEntry() throws Exception {
        Workspace.open(temp).close();
        // Two connections to one database, as two processes on a server: each append locks the chain head first.
        String url = WorkspaceDatabase.urlFor(temp) + ";LOCK_TIMEOUT=20000";
        ExecutorService writers = Executors.newFixedThreadPool(2);
        List<Future<Void>> done = new ArrayList<>();
        for (String who : List.of("ana", "ben")) {
            Callable<Void> writer = () -> {
                try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
                    connection.setAutoCommit(false);
                    for (int i = 0; i < 40; i++) {
                        AuditLog.insert(connection, AuditEntry.of(Instant.now(), who, "journey.saved", "journey",
                                who + i));
                        connection.commit();
                    }
                }
                return null;
            };
            done.add(writers.submit(writer));
        }
        for (Future<Void> writer : done) {
            writer.get();
        }
        writers.shutdown();

        Set<String> links = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             PreparedStatement select = connection.prepareStatement("SELECT previous_hash FROM audit_log");
             ResultSet rows = select.executeQuery()) {
            int count = 0;
            while (rows.next()) {
                count++;
                assertTrue(links.add(rows.getString(1)), "two entries chained from one previous entry");
            }
            assertEquals(80, count);
        }
        AuditVerification result = verify();
        assertTrue(result.intact(), result.problems().toString());
        assertFalse(result.problems().iterator().hasNext());
    }
}
