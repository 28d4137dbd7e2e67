package com.retailstudio.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {

    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant TEN = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant ELEVEN = Instant.parse("2026-03-02T11:00:00Z");

    @TempDir
    Path temp;

    private Workspace workspace;
    private AuditLog log;

    @BeforeEach
    void open() {
        workspace = Workspace.open(temp);
        log = workspace.auditLog();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void anAppendedEntryIsReadBackExactlyWithItsVersionAndCommentToTheMicrosecond() {
        AuditEntry entry = AuditEntry.of(Instant.parse("2026-03-02T09:15:30.123456789Z"), "ana", "journey.approved",
                "journey", "welcome").withObjectVersion(3).withComment("Checked the quiet hours.");

        AuditRecord appended = log.append(entry);

        assertEquals(List.of(appended), log.query(AuditQuery.all()));
        // microseconds, which H2 and PostgreSQL both store exactly, so the hashed time is the stored time
        assertEquals(new AuditEntry(Instant.parse("2026-03-02T09:15:30.123456Z"), "ana", "journey.approved",
                "journey", "welcome", Optional.of(3), Optional.of("Checked the quiet hours.")), appended.entry());
        assertEquals(false, appended.authenticated(), "an H2 workspace authenticates nobody");
    }

    @Test
    void queryReturnsNewestFirstAndAppendOrderBreaksTies() {
        AuditRecord first = log.append(AuditEntry.of(NINE, "ana", "journey.saved", "journey", "welcome"));
        AuditRecord third = log.append(AuditEntry.of(ELEVEN, "ana", "journey.saved", "journey", "welcome"));
        AuditRecord secondA = log.append(AuditEntry.of(TEN, "ben", "plan.saved", "markdown_plan", "summer"));
        AuditRecord secondB = log.append(AuditEntry.of(TEN, "ben", "plan.saved", "markdown_plan", "summer"));

        assertEquals(List.of(third, secondB, secondA, first), log.query(AuditQuery.all()));
        assertEquals(List.of(third, secondB), log.query(AuditQuery.all().newest(2)));
    }

    @Test
    void queryFiltersByObjectActorActionAndTimeRange() {
        AuditRecord welcomeSaved = log.append(AuditEntry.of(NINE, "ana", "journey.saved", "journey", "welcome"));
        AuditRecord winbackSaved = log.append(AuditEntry.of(TEN, "ana", "journey.saved", "journey", "winback"));
        AuditRecord welcomeApproved = log.append(AuditEntry.of(ELEVEN, "ben", "journey.approved", "journey", "welcome"));
        AuditRecord planSaved = log.append(AuditEntry.of(ELEVEN, "ana", "plan.saved", "markdown_plan", "welcome"));

        assertEquals(List.of(welcomeApproved, welcomeSaved),
                log.query(AuditQuery.all().forObject("journey", "welcome")));
        assertEquals(List.of(welcomeApproved, winbackSaved, welcomeSaved),
                log.query(AuditQuery.all().forObjectType("journey")));
        assertEquals(List.of(welcomeApproved), log.query(AuditQuery.all().byActor("ben")));
        assertEquals(List.of(winbackSaved, welcomeSaved), log.query(AuditQuery.all().withAction("journey.saved")));
        assertEquals(List.of(winbackSaved), log.query(AuditQuery.all().between(TEN, ELEVEN)),
                "from is inclusive, until exclusive");
        assertEquals(List.of(planSaved, welcomeApproved, winbackSaved), log.query(AuditQuery.all().since(TEN)));
        assertEquals(List.of(welcomeSaved),
                log.query(AuditQuery.all().byActor("ana").forObject("journey", "welcome").withAction("journey.saved")));
    }

    @Test
    void newEntryIsByTheCurrentUser() {
        workspace.settings().put(SettingsStore.DISPLAY_NAME, "Dana");

        AuditEntry entry = log.newEntry("journey.submitted", "journey", "welcome");

        assertEquals("Dana", entry.actor());
        assertEquals(Optional.empty(), entry.objectVersion());
    }

    @Test
    void theDatabaseRejectsUpdateOfAnAuditEntryEvenThroughPlainJdbc() throws SQLException {
        log.append(AuditEntry.of(NINE, "ana", "journey.approved", "journey", "welcome"));
        workspace.close();

        try (Connection connection = DriverManager.getConnection(WorkspaceDatabase.urlFor(temp), "sa", "");
             Statement statement = connection.createStatement()) {
            SQLException rejected = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("UPDATE audit_log SET actor = 'mallory'"));
            assertTrue(rejected.getMessage().contains("The audit log is append-only"), rejected.getMessage());
        }

        workspace = Workspace.open(temp);
        assertEquals("ana", workspace.auditLog().query(AuditQuery.all()).get(0).entry().actor());
    }

    @Test
    void theDatabaseRejectsDeleteOfAuditEntriesEvenThroughPlainJdbc() throws SQLException {
        log.append(AuditEntry.of(NINE, "ana", "journey.approved", "journey", "welcome"));
        workspace.close();

        try (Connection connection = DriverManager.getConnection(WorkspaceDatabase.urlFor(temp), "sa", "");
             Statement statement = connection.createStatement()) {
            SQLException rejected = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("DELETE FROM audit_log"));
            assertTrue(rejected.getMessage().contains("The audit log is append-only"), rejected.getMessage());
        }

        workspace = Workspace.open(temp);
        assertEquals(1, workspace.auditLog().query(AuditQuery.all()).size());
    }

    @Test
    void anEntryWithoutActorIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> AuditEntry.of(NINE, " ", "journey.approved", "journey", "welcome"));
    }
}
