package com.retailstudio.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit log reads and filters the same on a workspace folder and on a team workspace. */
@OnBothWorkspaces
class AuditLogOnEveryWorkspaceTest {

    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00.123456Z");
    private static final Instant TEN = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant ELEVEN = Instant.parse("2026-03-02T11:00:00Z");

    @Test
    void entriesAreReadBackExactlyNewestFirstAndFilteredByObjectActorActionAndTime(TestWorkspaces workspaces) {
        AuditRecord welcomeSaved = workspaces.as("ana").auditLog().append(
                AuditEntry.of(NINE, "ana", "journey.saved", "journey", "welcome").withObjectVersion(3)
                        .withComment("Checked the quiet hours."));
        AuditRecord winbackSaved = workspaces.as("ana").auditLog().append(
                AuditEntry.of(TEN, "ana", "journey.saved", "journey", "winback"));
        AuditRecord welcomeApproved = workspaces.as("ben").auditLog().append(
                AuditEntry.of(ELEVEN, "ben", "journey.approved", "journey", "welcome"));
        AuditLog log = workspaces.as("ben").auditLog();

        assertEquals(List.of(welcomeApproved, winbackSaved, welcomeSaved), log.query(AuditQuery.all()));
        assertEquals(List.of(welcomeApproved, welcomeSaved), log.query(AuditQuery.all().forObject("journey", "welcome")));
        assertEquals(List.of(welcomeApproved), log.query(AuditQuery.all().byActor("ben")));
        assertEquals(List.of(winbackSaved, welcomeSaved), log.query(AuditQuery.all().withAction("journey.saved")));
        assertEquals(List.of(winbackSaved), log.query(AuditQuery.all().between(TEN, ELEVEN)));
        assertEquals(List.of(welcomeApproved), log.query(AuditQuery.all().newest(1)));
    }

    @Test
    void anEntryStartedByTheStoreIsByTheCurrentPerson(TestWorkspaces workspaces) {
        AuditEntry entry = workspaces.as("dana").auditLog().newEntry("journey.submitted", "journey", "welcome");

        assertEquals("dana", entry.actor());
        assertEquals(entry, workspaces.as("dana").auditLog().append(entry).entry());
    }
}
