package com.retailstudio.app.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.plans.MarkdownPlanDocument;
import com.retailstudio.app.plans.PlanPriceDifference;
import com.retailstudio.app.plans.SamplePlan;
import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.Review;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.JourneyStructureDiff;
import com.retailstudio.markdown.model.PriceChange;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewChangesTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private ReviewWorkflow workflow;
    private final String original = JourneyTemplates.json("cart-abandonment").orElseThrow();

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        workflow = new ReviewWorkflow(workspace, DocumentChecks.forReview());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Review submit(String body) {
        workspace.documents().saveDocumentAs(new DocumentDraft("journey", "cart", "draft", body), "ana");
        return workflow.submit("journey", "cart", "ana");
    }

    @Test
    void aFirstVersionIsDescribedAsNew() {
        ReviewChanges changes = ReviewChanges.of(workspace, submit(original));

        assertEquals(ReviewChanges.NOTHING_APPROVED, changes.comparedWith());
        assertEquals(1, changes.lines().size());
        assertTrue(changes.lines().get(0).startsWith("+ a new journey \"Cart abandonment\""), changes.lines().toString());
    }

    @Test
    void aLaterVersionIsComparedWithTheLastApprovedOne() {
        submit(original);
        workflow.approve("journey", "cart", "ben", Optional.empty());
        workspace.documents().saveDocumentAs(new DocumentDraft("journey", "cart", "draft", original), "ana");
        Review third = submit(original.replace("\"duration\": \"1h\"", "\"duration\": \"2h\""));

        ReviewChanges changes = ReviewChanges.of(workspace, third);

        assertEquals("v1 (approved)", changes.comparedWith());
        List<String> lines = changes.lines();
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("~ ") && lines.get(0).contains("2 hours"), lines.toString());
    }

    @Test
    void aJourneyReviewCarriesBothVersionsTheirMarksAndTheStepOfEachLine() {
        submit(original);
        workflow.approve("journey", "cart", "ben", Optional.empty());
        Review second = submit(original.replace("\"duration\": \"1h\"", "\"duration\": \"2h\""));

        ReviewChanges changes = ReviewChanges.of(workspace, second);

        JourneyVersions versions = changes.journeys().orElseThrow();
        assertEquals(Optional.of("v1 (approved)"), versions.comparedLabel());
        assertEquals(1, versions.compared().orElseThrow().node("wait-1h").map(node ->
                ((JourneyNode.Wait) node).duration().toHours()).orElseThrow());
        assertEquals(2, versions.underReviewNumber());
        assertEquals(Map.of("wait-1h", JourneyStructureDiff.StepChange.CHANGED), versions.marks().steps());
        assertEquals(List.of(Optional.of("wait-1h")), changes.lineSteps());
    }

    @Test
    void aFirstJourneyVersionIsDrawnAloneWithEveryStepAdded() {
        ReviewChanges changes = ReviewChanges.of(workspace, submit(original));

        JourneyVersions versions = changes.journeys().orElseThrow();
        assertTrue(versions.compared().isEmpty());
        assertEquals(versions.underReview().nodes().size(), versions.marks().steps().size());
        assertTrue(versions.marks().steps().values().stream()
                .allMatch(change -> change == JourneyStructureDiff.StepChange.ADDED));
    }

    private Review submitPlan(MarkdownPlanDocument plan) {
        MarkdownPlans.save(workspace, plan, "mia");
        return workflow.submit(MarkdownPlanDocument.KIND, plan.id(), "mia");
    }

    @Test
    void aFirstMarkdownPlanListsEachPriceChangeAgainstTodaysShelfPrice() {
        MarkdownPlanDocument plan = SamplePlan.document("autumn");

        ReviewChanges changes = ReviewChanges.of(workspace, submitPlan(plan));

        assertEquals(ReviewChanges.NOTHING_APPROVED, changes.comparedWith());
        assertEquals(plan.priceChanges().size(), changes.prices().size());
        PriceChange first = plan.priceChanges().stream().min(Comparator.comparing(PriceChange::productId)
                .thenComparing(PriceChange::storeId).thenComparing(PriceChange::effectiveDate)).orElseThrow();
        PlanPriceDifference row = changes.prices().get(0);
        assertEquals(new PlanPriceDifference(first.productId(), first.storeId(), first.effectiveDate(),
                Optional.of(first.oldPrice()), Optional.of(first.newPrice()), row.fullPrice()), row);
        // Both depths, named: against the price before, and off full price exactly as the CSV's discount_pct.
        assertEquals(first.newPrice() / first.oldPrice() - 1, row.changeVsPrevious().getAsDouble(), 1e-12);
        assertEquals(first.discountPct(), 100 * row.offFullPrice().getAsDouble(), 0.05);
        assertTrue(plan.priceChanges().stream().filter(c -> c.oldPrice() < row.fullPrice() - 1e-9).findAny()
                .isPresent(), "some steps start below full price, where the two depths differ");
        assertTrue(changes.lines().get(0).startsWith("+ a new markdown plan"), changes.lines().toString());
    }

    @Test
    void aPlanForAnotherWeekIsComparedWithTheLastApprovedPlan() {
        submitPlan(SamplePlan.document("autumn"));
        workflow.approve(MarkdownPlanDocument.KIND, "autumn", "noah", Optional.empty());

        ReviewChanges same = ReviewChanges.of(workspace, submitPlan(SamplePlan.document("winter")));

        assertEquals("plan autumn v1 (the last approved plan)", same.comparedWith());
        assertEquals(List.of(), same.prices());
        assertEquals("No price differs from the compared plan.", same.lines().get(0));
    }
}
