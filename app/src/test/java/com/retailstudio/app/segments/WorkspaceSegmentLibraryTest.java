package com.retailstudio.app.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.workspace.AuditQuery;
import com.retailstudio.app.workspace.AuditRecord;
import com.retailstudio.app.workspace.DocumentStore;
import com.retailstudio.app.workspace.EditConflictException;
import com.retailstudio.app.workspace.OnBothWorkspaces;
import com.retailstudio.app.workspace.TestWorkspaces;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.app.workspace.WorkspaceException;
import com.retailstudio.designer.library.SegmentVersion;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.designer.model.Segment;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Saved segments are versioned workspace documents, on a workspace folder and on a team workspace alike. */
@OnBothWorkspaces
class WorkspaceSegmentLibraryTest {

    private TestWorkspaces workspaces;
    private Workspace workspace;

    @BeforeEach
    void open(TestWorkspaces workspaces) {
        this.workspaces = workspaces;
        workspace = workspaces.as("ana");
    }

    private static Segment gold(String tier) {
        return new Segment("gold-email", "Gold with e-mail consent", "", Condition.Group.all(
                new Condition.Comparison("loyalty_tier", Operator.EQUALS, new ConditionValue.TextValue(tier)),
                new Condition.Comparison("consent.email_marketing", Operator.EQUALS,
                        new ConditionValue.BooleanValue(true))));
    }

    @Test
    void everySaveIsANewVersionAndEveryVersionReadsBackAsSaved() {
        WorkspaceSegmentLibrary library = new WorkspaceSegmentLibrary(workspace);
        SegmentVersion first = library.save(gold("GOLD"), 0);
        SegmentVersion second = library.save(gold("PLATINUM"), 1);

        assertEquals(1, first.number());
        assertEquals(2, second.number());
        assertEquals("ana", second.author());
        assertEquals(List.of(gold("PLATINUM"), gold("GOLD")),
                library.history("gold-email").stream().map(SegmentVersion::segment).toList());
        assertEquals(gold("GOLD"), library.version("gold-email", 1).orElseThrow().segment());
        assertEquals(List.of(2), library.list().stream().map(SegmentVersion::number).toList());
        // a fresh library over the same workspace (another editor, a restart) reads the same
        assertEquals(gold("PLATINUM"), new WorkspaceSegmentLibrary(workspace).latest("gold-email").orElseThrow()
                .segment());
    }

    @Test
    void eachSaveIsAudited() {
        new WorkspaceSegmentLibrary(workspace).save(gold("GOLD"), 0);
        assertTrue(workspace.auditLog().query(AuditQuery.all()).stream().map(AuditRecord::entry).anyMatch(entry ->
                entry.action().equals(DocumentStore.SAVED) && entry.objectType().equals(WorkspaceSegmentLibrary.KIND)
                        && entry.objectId().equals("gold-email")), "a document.saved entry for the segment");
    }

    @Test
    void aSaveOverAnOlderVersionIsRefusedNamingWhoSavedTheNewerOne() {
        WorkspaceSegmentLibrary ana = new WorkspaceSegmentLibrary(workspace);
        ana.save(gold("GOLD"), 0);
        WorkspaceSegmentLibrary ben = new WorkspaceSegmentLibrary(workspaces.as("ben"));
        ben.save(gold("PLATINUM"), 1);

        workspaces.as("ana");
        EditConflictException conflict = assertThrows(EditConflictException.class,
                () -> ana.save(gold("SILVER"), 1));
        assertEquals("ben", conflict.changedBy());
        assertEquals(gold("PLATINUM"), ana.latest("gold-email").orElseThrow().segment());
    }

    @Test
    void aNewSegmentWhoseIdDiffersOnlyInCaseIsRefused() {
        WorkspaceSegmentLibrary library = new WorkspaceSegmentLibrary(workspace);
        library.save(gold("GOLD"), 0);
        Segment shouting = new Segment("GOLD-EMAIL", "Shouting", "", Condition.Group.always());
        WorkspaceException refused = assertThrows(WorkspaceException.class, () -> library.save(shouting, 0));
        assertTrue(refused.getMessage().contains("differs from it only in case"), refused.getMessage());
        assertEquals(1, library.list().size());
    }
}
