package com.retailstudio.app.ui.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.ui.MainWindowOnWorkspace;
import com.retailstudio.app.ui.UiTestSupport;
import com.retailstudio.app.ui.shell.Section;
import com.retailstudio.app.workspace.SettingsStore;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.ui.JourneyCanvasView;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
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
 * Issue #15 item 11: one source of truth across sections. A decision taken elsewhere shows in the Journeys section
 * and a renamed user in the Approvals header, without selecting anything again.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class LiveStateUiTest {

    private MainWindowOnWorkspace window;

    @Start
    void start(Stage stage) throws Exception {
        window = MainWindowOnWorkspace.openQuietlyAs("ana", stage,
                Files.createTempDirectory("retail-studio-live-state"), UiTestSupport.silentUser(), Section.JOURNEYS);
    }

    @AfterEach
    void closeWorkspace() {
        window.close();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitUntil(FxRobot robot, String query, String expected) throws Exception {
        // the workspace is polled twice a second; two seconds is what the views promise
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .map(node -> ((Label) node).getText()).filter(expected::equals).isPresent());
    }

    @Test
    void anApprovalShowsInTheVersionsTabAndTheLibraryWithoutSelectingTheJourneyAgain(FxRobot robot)
            throws Exception {
        robot.clickOn("#journey-start-cart-abandonment");
        WaitForAsyncUtils.waitForFxEvents();
        Journey cart = robot.lookup("#journey-canvas").queryAs(JourneyCanvasView.class).journeyProperty().get();
        robot.clickOn("#journey-submit");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Versions (1)");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("in review", text(robot, "#journey-version-1 .journey-version-state"));

        // Ben approves, as the Approvals section (or Ben on a team workspace) would: nothing in Journeys is touched.
        window.session().workspace().settings().put(SettingsStore.DISPLAY_NAME, "ben");
        new ReviewWorkflow(window.session().workspace(), DocumentChecks.forReview())
                .approve(DocumentChecks.JOURNEY, cart.id(), "ben", Optional.of("Caps checked"));

        waitUntil(robot, "#journey-version-1 .journey-version-state", "approved");
        // the library's status follows too (read by the same poll, possibly a pulse later)
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#journey-library .journey-status")
                .queryAllAs(Label.class).stream().anyMatch(label -> label.getText().equals("v1 approved")));
        // the line that said it was waiting for review follows too
        String decided = "Version 1 of " + cart.name() + " is now approved.";
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> decided.equals(text(robot, "#journey-message")));
        window.screenshot(robot, "live-state-versions-after-approval.png");
    }

    @Test
    void theApprovalsHeaderFollowsANameChangedInTheStatusBar(FxRobot robot) throws Exception {
        robot.interact(() -> window.shell().show(Section.APPROVALS));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "#review-rule").contains("You are working as ana"), text(robot, "#review-rule"));

        robot.interact(() -> window.shell().rename("Ben Okafor"));

        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS,
                () -> text(robot, "#review-rule").contains("You are working as Ben Okafor"));
        window.screenshot(robot, "live-state-approvals-header-renamed.png");
    }
}
