package com.retailstudio.app.ui.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.ui.MainWindowOnWorkspace;
import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.ui.UiTestSupport;
import com.retailstudio.app.ui.shell.Section;
import com.retailstudio.app.ui.shell.Theme;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.ui.JourneyCanvasView;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
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

/** The Versions tab in the real main window: versions listed with their review state, opened and restored. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class JourneyVersionsUiTest {

    private MainWindowOnWorkspace window;

    @Start
    void start(Stage stage) throws Exception {
        window = MainWindowOnWorkspace.openQuietlyAs("ana", stage,
                Files.createTempDirectory("retail-studio-versions-test"), UiTestSupport.silentUser(), Section.JOURNEYS);
    }

    @AfterEach
    void closeWorkspace() {
        window.close();
    }

    private static Journey draft(FxRobot robot) {
        return robot.lookup("#journey-canvas").queryAs(JourneyCanvasView.class).journeyProperty().get();
    }

    private static boolean visible(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void versionsAreListedWithTheirReviewStateOpenedReadOnlyAndRestoredAsAnUndoableDraft(FxRobot robot)
            throws Exception {
        robot.clickOn("#journey-start-cart-abandonment");
        WaitForAsyncUtils.waitForFxEvents();
        Journey first = draft(robot);

        // Version 1 goes to review and a reviewer asks for changes; version 2 adds a step and is only saved.
        robot.clickOn("#journey-submit");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> new ReviewWorkflow(window.session().workspace(), DocumentChecks.forReview())
                .requestChanges(DocumentChecks.JOURNEY, first.id(), "ben", "Wait two hours first"));
        robot.clickOn("#palette-wait");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#journey-save-version");
        WaitForAsyncUtils.waitForFxEvents();
        Journey second = draft(robot);
        assertEquals(first.nodes().size() + 1, second.nodes().size());

        // The Versions tab counts the versions; a version's review state is the workspace's.
        TabPane tabs = robot.lookup("#journey-inspector-tabs").queryAs(TabPane.class);
        assertEquals("Versions (2)", tabs.getTabs().get(1).getText());
        robot.clickOn("Versions (2)");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(visible(robot, "#journey-version-2"));
        // The review was decided outside the editor: the tab reads the states again when it is shown.
        assertEquals("changes requested", text(robot, "#journey-version-1 .journey-version-state"));
        assertEquals("saved", text(robot, "#journey-version-2 .journey-version-state"));
        assertTrue(robot.lookup("#journey-version-2 .journey-step-summary-text").queryAll().stream()
                .map(n -> ((Label) n).getText()).anyMatch(t -> t.startsWith("Added")), "version 2 says what it added");
        assertTrue(text(robot, "#journey-version-draft .journey-step-summary-hint").startsWith("Same as version 2"));
        window.screenshot(robot, "journeys-versions-light.png");

        // Open version 1: drawn read-only under a banner; the draft is untouched.
        robot.clickOn("#journey-version-open-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(visible(robot, "#journey-version-canvas"));
        JourneyCanvasView shown = robot.lookup("#journey-version-canvas").queryAs(JourneyCanvasView.class);
        assertEquals(first.withVersion(1), shown.journeyProperty().get());
        assertFalse(shown.isEditable());
        assertTrue(text(robot, "#journey-version-banner-text").startsWith("Version 1 · changes requested"));
        assertEquals(second, draft(robot));
        // No shortcut edits the draft hidden behind a version; Esc goes back to the draft.
        assertTrue(second.node("wait-1").isPresent(), "the step Delete would remove");
        robot.interact(() -> robot.lookup("#journey-canvas").queryAs(JourneyCanvasView.class)
                .selectedNodeProperty().set("wait-1"));
        robot.clickOn("#journey-version-canvas");
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(second, draft(robot));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(visible(robot, "#journey-version-canvas"));
        robot.clickOn("#journey-version-open-1");
        WaitForAsyncUtils.waitForFxEvents();
        window.screenshot(robot, "journeys-version-open-light.png");
        robot.interact(() -> window.shell().themeProperty().set(Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        window.screenshot(robot, "journeys-version-open-dark.png");
        robot.interact(() -> window.shell().themeProperty().set(Theme.LIGHT));

        // Restore it as the draft: saved at once, the draft now differs from version 2, and Ctrl+Z takes it back.
        robot.clickOn("#journey-version-banner-restore");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(visible(robot, "#journey-version-canvas"));
        assertEquals(first, draft(robot));
        assertEquals(first.nodes().size(),
                window.session().journeyLibrary().draft(first.id()).orElseThrow().nodes().size());
        List<String> changes = robot.lookup("#journey-version-draft .journey-step-summary-text").queryAll().stream()
                .map(n -> ((Label) n).getText()).toList();
        assertTrue(changes.stream().anyMatch(t -> t.startsWith("Removed")), changes.toString());
        window.screenshot(robot, "journeys-version-restored-light.png");
        robot.clickOn("#journey-canvas");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(second, draft(robot));
        assertEquals(Optional.of(second), window.session().journeyLibrary().draft(first.id()));
        assertNull(robot.lookup("#journey-version-show-draft").tryQuery().orElse(null));
    }
}
