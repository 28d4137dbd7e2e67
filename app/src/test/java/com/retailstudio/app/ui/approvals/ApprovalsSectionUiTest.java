package com.retailstudio.app.ui.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.ui.MainWindowOnWorkspace;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.ui.UiTestSupport;
import com.retailstudio.app.ui.shell.Section;
import com.retailstudio.app.workspace.AuditQuery;
import com.retailstudio.app.workspace.AuditRecord;
import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.Review;
import com.retailstudio.app.workspace.ReviewState;
import com.retailstudio.app.workspace.SettingsStore;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.io.JourneyTemplates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Four-eyes review from the Approvals section, on a real workspace. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class ApprovalsSectionUiTest {

    private MainWindowOnWorkspace window;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("retail-studio-approvals-ui");
        try (Workspace seeding = Workspace.open(folder)) {
            seeding.settings().put(SettingsStore.DISPLAY_NAME, "ana");
            ReviewWorkflow workflow = new ReviewWorkflow(seeding, Map.of());
            String cart = JourneyTemplates.json("cart-abandonment").orElseThrow();
            seeding.documents().saveDocument(new DocumentDraft("journey", "cart", "draft", cart));
            workflow.submit("journey", "cart", "ana");
            workflow.approve("journey", "cart", "ben", Optional.of("Launch"));
            seeding.documents().saveDocument(new DocumentDraft("journey", "cart", "draft",
                    cart.replace("\"duration\": \"1h\"", "\"duration\": \"2h\"")));
            workflow.submit("journey", "cart", "ana");
            seeding.documents().saveDocument(new DocumentDraft("journey", "welcome", "draft",
                    JourneyTemplates.json("welcome-series").orElseThrow()));
            workflow.submit("journey", "welcome", "ana");
        }
        window = MainWindowOnWorkspace.openQuietly(stage, folder,
                UiTestSupport.userWhoComments(Optional.of("Looks right to me")), Section.APPROVALS);
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void theAuthorIsToldTheyCannotApproveTheirOwnJourney(FxRobot robot) throws Exception {
        robot.interact(() -> window.session().workspace().settings().put(SettingsStore.DISPLAY_NAME, "ana"));
        waitUntilIdle();
        TableView<Review> queue = robot.lookup("#review-queue").queryTableView();
        assertEquals(2, queue.getItems().size());

        select(robot, queue, "welcome");
        robot.clickOn("#review-approve");
        waitUntilIdle();

        assertTrue(robot.lookup("#review-message").queryAs(Label.class).getText().contains("four-eyes"));
        assertEquals(ReviewState.IN_REVIEW,
                window.session().workspace().reviews().find("journey", "welcome", 1).orElseThrow().state());
    }

    @Test
    void theAuthorUnderAnotherSpellingOfTheirNameIsRefusedToo(FxRobot robot) throws Exception {
        TableView<Review> queue = robot.lookup("#review-queue").queryTableView();
        for (String name : List.of("Ana", "\u0430na", "ana\u00A0", "a\u200Bna")) {
            robot.interact(() -> window.session().workspace().settings().put(SettingsStore.DISPLAY_NAME, name));
            waitUntilIdle();
            select(robot, queue, "welcome");
            robot.clickOn("#review-approve");
            waitUntilIdle();

            String message = robot.lookup("#review-message").queryAs(Label.class).getText();
            assertTrue(message.contains("written differently") && message.contains("four-eyes"), message);
        }
        assertEquals(ReviewState.IN_REVIEW,
                window.session().workspace().reviews().find("journey", "welcome", 1).orElseThrow().state());
        assertEquals("Four eyes: you cannot approve what you wrote. You are working as ana, not authenticated: on "
                + "this single-person workspace your name is taken on trust and compared with the author's under any "
                + "spelling.", robot.lookup("#review-rule").queryAs(Label.class).getText());
        // shown whole at 1280 px, not cut to "…": the text the label draws is the text it holds
        Label rule = robot.lookup("#review-rule").queryAs(Label.class);
        assertEquals(rule.getText().replaceAll("\\s+", " "), ((Text) rule.lookup(".text")).getText()
                .replaceAll("\\s+", " "));
    }

    @Test
    void someoneElseApprovesAndTheDecisionIsInTheAuditLog(FxRobot robot) throws Exception {
        robot.interact(() -> window.session().workspace().settings().put(SettingsStore.DISPLAY_NAME, "ben"));
        waitUntilIdle();
        TableView<Review> queue = robot.lookup("#review-queue").queryTableView();

        select(robot, queue, "welcome");
        robot.clickOn("#review-approve");
        waitUntilIdle();

        assertEquals(List.of("cart"), queue.getItems().stream().map(Review::id).toList());
        AuditRecord newest = window.session().workspace().auditLog().query(AuditQuery.all().newest(1)).get(0);
        assertEquals(ReviewWorkflow.APPROVED, newest.entry().action());
        assertEquals("ben", newest.entry().actor());
        assertEquals(Optional.of("Looks right to me"), newest.entry().comment());

        robot.clickOn("Audit log");
        TableView<AuditRecord> audit = robot.lookup("#audit-log").queryTableView();
        robot.interact(() -> robot.lookup("#audit-search").queryTextInputControl().setText("looks right"));
        assertEquals(1, audit.getItems().size());
        assertEquals("ben", audit.getItems().get(0).entry().actor());
    }

    @Test
    void selectingAReviewShowsWhatItChangesSinceTheApprovedVersion(FxRobot robot) throws Exception {
        waitUntilIdle();
        TableView<Review> queue = robot.lookup("#review-queue").queryTableView();

        select(robot, queue, "cart");
        waitUntilIdle();

        ListView<String> changes = robot.lookup("#review-changes").queryListView();
        assertEquals(1, changes.getItems().size(), changes.getItems().toString());
        assertTrue(changes.getItems().get(0).startsWith("~ "), changes.getItems().toString());
        UiTestSupport.writeScreenshot(robot, robot.lookup("#review-changes").query().getScene(),
                "approvals-review-diff.png");
    }

    @Test
    void theAuditLogShowsTheActionsAndPeopleCheckedInItsFilters(FxRobot robot) throws Exception {
        waitUntilIdle();
        robot.clickOn("Audit log");
        TableView<AuditRecord> audit = robot.lookup("#audit-log").queryTableView();
        @SuppressWarnings("unchecked")
        CheckComboBox<String> actions = robot.lookup("#audit-action").queryAs(CheckComboBox.class);
        @SuppressWarnings("unchecked")
        CheckComboBox<String> people = robot.lookup("#audit-actor").queryAs(CheckComboBox.class);
        int everything = audit.getItems().size();
        assertEquals("Any action", actions.getTitle(), "nothing checked: every action");
        assertTrue(people.getItems().containsAll(List.of("ana", "ben")), people.getItems().toString());

        toggle(robot, actions, ReviewWorkflow.APPROVED);
        assertEquals(List.of("ben"), audit.getItems().stream().map(r -> r.entry().actor()).toList(),
                "one approval, ben's");
        toggle(robot, actions, ReviewWorkflow.SUBMITTED);
        assertEquals(Set.of(ReviewWorkflow.SUBMITTED, ReviewWorkflow.APPROVED), shown(audit, r -> r.entry().action()));
        assertEquals(4, audit.getItems().size(), "three submissions and the approval");
        toggle(robot, people, "ana");
        assertEquals(Set.of("ana"), shown(audit, r -> r.entry().actor()));
        assertEquals(Set.of(ReviewWorkflow.SUBMITTED), shown(audit, r -> r.entry().action()), "ana approved nothing");
        assertEquals(3, audit.getItems().size());
        UiTestSupport.writeScreenshot(robot, audit.getScene(), "approvals-audit-filters.png");

        toggle(robot, people, "ana");
        toggle(robot, actions, ReviewWorkflow.APPROVED);
        toggle(robot, actions, ReviewWorkflow.SUBMITTED);
        assertEquals("Anyone", people.getTitle());
        assertEquals(everything, audit.getItems().size(), "nothing checked: the whole log again");
    }

    /** Opens the check combo box, clicks {@code item} in its list (checking or unchecking it) and closes it. */
    private static void toggle(FxRobot robot, CheckComboBox<String> box, String item) {
        robot.clickOn(box);
        robot.clickOn(robot.lookup((ListCell<?> cell) -> item.equals(cell.getItem())
                && cell.getScene().getWindow() instanceof PopupWindow).<Node>query());
        robot.type(KeyCode.ESCAPE);
    }

    private static Set<String> shown(TableView<AuditRecord> audit, Function<AuditRecord, String> part) {
        return audit.getItems().stream().map(part).collect(Collectors.toSet());
    }

    private static void select(FxRobot robot, TableView<Review> queue, String id) {
        robot.interact(() -> queue.getSelectionModel().select(queue.getItems().stream()
                .filter(review -> review.id().equals(id)).findFirst().orElseThrow()));
    }

    private void waitUntilIdle() throws Exception {
        UiTestSupport.waitUntilIdle(window.context().tasks());
    }
}
