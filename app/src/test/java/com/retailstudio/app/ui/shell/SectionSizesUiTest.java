package com.retailstudio.app.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.journeys.WorkspaceJourneyLibrary;
import com.retailstudio.app.ui.MainWindowOnWorkspace;
import com.retailstudio.app.ui.UiTestSupport;
import com.retailstudio.app.workspace.SettingsStore;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.ui.JourneyCanvasView;
import com.retailstudio.simulator.ui.JourneyChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeTableView;
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
 * Every section of the real main window, with the bundled sample, an open journey, a simulation, a markdown plan and a
 * review waiting, at 1024 × 700, 1280 × 800 and 1920 × 1080: the status bar is whole, every control the section shows
 * is inside the window or in a scroll area that reaches it, and no label is cut to "…" where its text would fit.
 * Screenshots of each section at each size go to {@code target/screenshots/sizes-*.png}.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class SectionSizesUiTest {

    private static final int[][] SIZES = {{1024, 700}, {1280, 800}, {1920, 1080}};
    /** A control seen in the window at every size, for each section that must show it. */
    private static final Map<Section, List<String>> ESSENTIAL = Map.of(
            Section.JOURNEYS, List.of("#journey-save-version", "#journey-submit", "#journey-inspector-tabs",
                    "#journey-canvas"),
            Section.SIMULATION, List.of("#simulation-run", "#simulation-kpis", "#simulation-journeys"),
            Section.MARKDOWNS, List.of("#plan-export", "#plan-submit", "#plan-table", "#plan-totals"),
            Section.LAYOUTS, List.of("#layout-export", "#layout-store", "#layout-recommendations",
                    "#layout-floor"),
            Section.DATA, List.of("#data-set-choice", "#data-open-folder", "#data-files"),
            Section.APPROVALS, List.of("#review-queue", "#review-approve"));

    private MainWindowOnWorkspace window;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory("retail-studio-sizes-ui");
        try (Workspace seeding = Workspace.open(folder)) {
            seeding.settings().put(SettingsStore.DISPLAY_NAME, "Ana Lima");
            WorkspaceJourneyLibrary journeys = new WorkspaceJourneyLibrary(seeding,
                    new ReviewWorkflow(seeding, Map.of()));
            Journey cart = JourneyTemplates.load("cart-abandonment").orElseThrow();
            journeys.saveDraft(cart);
            journeys.submitForReview(cart);
        }
        window = MainWindowOnWorkspace.open(stage, folder, UiTestSupport.silentUser(), Section.DATA);
    }

    @AfterEach
    void close() {
        window.close();
    }

    private void waitUntilIdle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> window.context().tasks().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everySectionIsWholeAndReachableFromTheSmallestSupportedWindowToFullHd(FxRobot robot) throws Exception {
        waitUntilIdle();
        prepareEverySection(robot);

        List<String> problems = new ArrayList<>();
        // The headless screen is 1280 × 800 and cannot hold a larger window, so the window's content is laid out in
        // a scene of each size of its own, which is what a window of that size gives it.
        Parent content = window.scene().getRoot();
        robot.interact(() -> window.scene().setRoot(new Group()));
        for (int[] size : SIZES) {
            Scene sized = new Scene(new Group(), size[0], size[1]);
            robot.interact(() -> sized.setRoot(content));
            for (Section section : Section.values()) {
                robot.interact(() -> window.shell().show(section));
                // Charts and wrapped text settle over two layout passes.
                for (int pass = 0; pass < 2; pass++) {
                    robot.interact(() -> {
                        content.applyCss();
                        content.layout();
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                }
                String where = section.id() + " at " + size[0] + "×" + size[1] + ": ";
                robot.interact(() -> WindowFit.problems(sized, ESSENTIAL.getOrDefault(section, List.of()))
                        .forEach(problem -> problems.add(where + problem)));
                UiTestSupport.writeScreenshot(robot, sized,
                        "sizes-" + section.id() + "-" + size[0] + "x" + size[1] + ".png");
            }
            robot.interact(() -> sized.setRoot(new Group()));
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /** An open journey, a simulation run over it, and the markdown plan and store analytics finished. */
    private void prepareEverySection(FxRobot robot) throws Exception {
        robot.interact(() -> window.shell().show(Section.JOURNEYS));
        waitUntilIdle();
        robot.clickOn("Cart abandonment");
        waitUntilIdle();
        JourneyCanvasView canvas = robot.lookup("#journey-canvas").queryAs(JourneyCanvasView.class);
        assertTrue(isShown(canvas), "a journey is open in the editor");
        assertEquals("cart-abandonment", canvas.journeyProperty().get().id());

        robot.interact(() -> window.shell().show(Section.SIMULATION));
        waitUntilIdle();
        ListView<JourneyChoice> journeys = robot.lookup("#simulation-journeys").queryListView();
        robot.interact(() -> journeys.getSelectionModel().select(journeys.getItems().stream()
                .filter(choice -> choice.runnable().isPresent()).findFirst().orElseThrow()));
        robot.interact(() -> robot.lookup("#simulation-run").queryButton().fire());
        waitUntilIdle();
        assertTrue(isShown(robot.lookup("#simulation-results").query()), "the simulation has results");

        robot.interact(() -> window.shell().show(Section.MARKDOWNS));
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> window.context().tasks().running().isEmpty()
                && robot.lookup("#plan-table").queryAs(TreeTableView.class).getRoot() != null);
        robot.interact(() -> window.shell().show(Section.LAYOUTS));
        waitUntilIdle();
        robot.interact(() -> window.shell().show(Section.APPROVALS));
        waitUntilIdle();
    }

    static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }
}
