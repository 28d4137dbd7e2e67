package com.retailstudio.app.ui.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.export.BundleValidator;
import com.retailstudio.app.ui.MainWindowOnWorkspace;
import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.plans.MarkdownPlanDocument;
import com.retailstudio.app.plans.MarkdownPlanJson;
import com.retailstudio.app.approval.MarkdownPlans;
import com.retailstudio.app.plans.PlanPriceDifference;
import com.retailstudio.app.plans.SamplePlan;
import com.retailstudio.app.ui.UiTestSupport;
import com.retailstudio.app.ui.shell.Section;
import com.retailstudio.app.workspace.Review;
import com.retailstudio.app.workspace.ReviewState;
import com.retailstudio.app.workspace.SettingsStore;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.markdown.engine.PricePaths;
import com.retailstudio.markdown.model.PricePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A markdown plan under review shows its prices, week by week, against the last approved plan. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class PlanReviewUiTest {

    private MainWindowOnWorkspace window;
    private Path exportFolder;
    /** The product whose markdowns the second version of "autumn" takes back, and the weeks that changes. */
    private String heldProduct;
    private int heldWeeks;
    /** The product whose markdowns the plan "winter" takes back from the approved "autumn". */
    private String winterProduct;
    private int winterWeeks;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("retail-studio-plan-review-ui");
        try (Workspace seeding = Workspace.open(folder)) {
            ReviewWorkflow workflow = new ReviewWorkflow(seeding, DocumentChecks.forReview());
            MarkdownPlanDocument autumn = SamplePlan.document("autumn");
            MarkdownPlans.save(seeding, autumn, "mia");
            workflow.submit(MarkdownPlanDocument.KIND, "autumn", "mia");
            workflow.approve(MarkdownPlanDocument.KIND, "autumn", "noah", Optional.of("Launch"));
            heldProduct = autumn.priceChanges().get(0).productId();
            MarkdownPlanDocument second = holdBack(autumn, heldProduct);
            heldWeeks = weeksHeld;
            MarkdownPlans.save(seeding, second, "mia");
            workflow.submit(MarkdownPlanDocument.KIND, "autumn", "mia");
            winterProduct = autumn.priceChanges().get(autumn.priceChanges().size() - 1).productId();
            MarkdownPlans.save(seeding, holdBack(SamplePlan.document("winter"), winterProduct), "mia");
            winterWeeks = weeksHeld;
            workflow.submit(MarkdownPlanDocument.KIND, "winter", "mia");
            seeding.settings().put(SettingsStore.DISPLAY_NAME, "noah");
        }
        exportFolder = Files.createTempDirectory("retail-studio-plan-export");
        window = MainWindowOnWorkspace.openQuietly(stage, folder,
                UiTestSupport.user(Optional.of(exportFolder), Optional.of("Prices checked")), Section.APPROVALS);
    }

    private int weeksHeld;

    /** The plan with one product kept at today's price in every store (which keeps every rule). */
    private MarkdownPlanDocument holdBack(MarkdownPlanDocument plan, String product) {
        weeksHeld = 0;
        List<PricePath> paths = new ArrayList<>();
        for (PricePath path : plan.paths()) {
            if (path.productId().equals(product)) {
                int[] prices = new int[path.planCents().length];
                Arrays.fill(prices, path.currentCents());
                for (int t = 0; t < prices.length; t++) {
                    weeksHeld += prices[t] != path.planCents()[t] ? 1 : 0;
                }
                path = new PricePath(path.productId(), path.storeId(), path.category(), path.cluster(),
                        path.fullCents(), path.currentCents(), path.firstWeek(), path.seasonWeek(),
                        path.seasonWeeks(), path.markdownsTaken(), path.weeksSinceLast(), prices);
            }
            paths.add(path);
        }
        return new MarkdownPlanDocument(plan.id(), plan.name(), plan.asOfWeek(), plan.dataSetFingerprint(),
                plan.rules(), plan.summary(), paths, PricePaths.priceChanges(paths));
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void aPlanVersionShowsTheWeeksItPricesDifferentlyFromTheApprovedOne(FxRobot robot) throws Exception {
        waitUntilIdle();
        TableView<Review> queue = robot.lookup("#review-queue").queryTableView();
        assertEquals(List.of("autumn", "winter"), queue.getItems().stream().map(Review::id).toList());

        select(robot, queue, "autumn");
        waitUntilIdle();

        TableView<PlanPriceDifference> prices = robot.lookup("#review-price-changes").queryTableView();
        assertTrue(prices.isVisible());
        assertEquals(heldWeeks, prices.getItems().size());
        for (PlanPriceDifference row : prices.getItems()) {
            assertEquals(heldProduct, row.productId());
            assertTrue(row.after().orElseThrow() > row.before().orElseThrow(), row.toString());
        }
        ListView<String> lines = robot.lookup("#review-changes").queryListView();
        assertTrue(lines.getItems().get(0).matches("~ " + heldWeeks + " product-store weeks? priced differently"),
                lines.getItems().toString());
        assertEquals("Compared with v1 (approved)", robot.lookup(".text-muted").lookup(
                (Label label) -> label.getText().startsWith("Compared with"))
                .queryAs(Label.class).getText());
        window.screenshot(robot, "approvals-plan-diff.png");
    }

    @Test
    void aPlanForAnotherWeekIsComparedWithTheLastApprovedPlanAndApprovedBySomeoneElse(FxRobot robot)
            throws Exception {
        waitUntilIdle();
        TableView<Review> queue = robot.lookup("#review-queue").queryTableView();

        // Reviewers read names: the plan's, the kind in words, each product's name beside its id.
        int winterRow = queue.getItems().indexOf(queue.getItems().stream()
                .filter(review -> review.id().equals("winter")).findFirst().orElseThrow());
        MarkdownPlanDocument winterPlan = MarkdownPlanJson.read(window.session().workspace().documents()
                .version(MarkdownPlanDocument.KIND, "winter", 1).orElseThrow().body());
        assertEquals("markdown plan", queue.getColumns().get(0).getCellData(winterRow));
        assertEquals(winterPlan.name(), queue.getColumns().get(1).getCellData(winterRow));
        assertFalse(winterPlan.name().equals("winter"));
        select(robot, queue, "winter");
        waitUntilIdle();

        TableView<PlanPriceDifference> prices = robot.lookup("#review-price-changes").queryTableView();
        assertEquals(winterWeeks, prices.getItems().size());
        assertTrue(prices.getItems().stream().allMatch(row -> row.productId().equals(winterProduct)));
        // Without an active data set nothing names the products (ReviewTitlesTest shows them named with one).
        assertEquals(winterProduct, prices.getColumns().get(0).getCellData(0));
        // Both depths, each named, so a step reads the same as in the Markdowns table and the CSV.
        assertEquals(List.of("% vs previous price", "% off full price"), prices.getColumns().stream()
                .map(TableColumn::getText).filter(t -> t.startsWith("%")).toList());
        for (PlanPriceDifference row : prices.getItems()) {
            String off = ApprovalsView.OFF_FULL_PRICE.apply(row);
            row.offFullPrice().ifPresent(share -> assertTrue(off.equals("full price") || off.equals(String.format(
                    Locale.ROOT, "%.1f %% off", 100 * share)), off));
        }
        assertTrue(robot.lookup((Label label) ->
                "Compared with plan autumn v1 (the last approved plan)".equals(label.getText())).tryQuery()
                .isPresent());
        window.screenshot(robot, "approvals-plan-review.png");
        robot.interact(() -> window.shell().toggleTheme());
        window.screenshot(robot, "approvals-plan-review-dark.png");
        robot.interact(() -> window.shell().toggleTheme());

        robot.clickOn("#review-approve");
        waitUntilIdle();

        assertEquals(ReviewState.APPROVED,
                window.session().workspace().reviews().find(MarkdownPlanDocument.KIND, "winter", 1).orElseThrow()
                        .state());
    }

    @Test
    void theExportButtonWritesAValidBundleOfTheApprovedPlanAndListsIt(FxRobot robot) throws Exception {
        waitUntilIdle();
        robot.clickOn("Export history");
        robot.clickOn("#export-bundle");
        waitUntilIdle();

        List<Path> bundles;
        try (var listed = Files.list(exportFolder)) {
            bundles = listed.toList();
        }
        assertEquals(1, bundles.size(), bundles.toString());
        Path bundle = bundles.get(0);
        assertTrue(bundle.getFileName().toString().startsWith("retail-studio-bundle-"), bundle.toString());
        assertTrue(Files.isRegularFile(bundle.resolve("markdowns/price-changes.csv")));
        assertEquals(List.of(), new BundleValidator(DocumentChecks.forBundles())
                .validate(bundle));
        String message = robot.lookup("#export-message").queryAs(Label.class).getText();
        assertEquals("Exported 1 item to " + bundle.toAbsolutePath() + "; it validates.", message);
        TableView<?> history = robot.lookup("#export-history").queryTableView();
        assertEquals(1, history.getItems().size());
        assertEquals(ReviewState.EXPORTED,
                window.session().workspace().reviews().find(MarkdownPlanDocument.KIND, "autumn", 1).orElseThrow()
                        .state());
        window.screenshot(robot, "approvals-export.png");
    }

    @Test
    void exportBundleIsOnTheSectionsToolbarWhicheverTabIsOpen(FxRobot robot) throws Exception {
        waitUntilIdle();
        robot.clickOn("Review queue");
        assertTrue(robot.lookup("#approvals-export-bundle").query().isVisible());
        robot.clickOn("#approvals-export-bundle");
        waitUntilIdle();

        try (var listed = Files.list(exportFolder)) {
            assertEquals(1, listed.count(), "the toolbar's button exports as the tab's does");
        }
        window.screenshot(robot, "approvals-toolbar-export.png");
    }

    private static void select(FxRobot robot, TableView<Review> queue, String id) {
        robot.interact(() -> queue.getSelectionModel().select(queue.getItems().stream()
                .filter(review -> review.id().equals(id)).findFirst().orElseThrow()));
    }

    private void waitUntilIdle() throws Exception {
        UiTestSupport.waitUntilIdle(window.context().tasks());
    }
}
