package com.retailstudio.app.ui.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.ui.dialog.DialogService;
import com.retailstudio.app.ui.WorkspaceSession;
import com.retailstudio.app.ui.shell.Section;
import com.retailstudio.app.ui.shell.ShellContext;
import com.retailstudio.app.ui.shell.ShellView;
import com.retailstudio.app.ui.shell.ShellViewModel;
import com.retailstudio.app.workspace.AuditRecord;
import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.PostgresTestServer;
import com.retailstudio.app.workspace.Review;
import com.retailstudio.app.workspace.TeamRole;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.app.workspace.WorkspaceLocation;
import com.retailstudio.designer.io.JourneyTemplates;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A reviewer's window on a team workspace shows another person's submission within two seconds, untouched. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class ApprovalsOnTeamWorkspaceUiTest {

    private WorkspaceLocation.Server server;
    private WorkspaceSession session;

    @Start
    void start(Stage stage) {
        PostgresTestServer postgres = PostgresTestServer.get();
        postgres.login("rita", TeamRole.REVIEWER);
        postgres.login("dan", TeamRole.DESIGNER);
        server = postgres.newWorkspace();
        session = WorkspaceSession.openAt(Optional.of(server.as("rita")), new DialogService() {
            @Override
            public Optional<Path> chooseFolder(String title) {
                return Optional.empty();
            }

            @Override
            public Optional<String> askComment(String title, String prompt, boolean required) {
                return Optional.empty();
            }

            @Override
            public Optional<char[]> askPassword(String title, String prompt) {
                return Optional.of(PostgresTestServer.PASSWORD.toCharArray());
            }
        });
        ShellContext context = session.shellContext();
        ShellViewModel shell = context.createViewModel();
        shell.show(Section.APPROVALS);
        ShellView view = context.createView(shell);
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aSubmissionByAnotherPersonAppearsInTheQueueAndTheAuditLogWithinTwoSeconds(FxRobot robot) throws Exception {
        TableView<Review> queue = robot.lookup("#review-queue").queryTableView();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), queue.getItems());

        try (Workspace dan = Workspace.open(server.as("dan"), PostgresTestServer.PROMPT)) {
            dan.documents().saveDocument(new DocumentDraft("journey", "welcome", "draft",
                    JourneyTemplates.json("welcome-series").orElseThrow()));
            new ReviewWorkflow(dan, Map.of()).submit("journey", "welcome", dan.currentUser());
        }
        long submitted = System.nanoTime();

        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> queue.getItems().size() == 1);
        long seenAfterMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - submitted);

        assertEquals("dan", queue.getItems().get(0).author());
        robot.clickOn("Audit log");
        TableView<AuditRecord> audit = robot.lookup("#audit-log").queryTableView();
        assertEquals(List.of("dan", ReviewWorkflow.SUBMITTED), List.of(audit.getItems().get(0).entry().actor(),
                audit.getItems().get(0).entry().action()));
        System.out.println("Another person's submission was in the review queue after " + seenAfterMillis + " ms");
    }
}
