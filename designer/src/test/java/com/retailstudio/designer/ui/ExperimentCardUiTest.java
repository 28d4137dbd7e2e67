package com.retailstudio.designer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import atlantafx.base.theme.PrimerLight;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Experiment;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.ui.properties.InspectorScreenshots;
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

/** An experiment split's card names its rule on the summary line. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class ExperimentCardUiTest {
    private final Journey winback = JourneyTemplates.load("winback").orElseThrow();
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

    @Test
    void theCardSummarisesTheWinnerRule(FxRobot robot) throws Exception {
        JourneyNode.RandomSplit split = (JourneyNode.RandomSplit) winback.node("ab").orElseThrow();
        Journey experiment = winback.withNodes(winback.nodes().stream().map(n -> n == split
                ? new JourneyNode.RandomSplit(split.id(), split.title(), split.position(), split.paths(),
                        Optional.of(Experiment.pickWinner(14, 0.05)))
                : n).toList(), winback.edges());
        robot.interact(() -> canvas.journeyProperty().set(experiment));
        WaitForAsyncUtils.waitForFxEvents();
        Label summary = robot.lookup("#node-ab .journey-card-summary").queryAs(Label.class);
        assertEquals("Pick the winner on day 14", summary.getText());
        InspectorScreenshots.write(robot, canvas, "journey-card-experiment-light.png");
        InspectorScreenshots.dark(robot);
        InspectorScreenshots.write(robot, canvas, "journey-card-experiment-dark.png");
    }
}
