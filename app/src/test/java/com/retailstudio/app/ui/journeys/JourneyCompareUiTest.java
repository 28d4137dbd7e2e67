package com.retailstudio.app.ui.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.ui.UiTestSupport;
import com.retailstudio.app.ui.WorkspaceSession;
import com.retailstudio.app.ui.shell.Section;
import com.retailstudio.app.ui.shell.ShellContext;
import com.retailstudio.app.ui.shell.ShellView;
import com.retailstudio.app.ui.shell.ShellViewModel;
import com.retailstudio.app.ui.shell.Theme;
import com.retailstudio.app.workspace.SettingsStore;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyDiff;
import com.retailstudio.designer.ui.JourneyCanvasView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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

/** A saved version compared with the draft from the Versions tab: both drawn side by side with the change lines. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class JourneyCompareUiTest {

    private Path workspaceFolder;
    private WorkspaceSession session;
    private ShellViewModel shell;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        workspaceFolder = Files.createTempDirectory("retail-studio-compare-test");
        session = WorkspaceSession.open(Optional.of(workspaceFolder), UiTestSupport.silentUser());
        session.workspace().settings().put(SettingsStore.DISPLAY_NAME, "ana");
        ShellContext context = session.shellContext();
        shell = context.createViewModel();
        ShellView view = context.createView(shell);
        scene = new Scene(view, 1280, 800);
        view.installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
        shell.show(Section.JOURNEYS);
    }

    @AfterEach
    void closeWorkspace() {
        session.close();
    }

    private static JourneyCanvasView canvas(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(JourneyCanvasView.class);
    }

    private static boolean visible(FxRobot robot, String query) {
        for (Node n = robot.lookup(query).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aVersionIsComparedWithTheDraftSideBySideAndALineRevealsItsStep(FxRobot robot) throws Exception {
        robot.clickOn("#journey-start-cart-abandonment");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#journey-save-version");
        WaitForAsyncUtils.waitForFxEvents();
        Journey saved = canvas(robot, "#journey-canvas").journeyProperty().get();
        // The draft gains a wait step after version 1 was saved.
        robot.clickOn("#palette-wait");
        WaitForAsyncUtils.waitForFxEvents();
        Journey draft = canvas(robot, "#journey-canvas").journeyProperty().get();
        String added = draft.nodes().stream().map(n -> n.id()).filter(id -> saved.node(id).isEmpty())
                .findFirst().orElseThrow();

        robot.clickOn("#journey-tab-versions .tab-label");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(visible(robot, "#journey-compare-view"));
        robot.clickOn("#journey-version-compare-1");
        WaitForAsyncUtils.waitForFxEvents();

        // Version 1 on the left, the draft on the right, both read-only; the draft itself is untouched.
        assertTrue(visible(robot, "#journey-compare-view"));
        JourneyCanvasView left = canvas(robot, "#journey-compare-version");
        JourneyCanvasView right = canvas(robot, "#journey-compare-draft");
        assertEquals(saved.withVersion(1), left.journeyProperty().get());
        assertEquals(draft, right.journeyProperty().get());
        assertFalse(left.isEditable());
        assertFalse(right.isEditable());
        assertTrue(robot.lookup("#journey-compare-banner-text").queryAs(Label.class).getText()
                .startsWith("Version 1 compared with the draft"));

        // The change list says what the draft added; picking the line selects the step on both canvases.
        ListView<JourneyDiff.Change> lines = robot.lookup("#journey-compare-changes").queryAs(ListView.class);
        assertEquals(JourneyDiff.between(saved.withVersion(1), draft).changes(), lines.getItems());
        int line = -1;
        for (int i = 0; i < lines.getItems().size(); i++) {
            if (lines.getItems().get(i).kind() == JourneyDiff.Kind.ADDED
                    && lines.getItems().get(i).nodeId().filter(added::equals).isPresent()) {
                line = i;
            }
        }
        assertTrue(line >= 0, "a line says the step " + added + " was added");
        int picked = line;
        robot.interact(() -> lines.getSelectionModel().select(picked));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(added, right.selectedNodeProperty().get());
        assertEquals(added, left.selectedNodeProperty().get());
        UiTestSupport.writeScreenshot(robot, scene, "journeys-compare-light.png");

        // No shortcut edits the draft behind the comparison; Esc goes back to the draft.
        robot.clickOn("#journey-compare-draft");
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(draft, canvas(robot, "#journey-canvas").journeyProperty().get());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(visible(robot, "#journey-compare-view"));

        // The button goes back too, and the dark theme draws the comparison as well.
        robot.clickOn("#journey-version-compare-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(visible(robot, "#journey-compare-view"));
        robot.interact(() -> shell.themeProperty().set(Theme.DARK));
        UiTestSupport.writeScreenshot(robot, scene, "journeys-compare-dark.png");
        robot.clickOn("#journey-compare-back");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(visible(robot, "#journey-compare-view"));
    }
}
