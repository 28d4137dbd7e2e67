package com.retailstudio.app.workspace;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Views hear of another person's action within two seconds (the review queue and audit view refresh on it). */
@OnBothWorkspaces
class WorkspaceChangesTest {

    @Test
    void anApprovalByAnotherPersonIsNoticedWithinTwoSeconds(TestWorkspaces workspaces) throws Exception {
        Workspace ana = workspaces.as("ana");
        DocumentVersion saved = ana.documents().saveDocument(new DocumentDraft("journey", "welcome", "draft", "{}"));
        ana.reviews().submit(saved, "ana", "review.submitted");
        CountDownLatch noticed = new CountDownLatch(1);
        ana.changes().subscribe(noticed::countDown);

        // On PostgreSQL bob is another connection; on H2 the same process under another name.
        Workspace bob = workspaces.as("bob");
        bob.reviews().move("journey", "welcome", 1, EnumSet.of(ReviewState.IN_REVIEW), ReviewState.APPROVED, "bob",
                Optional.empty(), "review.approved");

        assertTrue(noticed.await(2, TimeUnit.SECONDS), "no change noticed within 2 s");
    }
}
