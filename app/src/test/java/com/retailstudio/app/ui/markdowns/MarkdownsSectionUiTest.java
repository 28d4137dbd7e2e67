package com.retailstudio.app.ui.markdowns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.ui.MainWindowOnWorkspace;
import com.retailstudio.app.ui.UiTestSupport;
import com.retailstudio.app.ui.shell.Section;
import com.retailstudio.app.ui.shell.Theme;
import com.retailstudio.app.plans.MarkdownPlanDocument;
import com.retailstudio.app.plans.MarkdownPlanJson;
import com.retailstudio.app.workspace.DocumentVersion;
import com.retailstudio.app.workspace.Review;
import com.retailstudio.app.workspace.ReviewState;
import com.retailstudio.markdown.io.RuleBookJson;
import com.retailstudio.markdown.model.Objective;
import com.retailstudio.markdown.model.PricePath;
import com.retailstudio.markdown.model.StorePlan;
import com.retailstudio.markdown.ui.PlanTreeTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Markdowns section on a real workspace with the bundled sample: the rules editor, a step changed by hand, and the
 * plan submitted for review into the Approvals queue.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class MarkdownsSectionUiTest {

    private Path temp;
    private MainWindowOnWorkspace window;

    @Start
    void start(Stage stage) throws IOException {
        temp = Files.createTempDirectory("retail-studio-markdowns-ui");
        window = MainWindowOnWorkspace.open(stage, temp.resolve("workspace"), UiTestSupport.silentUser(),
                Section.MARKDOWNS);
    }

    @AfterEach
    void closeWorkspace() {
        window.close();
    }

    @Test
    void anImpossibleRuleIsShownAtItsFieldAndNeverAppliedAndAGoodOneIsPlannedAndKept(FxRobot robot)
            throws Exception {
        waitForPlan(robot);
        robot.interact(() -> robot.lookup("#markdown-side").queryAs(TabPane.class).getSelectionModel().select(1));
        TextField maxDepth = robot.lookup("#rule-max-depth").queryAs(TextField.class);
        Button apply = robot.lookup("#rules-apply").queryButton();
        assertTrue(apply.isDisabled(), "nothing to apply before a change");

        robot.interact(() -> maxDepth.setText("5"));

        Label problem = robot.lookup("#rule-max-depth-problem").queryAs(Label.class);
        assertTrue(problem.isVisible());
        assertEquals("Maximum depth 5 % is below the first ladder step (10 %), so no markdown could be taken.",
                problem.getText());
        assertTrue(apply.isDisabled(), "an impossible rule cannot be applied");
        screenshots(robot, "markdowns-rules");

        robot.interact(() -> maxDepth.setText("40"));
        assertFalse(problem.isVisible());
        screenshots(robot, "markdowns-rules-changed");
        assertFalse(apply.isDisabled());
        robot.clickOn("#rules-apply");
        waitForPlan(robot);

        DocumentVersion saved =
                window.session().workspace().documents().latest("markdown_rules", "rules").orElseThrow();
        assertEquals(0.4, RuleBookJson.read(saved.body()).defaults().maxDepth(), 1e-12);
        List<StorePlan> rows = leaves(robot);
        assertFalse(rows.isEmpty());
        for (StorePlan row : rows) {
            for (int cents : row.planCents()) {
                // today's price may already be deeper (markdowns taken before); a new markdown may not
                assertTrue(cents == row.currentCents() || 1 - cents / (row.fullPrice() * 100) <= 0.40 + 1e-9,
                        "a markdown at most 40 % off: " + row.key());
            }
        }
        assertEquals("40", maxDepth.getText());

        // the next start reads the rules back from the workspace
        robot.interact(window::reopen);
        waitForPlan(robot);
        assertEquals("40", robot.lookup("#rule-max-depth").queryAs(TextField.class).getText());
    }

    @Test
    void aStepChangedByHandIsRescoredMarkedRefusedWhenItBreaksARuleAndUndoneWithCtrlZ(FxRobot robot)
            throws Exception {
        waitForPlan(robot);
        TreeTableView<?> table = robot.lookup("#plan-table").queryAs(TreeTableView.class);
        // a row whose first markdown is not yet at the deepest price and has a week after it
        StorePlan row = leaves(robot).stream().filter(p -> {
            int first = firstStep(p);
            return first >= 0 && first + 1 < p.weeks().size()
                    && p.planCents()[first] > p.basis().rungCents()[p.basis().rungCents().length - 1];
        }).findFirst().orElseThrow();
        int first = firstStep(row);
        robot.interact(() -> select(table, row));
        ComboBox<Integer> week = robot.lookup("#step-week").queryComboBox();
        ComboBox<Integer> price = robot.lookup("#step-price").queryComboBox();
        assertEquals(first, week.getValue(), "the editor opens on the row's first markdown");

        // another markdown one week after the first breaks the two-week gap
        robot.interact(() -> {
            week.setValue(first + 1);
            price.setValue(row.basis().rungCents()[row.basis().rungCents().length - 1]);
        });
        robot.clickOn("#step-apply");
        Label message = robot.lookup("#step-message").queryAs(Label.class);
        assertTrue(message.getText().startsWith("Not applied: The markdown in the week of"), message.getText());
        assertEquals(0, changedMarks(robot));

        robot.interact(() -> week.setValue(first));
        robot.clickOn("#step-remove");

        assertTrue(message.getText().startsWith("Markdown removed by hand"), message.getText());
        assertTrue(changedMarks(robot) >= 1, "the changed row is marked");
        assertTrue(robot.lookup("#plan-detail-title").queryAs(Label.class).getText().endsWith("changed by hand"));
        StorePlan changed = leaves(robot).stream().filter(p -> p.key().equals(row.key())).findFirst().orElseThrow();
        assertEquals(row.currentCents(), changed.planCents()[first]);
        assertNotEquals(row.plan().margin(), changed.plan().margin(), "rescored under the fitted demand");
        screenshots(robot, "markdowns-override");

        robot.interact(table::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(0, changedMarks(robot));
        assertTrue(message.getText().startsWith("Undone"), message.getText());
        StorePlan back = leaves(robot).stream().filter(p -> p.key().equals(row.key())).findFirst().orElseThrow();
        assertEquals(row.planCents()[first], back.planCents()[first]);
    }

    @Test
    void aPlanChangedByHandIsSubmittedForReviewAndWaitsInTheApprovalsQueue(FxRobot robot) throws Exception {
        waitForPlan(robot);
        TreeTableView<?> table = robot.lookup("#plan-table").queryAs(TreeTableView.class);
        StorePlan row = leaves(robot).stream().filter(p -> firstStep(p) >= 0).findFirst().orElseThrow();
        int first = firstStep(row);
        robot.interact(() -> select(table, row));
        robot.interact(() -> robot.lookup("#step-week").queryComboBox().setValue(first));
        robot.clickOn("#step-remove");
        assertTrue(robot.lookup("#step-message").queryAs(Label.class).getText().startsWith("Markdown removed by hand"));

        robot.clickOn("#plan-submit");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.context().tasks().running().isEmpty()
                && robot.lookup("#plan-submit-message").queryAs(Label.class).getText().startsWith("Submitted"));
        WaitForAsyncUtils.waitForFxEvents();

        String id = "markdowns-" + row.weeks().get(0);
        assertEquals("Submitted plan " + id + " version 1: it is waiting for review in Approvals & export.",
                robot.lookup("#plan-submit-message").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#plan-submit-problems").queryAs(Label.class).isVisible());
        MarkdownPlanDocument saved = MarkdownPlanJson.read(window.session().workspace().documents()
                .latest(MarkdownPlanDocument.KIND, id).orElseThrow().body());
        PricePath path = saved.paths().stream().filter(p -> p.productId().equals(row.productId())
                && p.storeId().equals(row.storeId())).findFirst().orElseThrow();
        assertEquals(row.currentCents(), path.planCents()[first], "the change by hand is in the submitted plan");
        screenshots(robot, "markdowns-submitted");

        robot.interact(() -> window.shell().show(Section.APPROVALS));
        // The section loads its queue in the background and shows the table once it has one.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#review-queue").tryQuery().isPresent());
        TableView<Review> queue = robot.lookup("#review-queue").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> queue.getItems().stream()
                .anyMatch(review -> review.id().equals(id)));
        Review review = queue.getItems().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        assertEquals(MarkdownPlanDocument.KIND, review.kind());
        assertEquals(1, review.version());
        assertEquals(ReviewState.IN_REVIEW, review.state());
        assertEquals(window.session().workspace().currentUser(), review.author());
        WaitForAsyncUtils.waitForFxEvents();
        screenshots(robot, "markdowns-submitted-approvals");
    }

    @Test
    void rowsGroupByCategoryWithTotalsAndTheFilterNarrowsThem(FxRobot robot) throws Exception {
        waitForPlan(robot);
        int all = leaves(robot).size();
        ComboBox<Object> grouping = robot.lookup("#plan-grouping").queryComboBox();
        robot.interact(() -> grouping.getSelectionModel().select(1));
        TreeTableView<?> table = robot.lookup("#plan-table").queryAs(TreeTableView.class);

        assertEquals(all, leaves(robot).size());
        assertTrue(table.getRoot().getChildren().size() > 1, "several categories");
        for (TreeItem<?> group : table.getRoot().getChildren()) {
            PlanTreeTable.Group g = (PlanTreeTable.Group) group.getValue();
            double margin = 0;
            for (TreeItem<?> child : group.getChildren()) {
                margin += ((PlanTreeTable.Leaf) child.getValue()).plan().plan().margin();
            }
            assertEquals(group.getChildren().size(), g.totals().rows());
            assertEquals(margin, g.totals().margin(), 1e-6);
        }

        String store = leaves(robot).get(0).storeId();
        robot.interact(() -> robot.lookup("#plan-filter").queryAs(TextField.class).setText(store));
        List<StorePlan> shown = leaves(robot);
        assertTrue(shown.size() < all && shown.stream().allMatch(p -> p.storeId().equals(store)), store);
        assertTrue(robot.lookup("#plan-totals").queryAs(Label.class).getText()
                .startsWith(String.format(Locale.ROOT, "%,d of %,d product-stores", shown.size(), all)));
        screenshots(robot, "markdowns-grouped");
    }

    @Test
    void theObjectiveChosenInTheRulesEditorIsPlannedForAndNamedOnTheKpiTile(FxRobot robot) throws Exception {
        waitForPlan(robot);
        assertTrue(robot.lookup((Node n) -> n instanceof Label l && "Margin (objective)".equals(
                l.getText())).tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#markdown-side").queryAs(TabPane.class).getSelectionModel().select(1));
        robot.interact(() -> robot.lookup("#rules-objective").queryAs(ComboBox.class)
                .setValue(Objective.REVENUE));
        waitForPlan(robot);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup((Node n) -> n instanceof Label l
                && "Revenue (objective)".equals(l.getText())).tryQuery().isPresent());
        assertEquals(Objective.REVENUE, RuleBookJson.read(window.session().workspace()
                .documents().latest("markdown_rules", "rules").orElseThrow().body()).objective());
        screenshots(robot, "markdowns-objective-revenue");
    }

    @Test
    void scenariosAreSavedInTheWorkspaceAndComparedSideBySide(FxRobot robot) throws Exception {
        waitForPlan(robot);
        robot.interact(() -> robot.lookup("#markdown-side").queryAs(TabPane.class).getSelectionModel().select(2));
        TextField name = robot.lookup("#scenario-name").queryAs(TextField.class);
        robot.interact(() -> name.setText("as planned"));
        robot.clickOn("#scenario-save");
        robot.interact(() -> robot.lookup("#markdown-side").queryAs(TabPane.class).getSelectionModel().select(1));
        robot.interact(() -> robot.lookup("#rule-max-depth").queryAs(TextField.class).setText("40"));
        robot.clickOn("#rules-apply");
        waitForPlan(robot);
        robot.interact(() -> robot.lookup("#markdown-side").queryAs(TabPane.class).getSelectionModel().select(2));
        robot.interact(() -> name.setText("at most 40 % off"));
        robot.clickOn("#scenario-save");

        robot.clickOn("#scenario-compare");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.context().tasks().running().isEmpty()
                && !robot.lookup("#scenario-table").queryAs(TableView.class).getItems()
                .isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#scenario-table")
                .queryAs(TableView.class);
        assertEquals(3, table.getColumns().size(), "the measure and one column per scenario");
        assertEquals(9, table.getItems().size(), "what it maximises, objective, margin, revenue, sell-through, units left, markdown cost, "
                + "price changes, changes by hand dropped");
        assertTrue(robot.lookup("#scenario-message").queryAs(Label.class).getText().startsWith("Compared 2 "
                + "scenarios"));
        assertFalse(robot.lookup("#scenario-categories").queryAs(TableView.class).getItems()
                .isEmpty(), "the difference per category");
        assertEquals(2, window.session().workspace().documents().list("markdown_scenario").size());
        screenshots(robot, "markdowns-scenarios");
    }

    private void screenshots(FxRobot robot, String name) throws IOException {
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            robot.interact(() -> window.shell().themeProperty().set(theme));
            WaitForAsyncUtils.waitForFxEvents();
            window.screenshot(robot, name + "-" + theme.id() + ".png");
        }
        robot.interact(() -> window.shell().themeProperty().set(Theme.LIGHT));
    }

    /** Waits for the import of the sample and the planning to finish, and for rows in the plan table. */
    private void waitForPlan(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> window.context().tasks().running().isEmpty()
                && !leaves(robot).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<StorePlan> leaves(FxRobot robot) {
        TreeTableView<?> table = robot.lookup("#plan-table").queryAs(TreeTableView.class);
        List<StorePlan> out = new ArrayList<>();
        if (table.getRoot() != null) {
            collect(table.getRoot(), out);
        }
        return out;
    }

    private static void collect(TreeItem<?> item, List<StorePlan> out) {
        if (item.getValue() instanceof PlanTreeTable.Leaf leaf) {
            out.add(leaf.plan());
        }
        for (TreeItem<?> child : item.getChildren()) {
            collect(child, out);
        }
    }

    @SuppressWarnings("unchecked")
    private static void select(TreeTableView<?> table, StorePlan row) {
        TreeTableView<Object> t = (TreeTableView<Object>) table;
        for (int i = 0; i < t.getExpandedItemCount(); i++) {
            TreeItem<Object> item = t.getTreeItem(i);
            if (item.getValue() instanceof PlanTreeTable.Leaf leaf && leaf.plan().key().equals(row.key())) {
                t.getSelectionModel().select(i);
                t.scrollTo(i);
                return;
            }
        }
        throw new AssertionError("row not in the table: " + row.key());
    }

    private static long changedMarks(FxRobot robot) {
        return robot.lookup(".tree-table-cell").queryAllAs(TreeTableCell.class).stream()
                .filter(cell -> cell.getTableColumn() != null && "plan-changed".equals(cell.getTableColumn().getId())
                        && cell.getGraphic() != null && cell.isVisible())
                .count();
    }

    private static int firstStep(StorePlan p) {
        int previous = p.currentCents();
        for (int t = 0; t < p.planCents().length; t++) {
            if (p.planCents()[t] != previous) {
                return t;
            }
        }
        return -1;
    }
}
