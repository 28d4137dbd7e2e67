package com.retailstudio.app.ui.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.ui.MainWindowOnWorkspace;
import com.retailstudio.app.ui.UiTestSupport;
import com.retailstudio.app.ui.approvals.ApprovalsViewModel.ApprovedVersion;
import com.retailstudio.app.ui.shell.Section;
import com.retailstudio.app.workspace.AuditQuery;
import com.retailstudio.app.workspace.AuditRecord;
import com.retailstudio.app.workspace.DocumentDraft;
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
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Approved tab lists what exports draw from, marks names taken on trust, and archives a version. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class ApprovedArchiveUiTest {

    private MainWindowOnWorkspace window;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("retail-studio-archive-ui");
        try (Workspace seeding = Workspace.open(folder)) {
            ReviewWorkflow workflow = new ReviewWorkflow(seeding, Map.of());
            for (String[] journey : List.of(new String[] {"welcome", "welcome-series"},
                    new String[] {"cart", "cart-abandonment"})) {
                seeding.documents().saveDocumentAs(new DocumentDraft("journey", journey[0], "draft",
                        JourneyTemplates.json(journey[1]).orElseThrow()), "ana");
                workflow.submit("journey", journey[0], "ana");
                workflow.approve("journey", journey[0], "ben", Optional.of("Launch"));
            }
        }
        window = MainWindowOnWorkspace.openQuietly(stage, folder,
                UiTestSupport.userWhoComments(Optional.of("Replaced by the spring series")), Section.APPROVALS);
    }

    @AfterEach
    void close() {
        window.close();
    }

    private void workAs(FxRobot robot, String name) throws Exception {
        robot.interact(() -> window.session().workspace().settings().put(SettingsStore.DISPLAY_NAME, name));
        robot.clickOn("Approved");
        waitUntilIdle();
    }

    @Test
    void theApproverArchivesAVersionAndExportsLeaveItOut(FxRobot robot) throws Exception {
        workAs(robot, "ben");
        TableView<ApprovedVersion> approved = robot.lookup("#approved-versions").queryTableView();
        assertEquals(List.of("cart", "welcome"), ids(approved));
        assertEquals("ben", approved.getColumns().get(5).getCellData(0));
        assertEquals("not authenticated", approved.getColumns().get(6).getCellData(0));

        select(robot, approved, "welcome");
        robot.clickOn("#approved-archive");
        waitUntilIdle();

        assertEquals(List.of("cart"), ids(approved));
        assertEquals(ReviewState.ARCHIVED,
                window.session().workspace().reviews().find("journey", "welcome", 1).orElseThrow().state());
        AuditRecord newest = window.session().workspace().auditLog().query(AuditQuery.all().newest(1)).get(0);
        assertEquals(ReviewWorkflow.ARCHIVED, newest.entry().action());
        assertEquals("ben", newest.entry().actor());
        assertEquals(Optional.of("Replaced by the spring series"), newest.entry().comment());
        assertEquals("Archived journey 'Welcome series' v1.", robot.lookup("#approved-message").queryAs(Label.class).getText());
        select(robot, approved, "cart");
        UiTestSupport.writeScreenshot(robot, approved.getScene(), "approvals-archive.png");

        robot.clickOn("Audit log");
        TableView<AuditRecord> audit = robot.lookup("#audit-log").queryTableView();
        assertEquals("not authenticated", audit.getColumns().get(4).getCellData(0));
        UiTestSupport.writeScreenshot(robot, audit.getScene(), "approvals-audit-identity.png");
    }

    @Test
    void someoneWhoNeitherApprovedItNorOwnsTheWorkspaceIsRefused(FxRobot robot) throws Exception {
        workAs(robot, "cleo");
        TableView<ApprovedVersion> approved = robot.lookup("#approved-versions").queryTableView();

        select(robot, approved, "welcome");
        robot.clickOn("#approved-archive");
        waitUntilIdle();

        String message = robot.lookup("#approved-message").queryAs(Label.class).getText();
        assertTrue(message.startsWith("Only its approver ben or the workspace's owner "), message);
        assertEquals(ReviewState.APPROVED,
                window.session().workspace().reviews().find("journey", "welcome", 1).orElseThrow().state());
    }

    private static List<String> ids(TableView<ApprovedVersion> table) {
        return table.getItems().stream().map(version -> version.review().id()).toList();
    }

    private static void select(FxRobot robot, TableView<ApprovedVersion> table, String id) {
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(version -> version.review().id().equals(id)).findFirst().orElseThrow()));
    }

    private void waitUntilIdle() throws Exception {
        UiTestSupport.waitUntilIdle(window.context().tasks());
    }
}
