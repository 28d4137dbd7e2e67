package com.retailstudio.app.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.approval.PortfolioRulesCheck;
import com.retailstudio.app.approval.ReviewRefusedException;
import com.retailstudio.app.approval.ReviewTitles;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.workspace.AuditQuery;
import com.retailstudio.app.workspace.AuditRecord;
import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.DocumentStore;
import com.retailstudio.app.workspace.EditConflictException;
import com.retailstudio.app.workspace.OnBothWorkspaces;
import com.retailstudio.app.workspace.Review;
import com.retailstudio.app.workspace.ReviewState;
import com.retailstudio.app.workspace.TestWorkspaces;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.library.PortfolioRulesVersion;
import com.retailstudio.designer.library.SubmissionRefusedException;
import com.retailstudio.designer.model.FrequencyCap;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.PortfolioRules;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Portfolio rules are versioned workspace documents reviewed like journeys, on a folder and a team workspace. */
@OnBothWorkspaces
class WorkspacePortfolioLibraryTest {

    private TestWorkspaces workspaces;
    private Workspace workspace;

    @BeforeEach
    void open(TestWorkspaces workspaces) {
        this.workspaces = workspaces;
        workspace = workspaces.as("ana");
    }

    private static PortfolioRules rules(int emailsPerWeek) {
        return new PortfolioRules("default", "Default rules",
                List.of(FrequencyCap.of(JourneyChannel.EMAIL, emailsPerWeek, Duration.ofDays(7))), 5,
                List.of("cart-abandonment", "welcome-series"), List.of(), Set.of());
    }

    private static WorkspacePortfolioLibrary library(Workspace workspace) {
        return new WorkspacePortfolioLibrary(workspace, new ReviewWorkflow(workspace, DocumentChecks.forReview()));
    }

    @Test
    void everySaveIsANewAuditedVersionThatReadsBackAsSaved() {
        WorkspacePortfolioLibrary library = library(workspace);
        assertEquals(1, library.save(rules(3), 0).number());
        PortfolioRulesVersion second = library.save(rules(2), 1);

        assertEquals(2, second.number());
        assertEquals("ana", second.author());
        assertEquals(List.of(rules(2), rules(3)),
                library(workspace).history("default").stream().map(PortfolioRulesVersion::rules).toList());
        assertEquals(List.of("default"), library.ids());
        assertTrue(workspace.auditLog().query(AuditQuery.all()).stream().map(AuditRecord::entry).anyMatch(entry ->
                entry.action().equals(DocumentStore.SAVED) && entry.objectType().equals(PortfolioRulesCheck.KIND)
                        && entry.objectId().equals("default")), "a document.saved entry for the rules");
    }

    @Test
    void aSaveOverAnOlderVersionIsRefusedNamingWhoSavedTheNewerOne() {
        WorkspacePortfolioLibrary ana = library(workspace);
        ana.save(rules(3), 0);
        library(workspaces.as("ben")).save(rules(1), 1);

        workspaces.as("ana");
        EditConflictException conflict = assertThrows(EditConflictException.class, () -> ana.save(rules(4), 1));
        assertEquals("ben", conflict.changedBy());
        assertEquals(rules(1), ana.latest("default").orElseThrow().rules());
    }

    @Test
    void rulesAreReviewedWithFourEyesAndEveryStepIsAudited() {
        library(workspace).save(rules(3), 0);
        PortfolioRulesVersion submitted = library(workspace).submitForReview("default");
        assertEquals("in review", submitted.reviewState());

        ReviewWorkflow asAna = new ReviewWorkflow(workspace, DocumentChecks.forReview());
        ReviewRefusedException own = assertThrows(ReviewRefusedException.class,
                () -> asAna.approve(PortfolioRulesCheck.KIND, "default", "ana", Optional.empty()));
        assertTrue(own.getMessage().contains("four-eyes"), own.getMessage());

        Workspace ben = workspaces.as("ben");
        ReviewWorkflow asBen = new ReviewWorkflow(ben, DocumentChecks.forReview());
        asBen.requestChanges(PortfolioRulesCheck.KIND, "default", "ben", "Two e-mails a week at most");
        assertEquals("changes requested", library(ben).latest("default").orElseThrow().reviewState());

        workspaces.as("ana");
        library(workspace).save(rules(2), 1);
        library(workspace).submitForReview("default");
        workspaces.as("ben");
        asBen.approve(PortfolioRulesCheck.KIND, "default", "ben", Optional.of("Caps checked"));

        Review approved = ben.reviews().find(PortfolioRulesCheck.KIND, "default", 2).orElseThrow();
        assertEquals(ReviewState.APPROVED, approved.state());
        assertEquals("portfolio rules 'Default rules' v2", new ReviewTitles(ben).title(approved));
        List<String> actions = ben.auditLog().query(AuditQuery.all().forObject(PortfolioRulesCheck.KIND, "default"))
                .stream().map(record -> record.entry().action()).toList();
        assertTrue(actions.containsAll(List.of(ReviewWorkflow.SUBMITTED, ReviewWorkflow.CHANGES_REQUESTED,
                ReviewWorkflow.APPROVED)), actions.toString());
    }

    @Test
    void rulesThatDoNotReadCannotBeSubmitted() {
        workspace.documents().saveDocument(new DocumentDraft(PortfolioRulesCheck.KIND, "broken", "saved",
                "{\"schemaVersion\": 1, \"id\": \"broken\"}"));
        SubmissionRefusedException refused = assertThrows(SubmissionRefusedException.class,
                () -> library(workspace).submitForReview("broken"));
        assertTrue(refused.getMessage().contains("the portfolio rules cannot be read: /name: is required"),
                refused.getMessage());
    }
}
