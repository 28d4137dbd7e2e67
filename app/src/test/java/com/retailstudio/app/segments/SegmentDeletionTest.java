package com.retailstudio.app.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.journeys.WorkspaceJourneyLibrary;
import com.retailstudio.app.workspace.AuditQuery;
import com.retailstudio.app.workspace.AuditRecord;
import com.retailstudio.app.workspace.DocumentStore;
import com.retailstudio.app.workspace.DocumentVersion;
import com.retailstudio.app.workspace.EditConflictException;
import com.retailstudio.app.workspace.OnBothWorkspaces;
import com.retailstudio.app.workspace.TestWorkspaces;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.app.workspace.WorkspaceException;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.library.SegmentInUseException;
import com.retailstudio.designer.library.SegmentUse;
import com.retailstudio.designer.library.SegmentVersion;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.designer.model.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deleting a saved segment: it leaves the list and is audited, its versions stay readable; refused, naming them,
 * while a journey's draft or saved version takes its audience from it.
 */
@OnBothWorkspaces
class SegmentDeletionTest {

    private Workspace workspace;
    private WorkspaceSegmentLibrary segments;
    private WorkspaceJourneyLibrary journeys;

    @BeforeEach
    void open(TestWorkspaces workspaces) {
        workspace = workspaces.as("ana");
        segments = new WorkspaceSegmentLibrary(workspace);
        journeys = new WorkspaceJourneyLibrary(workspace, new ReviewWorkflow(workspace, DocumentChecks.forReview()));
    }

    private static Segment gold(String tier) {
        return new Segment("gold-email", "Gold with e-mail consent", "", Condition.Group.all(
                new Condition.Comparison("loyalty_tier", Operator.EQUALS, new ConditionValue.TextValue(tier))));
    }

    private static Journey cartRecoveryFor(SegmentVersion audience) {
        Journey cart = JourneyTemplates.load("cart-abandonment").orElseThrow();
        return cart.withAudienceSegment(audience.reference(), audience.segment().conditions());
    }

    @Test
    void aDeletedSegmentLeavesTheListKeepsItsVersionsAndItsIdAndIsAudited() {
        segments.save(gold("GOLD"), 0);
        segments.save(gold("PLATINUM"), 1);
        segments.save(new Segment("vip", "VIP", "", Condition.Group.always()), 0);

        segments.delete("gold-email", 2);

        assertEquals(List.of("vip"), segments.list().stream().map(v -> v.segment().id()).toList());
        assertEquals(List.of(2, 1), segments.history("gold-email").stream().map(SegmentVersion::number).toList(),
                "the versions stay readable (an old journey file or review names them)");
        assertEquals(Set.of("gold-email", "vip"), segments.takenIds());
        assertEquals(List.of("vip"), new WorkspaceSegmentLibrary(workspace).list().stream()
                .map(v -> v.segment().id()).toList(), "a fresh library over the workspace reads the same");
        List<AuditRecord> audited = workspace.auditLog().query(AuditQuery.all()).stream().filter(r ->
                r.entry().action().equals(DocumentStore.SAVED) && r.entry().objectId().equals("gold-email")).toList();
        assertEquals(3, audited.size(), "two saves and the deletion");
        assertTrue(audited.stream().anyMatch(r -> r.entry().comment().orElse("").contains("status deleted")),
                "the deletion is audited: " + audited);
    }

    @Test
    void aSegmentAJourneyDraftUsesIsNotDeletedAndTheRefusalNamesTheJourney() {
        SegmentVersion v1 = segments.save(gold("GOLD"), 0);
        Journey cart = cartRecoveryFor(v1);
        journeys.saveDraft(cart);

        SegmentInUseException refused = assertThrows(SegmentInUseException.class,
                () -> segments.delete("gold-email", 1));
        assertEquals(List.of(new SegmentUse(cart.id(), cart.name(), List.of("draft"))), refused.uses());
        assertEquals("“Gold with e-mail consent” cannot be deleted: it is the audience of “" + cart.name()
                + "” (draft). Choose another audience for that journey first.", refused.getMessage());
        assertEquals(1, segments.list().size(), "nothing was written");
    }

    @Test
    void aSavedJourneyVersionKeepsTheSegmentAfterItsDraftMovedOn() {
        SegmentVersion v1 = segments.save(gold("GOLD"), 0);
        Journey cart = cartRecoveryFor(v1);
        journeys.saveVersion(cart);
        journeys.saveDraft(cart.withAudience(Condition.Group.always()));

        SegmentInUseException refused = assertThrows(SegmentInUseException.class,
                () -> segments.delete("gold-email", 1));
        assertEquals(List.of(new SegmentUse(cart.id(), cart.name(), List.of("v1"))), refused.uses());

        journeys.deleteDraft(cart.id());
        assertThrows(SegmentInUseException.class, () -> segments.delete("gold-email", 1),
                "a saved version counts even when the journey has no draft any more");
    }

    @Test
    void aFailureInTheMiddleOfADeletionLeavesEverythingAsItWas() {
        segments.save(gold("GOLD"), 0);
        int auditedBefore = workspace.auditLog().query(AuditQuery.all()).size();
        List<String> statusWhileCheckingUsers = new ArrayList<>();
        WorkspaceSegmentLibrary breaking = new WorkspaceSegmentLibrary(workspace, segmentId -> {
            // the deletion's own transaction: its version is written by now, and this failure must take it back
            statusWhileCheckingUsers.add(workspace.documents().latest(WorkspaceSegmentLibrary.KIND, segmentId)
                    .orElseThrow().status());
            throw new WorkspaceException("The connection to the workspace broke.");
        });

        assertThrows(WorkspaceException.class, () -> breaking.delete("gold-email", 1));

        assertEquals(List.of(WorkspaceSegmentLibrary.DELETED), statusWhileCheckingUsers,
                "the failure came after the deletion was written, in the middle of it");
        assertEquals(List.of(1), workspace.documents().history(WorkspaceSegmentLibrary.KIND, "gold-email").stream()
                .map(DocumentVersion::version).toList(), "no deleted version is left");
        assertEquals(List.of("gold-email"), segments.list().stream().map(v -> v.segment().id()).toList());
        assertEquals(auditedBefore, workspace.auditLog().query(AuditQuery.all()).size(), "no audit entry is left");

        segments.delete("gold-email", 1);
        assertEquals(List.of(), segments.list(), "the workspace is usable and the next deletion goes through");
    }

    @Test
    void aDeletionOverANewerVersionIsRefused() {
        segments.save(gold("GOLD"), 0);
        segments.save(gold("PLATINUM"), 1);
        assertThrows(EditConflictException.class, () -> segments.delete("gold-email", 1));
        assertEquals(1, segments.list().size());
    }
}
