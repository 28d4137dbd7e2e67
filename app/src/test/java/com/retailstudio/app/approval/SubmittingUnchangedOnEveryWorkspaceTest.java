package com.retailstudio.app.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.journeys.WorkspaceJourneyLibrary;
import com.retailstudio.app.plans.MarkdownPlanDocument;
import com.retailstudio.app.plans.SamplePlan;
import com.retailstudio.app.workspace.OnBothWorkspaces;
import com.retailstudio.app.workspace.Review;
import com.retailstudio.app.workspace.ReviewState;
import com.retailstudio.app.workspace.TestWorkspaces;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.io.JourneyFormatException;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.library.SubmissionRefusedException;
import com.retailstudio.designer.model.Journey;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue #15 item 10: submitting never duplicates an unchanged version, and a review compares with what was approved. */
@OnBothWorkspaces
class SubmittingUnchangedOnEveryWorkspaceTest {

    private Workspace ana;
    private TestWorkspaces workspaces;
    private final Journey cart = JourneyTemplates.load("cart-abandonment").orElseThrow();

    @BeforeEach
    void open(TestWorkspaces workspaces) {
        this.workspaces = workspaces;
        ana = workspaces.as("ana");
    }

    private static WorkspaceJourneyLibrary library(Workspace workspace) {
        return new WorkspaceJourneyLibrary(workspace, new ReviewWorkflow(workspace, DocumentChecks.forReview()));
    }

    private static Journey withLongerWait(Journey journey) {
        return edited(journey, "\"duration\": \"1h\"", "\"duration\": \"2h\"");
    }

    private static Journey edited(Journey journey, String from, String to) {
        String json = JourneyJson.toJson(journey);
        assertTrue(json.contains(from), json);
        try {
            return JourneyJson.parse(json.replace(from, to));
        } catch (JourneyFormatException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void saveVersionThenSubmitSubmitsThatVersionInsteadOfACopyOfIt() {
        WorkspaceJourneyLibrary library = library(ana);
        assertEquals(1, library.saveVersion(cart));
        assertEquals(1, library.saveVersion(cart), "saving an unchanged journey again adds no version");

        assertEquals(1, library.submitForReview(cart));

        assertEquals(1, ana.documents().history(DocumentChecks.JOURNEY, cart.id()).size());
        assertEquals(ReviewState.IN_REVIEW, ana.reviews().find(DocumentChecks.JOURNEY, cart.id(), 1).orElseThrow()
                .state());
    }

    @Test
    void submittingAnUnchangedJourneyAgainIsRefusedInOneSentenceAndQueuesNothing() {
        WorkspaceJourneyLibrary library = library(ana);
        library.submitForReview(cart);

        SubmissionRefusedException refused = assertThrows(SubmissionRefusedException.class,
                () -> library.submitForReview(cart));

        assertEquals("journey 'cart-abandonment' v1 has already been submitted (it is in review) and nothing has "
                + "changed since; change it to submit a new version.", refused.getMessage());
        assertEquals(1, ana.documents().history(DocumentChecks.JOURNEY, cart.id()).size());
        assertEquals(1, new ReviewWorkflow(ana, DocumentChecks.forReview()).queue().size());
    }

    @Test
    void clickingSubmitTwiceOnAPlanQueuesItOnce() {
        MarkdownPlanDocument plan = SamplePlan.document("autumn");
        Review first = MarkdownPlans.submit(ana, plan, "ana");

        ReviewRefusedException refused = assertThrows(ReviewRefusedException.class,
                () -> MarkdownPlans.submit(ana, SamplePlan.document("autumn"), "ana"));

        assertTrue(refused.getMessage().startsWith("markdown plan 'autumn' v1 has already been submitted (it is in review)"),
                refused.getMessage());
        assertEquals(List.of(first), new ReviewWorkflow(ana, DocumentChecks.forReview()).queue());
        assertEquals(1, ana.documents().history(MarkdownPlanDocument.KIND, "autumn").size());
    }

    @Test
    void aReviewWithNothingApprovedShowsTheJourneyAsNewWithTheMarketersEdits() {
        WorkspaceJourneyLibrary library = library(ana);
        library.saveVersion(cart);
        library.submitForReview(withLongerWait(cart));
        Review second = ana.reviews().find(DocumentChecks.JOURNEY, cart.id(), 2).orElseThrow();

        ReviewChanges changes = ReviewChanges.of(ana, second);

        assertEquals(ReviewChanges.NOTHING_APPROVED, changes.comparedWith());
        assertTrue(changes.lines().get(0).startsWith("+ a new journey \"Cart abandonment\""), changes.lines().toString());
        assertTrue(changes.journeys().orElseThrow().compared().isEmpty());
    }

    @Test
    void aReviewComparesWithTheLastApprovedVersionNotTheNewestOne() {
        WorkspaceJourneyLibrary library = library(ana);
        library.submitForReview(cart);
        new ReviewWorkflow(workspaces.as("ben"), DocumentChecks.forReview())
                .approve(DocumentChecks.JOURNEY, cart.id(), "ben", Optional.empty());
        Workspace again = workspaces.as("ana");
        library(again).saveVersion(edited(cart, "\"name\": \"Cart abandonment\"", "\"name\": \"Cart rescue\""));
        library(again).submitForReview(withLongerWait(cart));
        Review third = again.reviews().find(DocumentChecks.JOURNEY, cart.id(), 3).orElseThrow();

        ReviewChanges changes = ReviewChanges.of(again, third);

        assertEquals("v1 (approved)", changes.comparedWith());
        assertEquals(1, changes.lines().size(), changes.lines().toString());
        assertTrue(changes.lines().get(0).contains("2 hours"), changes.lines().toString());
    }
}
