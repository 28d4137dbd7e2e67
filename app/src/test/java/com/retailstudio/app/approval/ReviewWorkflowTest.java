package com.retailstudio.app.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.workspace.AuditQuery;
import com.retailstudio.app.workspace.AuditRecord;
import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.Review;
import com.retailstudio.app.workspace.ReviewState;
import com.retailstudio.app.workspace.SettingsStore;
import com.retailstudio.app.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewWorkflowTest {

    private static final String JOURNEY = "journey";

    @TempDir
    Path folder;

    private Workspace workspace;
    private ReviewWorkflow workflow;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        SubmissionCheck noBasePrices = version -> version.body().contains("basePrice")
                ? List.of("the journey personalises the base price") : List.of();
        workflow = new ReviewWorkflow(workspace, Map.of(JOURNEY, noBasePrices));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void saveAs(String author, String id, String body) {
        workspace.settings().put(SettingsStore.DISPLAY_NAME, author);
        workspace.documents().saveDocument(new DocumentDraft(JOURNEY, id, "draft", body));
    }

    @Test
    void submittingFreezesTheLatestVersionAndQueuesIt() {
        saveAs("ana", "welcome", "{\"v\":1}");
        saveAs("ana", "welcome", "{\"v\":2}");

        Review review = workflow.submit(JOURNEY, "welcome", "ana");

        assertEquals(2, review.version());
        assertEquals(ReviewState.IN_REVIEW, review.state());
        assertEquals("ana", review.author());
        assertEquals(List.of(review), workflow.queue());
    }

    @Test
    void theAuthorCannotApproveTheirOwnVersion() {
        saveAs("ana", "welcome", "{}");
        workflow.submit(JOURNEY, "welcome", "ana");

        ReviewRefusedException refused = assertThrows(ReviewRefusedException.class,
                () -> workflow.approve(JOURNEY, "welcome", "ana", Optional.empty()));

        assertEquals("ana wrote journey 'welcome' v1 and cannot approve it; someone else must review it (four-eyes).",
                refused.getMessage());
        assertEquals(ReviewState.IN_REVIEW, workspace.reviews().find(JOURNEY, "welcome", 1).orElseThrow().state());
    }

    @Test
    void anotherPersonApprovesAndTheAuditLogSaysWhoWhatAndWhy() {
        saveAs("ana", "welcome", "{}");
        workflow.submit(JOURNEY, "welcome", "ana");

        Review approved = workflow.approve(JOURNEY, "welcome", "ben", Optional.of("Caps look right"));

        assertEquals(ReviewState.APPROVED, approved.state());
        assertEquals(Optional.of("ben"), approved.decidedBy());
        assertTrue(workflow.queue().isEmpty());
        List<AuditRecord> trail = workspace.auditLog().query(AuditQuery.all().forObject(JOURNEY, "welcome"));
        AuditRecord newest = trail.get(0);
        assertEquals(ReviewWorkflow.APPROVED, newest.entry().action());
        assertEquals("ben", newest.entry().actor());
        assertEquals(Optional.of(1), newest.entry().objectVersion());
        assertEquals(Optional.of("Caps look right"), newest.entry().comment());
        assertEquals(ReviewWorkflow.SUBMITTED, trail.get(1).entry().action());
    }

    @Test
    void requestingChangesNeedsACommentAndSendsTheVersionBack() {
        saveAs("ana", "welcome", "{}");
        workflow.submit(JOURNEY, "welcome", "ana");

        assertThrows(ReviewRefusedException.class, () -> workflow.requestChanges(JOURNEY, "welcome", "ben", " "));
        Review sentBack = workflow.requestChanges(JOURNEY, "welcome", "ben", "Add quiet hours for push");

        assertEquals(ReviewState.CHANGES_REQUESTED, sentBack.state());
        assertEquals(Optional.of("Add quiet hours for push"), sentBack.comment());

        saveAs("ana", "welcome", "{\"quietHours\":true}");
        assertEquals(2, workflow.submit(JOURNEY, "welcome", "ana").version());
    }

    @Test
    void aVersionWithBlockingProblemsCannotBeSubmitted() {
        saveAs("ana", "promo", "{\"basePrice\":9.99}");

        ReviewRefusedException refused = assertThrows(ReviewRefusedException.class,
                () -> workflow.submit(JOURNEY, "promo", "ana"));

        assertTrue(refused.getMessage().contains("the journey personalises the base price"), refused.getMessage());
        assertTrue(workflow.queue().isEmpty());
    }

    @Test
    void aDecidedVersionCannotBeDecidedAgain() {
        saveAs("ana", "welcome", "{}");
        workflow.submit(JOURNEY, "welcome", "ana");
        workflow.approve(JOURNEY, "welcome", "ben", Optional.empty());

        ReviewRefusedException refused = assertThrows(ReviewRefusedException.class,
                () -> workflow.approve(JOURNEY, "welcome", "cleo", Optional.empty()));

        assertTrue(refused.getMessage().contains("waiting for review"), refused.getMessage());
    }

    @Test
    void onlyApprovedVersionsCanBeExportedAndAnyCanBeArchived() {
        saveAs("ana", "welcome", "{}");
        workflow.submit(JOURNEY, "welcome", "ana");

        assertThrows(ReviewRefusedException.class, () -> workflow.markExported(JOURNEY, "welcome", 1, "ben", "b1"));
        workflow.approve(JOURNEY, "welcome", "ben", Optional.empty());
        assertEquals(ReviewState.EXPORTED, workflow.markExported(JOURNEY, "welcome", 1, "ben", "b1").state());
        assertEquals(ReviewState.ARCHIVED,
                workflow.archive(JOURNEY, "welcome", 1, "ben", Optional.of("season over")).state());
    }

    @Test
    void submittingTheSameVersionTwiceIsRefused() {
        saveAs("ana", "welcome", "{}");
        workflow.submit(JOURNEY, "welcome", "ana");

        ReviewRefusedException refused = assertThrows(ReviewRefusedException.class,
                () -> workflow.submit(JOURNEY, "welcome", "ana"));

        assertEquals("journey 'welcome' v1 has already been submitted (it is in review) and nothing has changed "
                + "since; change it to submit a new version.", refused.getMessage());
    }
}
