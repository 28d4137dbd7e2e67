package com.retailstudio.app.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.workspace.AuditQuery;
import com.retailstudio.app.workspace.AuditRecord;
import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.OnBothWorkspaces;
import com.retailstudio.app.workspace.Review;
import com.retailstudio.app.workspace.ReviewState;
import com.retailstudio.app.workspace.TestWorkspaces;
import com.retailstudio.app.workspace.Workspace;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The review workflow behaves the same on a workspace folder and on a team workspace. */
@OnBothWorkspaces
class FourEyesOnEveryWorkspaceTest {

    private static final String JOURNEY = "journey";

    private TestWorkspaces workspaces;

    @BeforeEach
    void anaSubmitsWelcome(TestWorkspaces workspaces) {
        this.workspaces = workspaces;
        Workspace ana = workspaces.as("ana");
        ana.documents().saveDocument(new DocumentDraft(JOURNEY, "welcome", "draft", "{\"v\":1}"));
        workflow(ana).submit(JOURNEY, "welcome", "ana");
    }

    private static ReviewWorkflow workflow(Workspace workspace) {
        return new ReviewWorkflow(workspace, Map.of());
    }

    @Test
    void theAuthorCannotApproveAndSomeoneElseCanWithTheAuditLogSayingWho() {
        Workspace ana = workspaces.as("ana");
        ReviewRefusedException refused = assertThrows(ReviewRefusedException.class,
                () -> workflow(ana).approve(JOURNEY, "welcome", "ana", Optional.empty()));
        assertTrue(refused.getMessage().contains("four-eyes"), refused.getMessage());

        Workspace ben = workspaces.as("ben");
        Review approved = workflow(ben).approve(JOURNEY, "welcome", "ben", Optional.of("Caps checked"));

        assertEquals(ReviewState.APPROVED, approved.state());
        assertEquals(Optional.of("ben"), approved.decidedBy());
        assertEquals(List.of(), workflow(ben).queue());
        AuditRecord newest = ben.auditLog().query(AuditQuery.all().newest(1)).get(0);
        assertEquals(List.of("ben", ReviewWorkflow.APPROVED, "Caps checked"), List.of(newest.entry().actor(),
                newest.entry().action(), newest.entry().comment().orElseThrow()));
    }

    @Test
    void changesRequestedSendTheVersionBackAndItCanNoLongerBeApproved() {
        Workspace ben = workspaces.as("ben");
        workflow(ben).requestChanges(JOURNEY, "welcome", "ben", "Add a holdout");

        assertEquals(ReviewState.CHANGES_REQUESTED, ben.reviews().find(JOURNEY, "welcome", 1).orElseThrow().state());
        assertThrows(ReviewRefusedException.class,
                () -> workflow(ben).approve(JOURNEY, "welcome", "ben", Optional.empty()));
    }

    @Test
    void aVersionIsSubmittedOnce() {
        ReviewRefusedException refused = assertThrows(ReviewRefusedException.class,
                () -> workflow(workspaces.as("ana")).submit(JOURNEY, "welcome", "ana"));
        assertTrue(refused.getMessage().contains("has already been submitted"), refused.getMessage());
    }
}
