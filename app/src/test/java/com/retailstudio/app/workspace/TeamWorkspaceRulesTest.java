package com.retailstudio.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The rules a team workspace's database enforces by itself: tested with plain SQL from other logins, as a client
 * that skips every check of Retail Studio would send it.
 */
@Tag("slow")
class TeamWorkspaceRulesTest {

    private static PostgresTestServer postgres;

    private WorkspaceLocation.Server server;
    private Workspace ana;

    @BeforeAll
    static void logins() {
        postgres = PostgresTestServer.get();
        postgres.login("ana", TeamRole.DESIGNER, TeamRole.REVIEWER);
        postgres.login("bob", TeamRole.REVIEWER);
        postgres.login("carol", TeamRole.DESIGNER);
        postgres.login("erin", TeamRole.ADMIN);
    }

    @BeforeEach
    void anaSubmitsAJourney() {
        server = postgres.newWorkspace();
        ana = Workspace.open(server.as("ana"), PostgresTestServer.PROMPT);
        DocumentVersion saved = ana.documents().saveDocument(new DocumentDraft("journey", "welcome", "draft", "{}"));
        ana.reviews().submit(saved, ana.currentUser(), "review.submitted");
    }

    @AfterEach
    void close() {
        ana.close();
    }

    @Test
    void thePersonIsTheLoginWhateverTheSettingsSay() {
        ana.settings().put(SettingsStore.DISPLAY_NAME, "bob");

        assertTrue(ana.isShared());
        assertEquals("ana", ana.currentUser());
        assertEquals("ana", ana.documents().latest("journey", "welcome").orElseThrow().author());
    }

    @Test
    void eachPersonHasTheirOwnSettings() {
        ana.settings().put(SettingsStore.THEME, "dark");
        try (Workspace bob = Workspace.open(server.as("bob"), PostgresTestServer.PROMPT)) {
            assertEquals(Optional.empty(), bob.settings().get(SettingsStore.THEME));
            bob.settings().put(SettingsStore.THEME, "light");
        }
        assertEquals(Optional.of("dark"), ana.settings().get(SettingsStore.THEME));
    }

    @Test
    void anAuthorApprovingTheirOwnVersionWithPlainSqlIsRefused() {
        SQLException refused = assertThrows(SQLException.class, () -> sql("ana",
                "UPDATE reviews SET state = 'APPROVED', decided_by = 'ana', decided_at = now()"
                        + " WHERE doc_id = 'welcome'"));

        assertTrue(refused.getMessage().contains("ana wrote journey 'welcome' v1 and cannot approve it"),
                refused.getMessage());
        assertEquals(ReviewState.IN_REVIEW, state());
    }

    @Test
    void spellingTheAuthorDifferentlyDoesNotHelpBecauseTheDeciderMustBeTheLogin() {
        for (String spelling : new String[] {"Ana", "ana ", "\u0430na", "ana\u00a0", "a\u200bna"}) {
            SQLException refused = assertThrows(SQLException.class, () -> sql("ana",
                    "UPDATE reviews SET state = 'APPROVED', decided_by = '" + spelling + "', decided_at = now()"
                            + " WHERE doc_id = 'welcome'"));
            assertTrue(refused.getMessage().contains("must be the signed-in person, ana"), refused.getMessage());
        }
        assertEquals(ReviewState.IN_REVIEW, state());
    }

    @Test
    void aDesignerWhoIsNotAReviewerCannotApprove() {
        SQLException refused = assertThrows(SQLException.class, () -> sql("carol",
                "UPDATE reviews SET state = 'APPROVED', decided_by = 'carol', decided_at = now()"
                        + " WHERE doc_id = 'welcome'"));

        assertTrue(refused.getMessage().contains("need the retail_reviewer role"), refused.getMessage());
    }

