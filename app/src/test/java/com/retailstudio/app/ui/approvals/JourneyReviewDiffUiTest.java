package com.retailstudio.app.ui.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.ui.MainWindowOnWorkspace;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.ui.UiTestSupport;
import com.retailstudio.app.ui.shell.Section;
import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.Review;
import com.retailstudio.app.workspace.SettingsStore;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.io.JourneyFormatException;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Message;
import com.retailstudio.designer.model.MessageKind;
import com.retailstudio.designer.model.Position;
import com.retailstudio.designer.ui.JourneyCanvasView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The review of a changed journey: both versions side by side with their marks, and a change line leading to its step. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class JourneyReviewDiffUiTest {
    /** How the canvas marks a selected step (journeys.css: .journey-card:selected). */
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private MainWindowOnWorkspace window;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("retail-studio-review-diff-ui");
        String cart = JourneyTemplates.json("cart-abandonment").orElseThrow();
        try (Workspace seeding = Workspace.open(folder)) {
            seeding.settings().put(SettingsStore.DISPLAY_NAME, "ben");
            ReviewWorkflow workflow = new ReviewWorkflow(seeding, Map.of());
            seeding.documents().saveDocumentAs(new DocumentDraft("journey", "cart", "draft", cart), "ana");
            workflow.submit("journey", "cart", "ana");
            workflow.approve("journey", "cart", "ben", Optional.of("Launch"));
            seeding.documents().saveDocumentAs(new DocumentDraft("journey", "cart", "draft",
                    JourneyJson.toJson(changed(JourneyJson.parse(cart)))), "ana");
            workflow.submit("journey", "cart", "ana");
            seeding.documents().saveDocumentAs(new DocumentDraft("journey", "welcome", "draft",
                    JourneyTemplates.json("welcome-series").orElseThrow()), "ana");
            workflow.submit("journey", "welcome", "ana");
        } catch (JourneyFormatException e) {
            throw new IllegalStateException(e);
        }
        window = MainWindowOnWorkspace.openQuietly(stage, folder, UiTestSupport.silentUser(), Section.APPROVALS);
    }

    /**
     * Version 2: the first wait is two hours, the low-stock push is gone and an SMS (placed far right) takes its
     * place on the "everyone else" path.
     */
    private static Journey changed(Journey v1) {
        List<JourneyNode> nodes = new ArrayList<>();
        for (JourneyNode node : v1.nodes()) {
            if (node.id().equals("wait-1h") && node instanceof JourneyNode.Wait wait) {
                nodes.add(new JourneyNode.Wait(wait.id(), wait.title(), wait.position(), Duration.ofHours(2),
                        wait.untilEvent()));
            } else if (!node.id().equals("scarcity")) {
                nodes.add(node);
            }
        }
        Position scarcity = v1.node("scarcity").orElseThrow().position();
        nodes.add(new JourneyNode.Action("sms", "Last-call SMS", new Position(scarcity.x() + 420, scarcity.y() + 60),
                Message.of(JourneyChannel.SMS, MessageKind.REMINDER, "sms-last-call")));
        List<Edge> edges = new ArrayList<>();
        for (Edge edge : v1.edges()) {
            if (edge.to().equals("scarcity")) {
                edges.add(new Edge(edge.from(), edge.port(), "sms"));
            } else if (edge.from().equals("scarcity")) {
                edges.add(new Edge("sms", edge.port(), edge.to()));
            } else {
                edges.add(edge);
            }
        }
        return v1.withNodes(nodes, edges);
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void bothVersionsAreMarkedAndAChangeLineRevealsItsStepOnBoth(FxRobot robot) throws Exception {
        waitUntilIdle();
        TableView<Review> queue = robot.lookup("#review-queue").queryTableView();
        select(robot, queue, "cart");
        waitUntilIdle();

        JourneyCanvasView before = robot.lookup("#review-canvas-compared").queryAs(JourneyCanvasView.class);
        JourneyCanvasView after = robot.lookup("#review-canvas-under-review").queryAs(JourneyCanvasView.class);
        assertTrue(before.isVisible() && after.isVisible());
        assertTrue(before.journeyProperty().get().node("scarcity").isPresent());
        assertTrue(after.journeyProperty().get().node("sms").isPresent());
        assertTrue(robot.lookup((Label label) -> "Before: v1 (approved)".equals(label.getText()))
                .tryQuery().isPresent());
        assertTrue(robot.lookup((Label label) -> "Under review: v2".equals(label.getText()))
                .tryQuery().isPresent());

        // removed on the left only, added on the right only, changed on both
        assertTrue(card(robot, before, "scarcity").getStyleClass().contains("diff-removed"));
        assertTrue(card(robot, before, "wait-1h").getStyleClass().contains("diff-changed"));
        assertTrue(card(robot, after, "sms").getStyleClass().contains("diff-added"));
        assertTrue(card(robot, after, "wait-1h").getStyleClass().contains("diff-changed"));
        assertFalse(card(robot, after, "reminder").getStyleClass().stream().anyMatch(c -> c.startsWith("diff-")));
        assertTrue(robot.from(after).lookup("#node-scarcity").tryQuery().isEmpty());
        assertTrue(robot.from(before).lookup("#node-sms").tryQuery().isEmpty());
        assertTrue(robot.from(before).lookup("#diff-mark-scarcity").tryQuery().isPresent());
        assertTrue(robot.from(after).lookup("#diff-mark-sms").tryQuery().isPresent());
        // connections: the ones to and from the removed step on the left, the new ones on the right
        assertTrue(robot.from(before).lookup("#edge-price-split-else-scarcity").query().getStyleClass()
                .contains("diff-removed"));
        assertTrue(robot.from(after).lookup("#edge-price-split-else-sms").query().getStyleClass()
                .contains("diff-added"));
        assertTrue(robot.from(after).lookup("#edge-sms-next-wait-2d").query().getStyleClass().contains("diff-added"));
        assertTrue(after.lookup("#journey-diff-legend").isVisible());

        ListView<String> changes = robot.lookup("#review-changes").queryListView();
        assertTrue(changes.getItems().stream().anyMatch(line -> line.startsWith("- Removed the step \"Low-stock push\"")),
                changes.getItems().toString());
        window.screenshot(robot, "approvals-review-journey.png");
        robot.interact(() -> window.shell().toggleTheme());
        window.screenshot(robot, "approvals-review-journey-dark.png");
        robot.interact(() -> window.shell().toggleTheme());

        // zoomed in on the middle, the new SMS far right is out of view until its line is clicked
        // (how many steps that takes depends on how much room the window leaves the two canvases)
        for (int i = 0; i < 12 && inView(robot, after, "sms"); i++) {
            robot.interact(after::zoomIn);
        }
        assertFalse(inView(robot, after, "sms"));
        int line = indexOf(changes, "+ Added the step \"Last-call SMS\"");
        robot.interact(() -> changes.scrollTo(line));
        Node cell = robot.from(changes).lookup((Node node) -> node instanceof ListCell<?> c
                && c.getIndex() == line).query();
        robot.clickOn(cell);

        assertEquals("sms", after.selectedNodeProperty().get());
        assertEquals("sms", before.selectedNodeProperty().get());
        assertTrue(card(robot, after, "sms").getPseudoClassStates().contains(SELECTED));
        assertTrue(inView(robot, after, "sms"));

        // a removed step's line selects it on the left, where it still is
        int removed = indexOf(changes, "- Removed the step \"Low-stock push\"");
        robot.interact(() -> changes.getSelectionModel().select(removed));
        assertTrue(card(robot, before, "scarcity").getPseudoClassStates().contains(SELECTED));

        // and back: a step clicked on a canvas picks its line and is selected on the other canvas too
        robot.clickOn(card(robot, before, "wait-1h"));
        assertEquals("wait-1h", after.selectedNodeProperty().get());
        assertTrue(changes.getSelectionModel().getSelectedItem().startsWith("~ \"Give them an hour\""),
                changes.getSelectionModel().getSelectedItem());
    }

    @Test
    void aFirstVersionIsDrawnAloneWithEveryStepAdded(FxRobot robot) throws Exception {
        waitUntilIdle();
        TableView<Review> queue = robot.lookup("#review-queue").queryTableView();
        select(robot, queue, "welcome");
        waitUntilIdle();

        JourneyCanvasView before = robot.lookup("#review-canvas-compared").queryAs(JourneyCanvasView.class);
        JourneyCanvasView after = robot.lookup("#review-canvas-under-review").queryAs(JourneyCanvasView.class);
        assertFalse(before.getParent().isVisible());
        Journey welcome = after.journeyProperty().get();
        assertFalse(welcome.nodes().isEmpty());
        for (JourneyNode node : welcome.nodes()) {
            assertTrue(card(robot, after, node.id()).getStyleClass().contains("diff-added"), node.id());
        }
        window.screenshot(robot, "approvals-review-first-version.png");
    }

    private static Node card(FxRobot robot, JourneyCanvasView canvas, String nodeId) {
        return robot.from(canvas).lookup("#node-" + nodeId).query();
    }

    /** Whether any of the step's card shows inside the canvas. */
    private static boolean inView(FxRobot robot, JourneyCanvasView canvas, String nodeId) {
        Bounds card = card(robot, canvas, nodeId).localToScene(card(robot, canvas, nodeId).getLayoutBounds());
        Bounds view = canvas.localToScene(canvas.getLayoutBounds());
        return card.intersects(view);
    }

    private static int indexOf(ListView<String> changes, String start) {
        for (int i = 0; i < changes.getItems().size(); i++) {
            if (changes.getItems().get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + start + " in " + changes.getItems());
    }

    private static void select(FxRobot robot, TableView<Review> queue, String id) {
        robot.interact(() -> queue.getSelectionModel().select(queue.getItems().stream()
                .filter(review -> review.id().equals(id)).findFirst().orElseThrow()));
    }

    private void waitUntilIdle() throws Exception {
        UiTestSupport.waitUntilIdle(window.context().tasks());
    }
}
