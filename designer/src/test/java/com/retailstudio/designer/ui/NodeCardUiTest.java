package com.retailstudio.designer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import atlantafx.base.theme.PrimerLight;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Experiment;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.ui.properties.InspectorScreenshots;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
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
 * The cards on the canvas say on their summary line when a step's message is transactional, and an experiment split's
 * rule.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class NodeCardUiTest {
    private final Journey cart = JourneyTemplates.load("cart-abandonment").orElseThrow();
    private JourneyCanvasView canvas;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        canvas = new JourneyCanvasView();
        stage.setScene(new Scene(canvas, 900, 620));
        stage.show();
    }

    @AfterEach
    void lightAgain(FxRobot robot) {
        InspectorScreenshots.light(robot);
    }

    /** The template with the reminder's message marked transactional, nothing else changed. */
    private Journey withTransactionalReminder() {
        List<JourneyNode> nodes = cart.nodes().stream().map(node -> node.id().equals("reminder")
                && node instanceof JourneyNode.Action action
                ? new JourneyNode.Action(action.id(), action.title(), action.position(),
                        action.message().withTransactional(true))
                : node).toList();
        return cart.withNodes(nodes, cart.edges());
    }

    private static String summary(FxRobot robot, String nodeId) {
        return robot.lookup("#node-" + nodeId + " .journey-card-summary").queryAs(Label.class).getText();
    }

    @Test
    void aTransactionalMessageIsMarkedOnItsCardAndAMarketingOneIsNot(FxRobot robot) throws Exception {
        robot.interact(() -> canvas.journeyProperty().set(cart));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Reminder", summary(robot, "reminder"));

        robot.interact(() -> canvas.journeyProperty().set(withTransactionalReminder()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Reminder · transactional", summary(robot, "reminder"));
        assertEquals("Promotion · 10 % off", summary(robot, "promo"), "a marketing message has no mark");
        InspectorScreenshots.write(robot, canvas, "journey-card-transactional-light.png");
        InspectorScreenshots.dark(robot);
        InspectorScreenshots.write(robot, canvas, "journey-card-transactional-dark.png");

        // The flag taken off again: the card is drawn anew without the mark.
        robot.interact(() -> canvas.journeyProperty().set(cart));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Reminder", summary(robot, "reminder"));
    }

    @Test
    void anExperimentSplitsCardNamesItsWinnerRule(FxRobot robot) throws Exception {
        Journey winback = JourneyTemplates.load("winback").orElseThrow();
        JourneyNode.RandomSplit split = (JourneyNode.RandomSplit) winback.node("ab").orElseThrow();
        Journey experiment = winback.withNodes(winback.nodes().stream().map(n -> n == split
                ? new JourneyNode.RandomSplit(split.id(), split.title(), split.position(), split.paths(),
                        Optional.of(Experiment.pickWinner(14, 0.05)))
                : n).toList(), winback.edges());
        robot.interact(() -> canvas.journeyProperty().set(experiment));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Pick the winner on day 14", summary(robot, "ab"));
        assertEquals("EXPERIMENT", robot.lookup("#node-ab .journey-card-kind").queryAs(Label.class).getText());
        InspectorScreenshots.write(robot, canvas, "journey-card-experiment-light.png");
        InspectorScreenshots.dark(robot);
        InspectorScreenshots.write(robot, canvas, "journey-card-experiment-dark.png");
    }
}