    @Test
    void aReviewerApprovesOnlyAVersionInReviewAndOnlyAsThemselves() throws SQLException {
        assertThrows(SQLException.class, () -> sql("bob",
                "UPDATE reviews SET state = 'APPROVED', decided_by = 'ana', decided_at = now() WHERE doc_id = 'welcome'"));

        sql("bob", "UPDATE reviews SET state = 'APPROVED', decided_by = 'bob', decided_at = now()"
                + " WHERE doc_id = 'welcome'");
        assertEquals(ReviewState.APPROVED, state());

        SQLException again = assertThrows(SQLException.class, () -> sql("bob",
                "UPDATE reviews SET state = 'CHANGES_REQUESTED', decided_by = 'bob', decided_at = now()"
                        + " WHERE doc_id = 'welcome'"));
        assertTrue(again.getMessage().contains("only a version in review"), again.getMessage());
    }

    @Test
    void aVersionCannotBeInsertedAsAlreadyApprovedNorSubmittedInSomeoneElsesName() {
        SQLException approvedAtOnce = assertThrows(SQLException.class, () -> sql("carol",
                "INSERT INTO documents (kind, doc_id, version, status, author, body, created_at)"
                        + " VALUES ('journey', 'mine', 1, 'draft', 'carol', '{}', now());"
                        + "INSERT INTO reviews (kind, doc_id, version, state, author, submitted_by, submitted_at,"
                        + " decided_by, decided_at) VALUES ('journey', 'mine', 1, 'APPROVED', 'carol', 'carol', now(),"
                        + " 'bob', now())"));
        assertTrue(approvedAtOnce.getMessage().contains("can only be submitted for review"),
                approvedAtOnce.getMessage());

        SQLException forged = assertThrows(SQLException.class, () -> sql("carol",
                "INSERT INTO documents (kind, doc_id, version, status, author, body, created_at)"
                        + " VALUES ('journey', 'forged', 1, 'draft', 'bob', '{}', now())"));
        assertTrue(forged.getMessage().contains("must be the signed-in person, carol"), forged.getMessage());
    }

    @Test
    void theDatabaseAllowsOneActiveDataSet() {
        ana.dataSets().register("Sample", Path.of("/data/sample"), "a".repeat(64));
        ana.dataSets().register("Other", Path.of("/data/other"), "b".repeat(64));

        assertThrows(SQLException.class, () -> sql("ana", "UPDATE data_sets SET active = TRUE"));
        assertEquals("Other", ana.dataSets().active().orElseThrow().name());
    }

    @Test
    void theAuditLogCannotBeChangedByTheTeamNorByItsOwner() {
        SQLException designer = assertThrows(SQLException.class, () -> sql("ana", "DELETE FROM audit_log"));
        assertTrue(designer.getMessage().contains("permission denied"), designer.getMessage());
        SQLException admin = assertThrows(SQLException.class, () -> sql("erin",
                "UPDATE audit_log SET actor = 'nobody'"));
        assertTrue(admin.getMessage().contains("permission denied"), admin.getMessage());
        SQLException owner = assertThrows(SQLException.class, () -> sql(PostgresTestServer.SUPERUSER,
                "DELETE FROM audit_log"));
        assertTrue(owner.getMessage().contains("The audit log is append-only"), owner.getMessage());
        SQLException forged = assertThrows(SQLException.class, () -> sql("ana",
                "INSERT INTO audit_log (at, actor, action, object_type, object_id) VALUES (now(), 'bob',"
                        + " 'review.approved', 'journey', 'welcome')"));
        assertTrue(forged.getMessage().contains("must be the signed-in person, ana"), forged.getMessage());
    }

