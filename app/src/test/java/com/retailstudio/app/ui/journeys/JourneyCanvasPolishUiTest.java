package com.retailstudio.app.ui.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.journeys.WorkspaceJourneyLibrary;
import com.retailstudio.app.ui.MainWindowOnWorkspace;
import com.retailstudio.app.ui.UiTestSupport;
import com.retailstudio.app.ui.shell.Section;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.ui.JourneyCanvasView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The journey canvas's finish: after a fit, a smaller window or a Tidy the whole journey is in view and clear of the
 * zoom buttons, a wait's two connections leave from the ports nearest their steps, and a refusal is read whole under
 * the toolbar.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class JourneyCanvasPolishUiTest {

    private MainWindowOnWorkspace window;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory("retail-studio-canvas-polish");
        String cart = JourneyTemplates.json("cart-abandonment").orElseThrow();
        // The same journey with a personal price on its first offer, which Retail Studio never lets through.
        String personalPrice = cart.replaceFirst("\"type\": \"percent_off\",\\s*\"percent\": 10",
                "\"type\": \"price_override\", \"price\": 9.99").replace("\"id\": \"cart-abandonment\"",
                "\"id\": \"cart-personal-price\"").replace("\"name\": \"Cart abandonment\"",
                "\"name\": \"Cart with a personal price\"");
        assertNotEquals(cart, personalPrice);
        try (Workspace seeding = Workspace.open(folder)) {
            WorkspaceJourneyLibrary library = new WorkspaceJourneyLibrary(seeding,
                    new ReviewWorkflow(seeding, Map.of()));
            library.saveDraft(JourneyJson.parse(cart));
            library.saveDraft(JourneyJson.parse(personalPrice));
        }
        window = MainWindowOnWorkspace.openQuietlyAs("ana", stage, folder, UiTestSupport.silentUser(),
                Section.JOURNEYS);
    }

    @AfterEach
    void close() {
        window.close();
    }

    private static JourneyCanvasView canvas(FxRobot robot) {
        return robot.lookup("#journey-canvas").queryAs(JourneyCanvasView.class);
    }

    private void open(FxRobot robot, String name) {
        robot.clickOn(name);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void afterAFitNoStepIsUnderTheZoomButtonsAndTidyShowsTheWholeJourneyAgain(FxRobot robot) throws Exception {
        open(robot, "Cart abandonment");
        assertEquals("cart-abandonment", canvas(robot).journeyProperty().get().id());
        robot.interact(() -> canvas(robot).fit());
        assertEveryStepInViewAndClearOfTheZoomButtons(robot);
        window.screenshot(robot, "journeys-fit-clear-of-zoom.png");

        // A fitted view follows the window when it is made smaller.
        Window stage = window.scene().getWindow();
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEveryStepInViewAndClearOfTheZoomButtons(robot);
        window.screenshot(robot, "journeys-fit-after-resize.png");
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });

        // Zoomed in and away from the journey, Tidy lays it out and shows all of it.
        robot.interact(() -> {
            for (int i = 0; i < 4; i++) {
                canvas(robot).zoomIn();
            }
        });
        robot.clickOn("#journey-tidy");
        WaitForAsyncUtils.waitForFxEvents();
        assertEveryStepInViewAndClearOfTheZoomButtons(robot);
        window.screenshot(robot, "journeys-tidy-fitted.png");

        // Each wait's connections leave from its ports in the order of the steps they lead to: they never cross.
        Journey journey = canvas(robot).journeyProperty().get();
        int waitsChecked = 0;
        for (JourneyNode node : journey.nodes()) {
            List<Edge> out = journey.edgesFrom(node.id());
            if (node instanceof JourneyNode.Wait && out.size() == 2) {
                Edge first = out.get(0);
                Edge second = out.get(1);
                double firstPort = port(robot, node, first).getCenterX();
                double secondPort = port(robot, node, second).getCenterX();
                double firstTarget = journey.node(first.to()).orElseThrow().position().x();
                double secondTarget = journey.node(second.to()).orElseThrow().position().x();
                if (firstTarget != secondTarget) {
                    assertEquals(firstTarget < secondTarget, firstPort < secondPort,
                            node.id() + "'s connections cross: ports at " + firstPort + ", " + secondPort
                                    + " lead to steps at " + firstTarget + ", " + secondTarget);
                    waitsChecked++;
                }
            }
        }
        assertTrue(waitsChecked > 0, "the template has a wait whose two paths go to different columns");
    }

    @Test
    void aPersonalPriceRefusalIsReadWholeUnderTheToolbar(FxRobot robot) throws Exception {
        open(robot, "Cart with a personal price");
        robot.clickOn("#journey-submit");
        WaitForAsyncUtils.waitForFxEvents();

        Label message = robot.lookup("#journey-message").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertTrue(message.getText().toLowerCase(Locale.ROOT).contains("price"), message.getText());
        // The label's own text node (its icon is a Text too), as drawn: cut short it would end in '…'.
        String drawn = message.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Text && n.getStyleClass().contains("text"))
                .map(n -> ((Text) n).getText()).findFirst().orElseThrow();
        assertEquals(message.getText().replace('\n', ' '), drawn.replace('\n', ' '), "drawn whole, no '…'");
        Bounds bounds = message.localToScene(message.getLayoutBounds());
        assertTrue(bounds.getMaxX() <= window.scene().getWidth() && bounds.getMaxY() <= window.scene().getHeight(),
                "inside the window: " + bounds);
        window.screenshot(robot, "journeys-personal-price-refused.png");
    }

    private static Circle port(FxRobot robot, JourneyNode node, Edge edge) {
        return robot.lookup("#port-" + node.id() + "-" + edge.port()).queryAs(Circle.class);
    }

    private static void assertEveryStepInViewAndClearOfTheZoomButtons(FxRobot robot) {
        JourneyCanvasView canvas = canvas(robot);
        Bounds view = canvas.localToScene(canvas.getLayoutBounds());
        Node zoomBar = canvas.lookup(".journey-zoom-controls");
        Bounds zoom = zoomBar.localToScene(zoomBar.getLayoutBounds());
        List<Node> cards = List.copyOf(canvas.lookupAll(".journey-card"));
        assertFalse(cards.isEmpty());
        for (Node card : cards) {
            Bounds bounds = card.localToScene(card.getLayoutBounds());
            assertTrue(view.contains(bounds.getMinX(), bounds.getMinY())
                    && view.contains(bounds.getMaxX(), bounds.getMaxY()), card.getId() + " is out of view");
            assertFalse(bounds.intersects(zoom), card.getId() + " is under the zoom buttons");
        }
    }
}