    @Test
    void theAppsOwnStepsPassTheSameRules() {
        try (Workspace bob = Workspace.open(server.as("bob"), PostgresTestServer.PROMPT)) {
            Review approved = bob.reviews().move("journey", "welcome", 1, EnumSet.of(ReviewState.IN_REVIEW),
                    ReviewState.APPROVED, bob.currentUser(), Optional.of("fine"), "review.approved");
            assertEquals(Optional.of("bob"), approved.decidedBy());
        }
        WorkspaceRefusedException refused = assertThrows(WorkspaceRefusedException.class, () -> ana.reviews().move(
                "journey", "welcome", 1, EnumSet.of(ReviewState.APPROVED), ReviewState.ARCHIVED, ana.currentUser(),
                Optional.empty(), "review.archived"));
        assertTrue(refused.getMessage().contains("only an admin or the person who decided it"),
                refused.getMessage());
    }

    @Test
    void aPersonRegistersOnlyTheirOwnKeyAndKeysNeverChange() throws SQLException {
        SQLException forged = assertThrows(SQLException.class, () -> sql("carol",
                "INSERT INTO signing_keys (key_id, person, algorithm, public_key, registered_at)"
                        + " VALUES ('k-bob', 'bob', 'Ed25519', 'AAAA', now())"));
        assertTrue(forged.getMessage().contains("must be the signed-in person, carol"), forged.getMessage());

        sql("bob", "INSERT INTO signing_keys (key_id, person, algorithm, public_key, registered_at)"
                + " VALUES ('k-bob', 'bob', 'Ed25519', 'AAAA', now())");
        SQLException swapped = assertThrows(SQLException.class, () -> sql("bob",
                "UPDATE signing_keys SET public_key = 'BBBB' WHERE key_id = 'k-bob'"));
        assertTrue(swapped.getMessage().contains("permission denied")
                || swapped.getMessage().contains("Registered keys never change"), swapped.getMessage());
    }

    @Test
    void anApprovalIsSignedOnlyByItsApproverWithTheirOwnKey() throws SQLException {
        sql("bob", "INSERT INTO signing_keys (key_id, person, algorithm, public_key, registered_at)"
                + " VALUES ('k-bob', 'bob', 'Ed25519', 'AAAA', now())");
        sql("ana", "INSERT INTO signing_keys (key_id, person, algorithm, public_key, registered_at)"
                + " VALUES ('k-ana', 'ana', 'Ed25519', 'AAAA', now())");
        String signature = "INSERT INTO approval_signatures (kind, doc_id, version, approved_by, key_id, signature,"
                + " signed_at) VALUES ('journey', 'welcome', 1, '%s', '%s', 'c2ln', now())";

        SQLException notApproved = assertThrows(SQLException.class, () -> sql("bob", signature.formatted("bob",
                "k-bob")));
        assertTrue(notApproved.getMessage().contains("bob did not approve journey 'welcome' v1"),
                notApproved.getMessage());

        sql("bob", "UPDATE reviews SET state = 'APPROVED', decided_by = 'bob', decided_at = now()"
                + " WHERE doc_id = 'welcome'");
        SQLException byTheAuthor = assertThrows(SQLException.class, () -> sql("ana", signature.formatted("bob",
                "k-bob")));
        assertTrue(byTheAuthor.getMessage().contains("must be the signed-in person, ana"),
                byTheAuthor.getMessage());
        SQLException othersKey = assertThrows(SQLException.class, () -> sql("bob", signature.formatted("bob",
                "k-ana")));
        assertTrue(othersKey.getMessage().contains("Key k-ana is not one of bob's keys"), othersKey.getMessage());

        sql("bob", signature.formatted("bob", "k-bob"));
        SQLException rewritten = assertThrows(SQLException.class, () -> sql("bob",
                "UPDATE approval_signatures SET signature = 'b3RoZXI=' WHERE doc_id = 'welcome'"));
        assertTrue(rewritten.getMessage().contains("permission denied")
                || rewritten.getMessage().contains("Approval signatures never change"), rewritten.getMessage());
    }

    private ReviewState state() {
        return ana.reviews().find("journey", "welcome", 1).orElseThrow().state();
    }

    private void sql(String login, String statements) throws SQLException {
        try (Connection connection = postgres.connect(server.database(), login);
             Statement statement = connection.createStatement()) {
            statement.execute(statements);
        }
    }
}
