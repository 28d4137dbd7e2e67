package com.retailstudio.simulator.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.retailstudio.designer.model.Experiment;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Position;
import com.retailstudio.simulator.model.ExperimentAnalysis;
import com.retailstudio.simulator.model.ExperimentDecision;
import com.retailstudio.simulator.model.ExperimentSummary;
import com.retailstudio.testsupport.Screenshots;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The results page's Experiments part: the decision, the variants and the pairs. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class ExperimentResultsUiTest {
    private ExperimentResults results;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        results = new ExperimentResults();
        ScrollPane scroll = new ScrollPane(results);
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 900, 480));
        stage.show();
    }

    private static ExperimentSummary summary() {
        JourneyNode.RandomSplit split = new JourneyNode.RandomSplit("offer-test", "Offer test", new Position(0, 0),
                List.of(new JourneyNode.Path("a", "10 % off", 34), new JourneyNode.Path("b", "Free delivery", 33),
                        new JourneyNode.Path("c", "Points", 33)), Optional.of(Experiment.pickWinner(14, 0.05)));
        List<String> ids = List.of("a", "b", "c");
        ExperimentDecision decision = ExperimentDecision.decide("offer-test", ids, 14, 0.05, 1_780_000_000L,
                1_780_000_000L + 60 * 86_400L, new long[] {800, 790, 805}, new long[] {80, 84, 129});
        ExperimentAnalysis whole = ExperimentAnalysis.of(ids, new long[] {900, 880, 910}, new long[] {90, 95, 148},
                0.05);
        return new ExperimentSummary(split, split.experiment().get(), whole, Optional.of(decision), 4_210, 640);
    }

    @Test
    void theDecisionVariantsAndPairsAreShown(FxRobot robot) throws IOException {
        robot.interact(() -> results.show(List.of(summary())));
        assertTrue(results.isVisible());
        TableView<?> table = robot.lookup("#simulation-experiment-offer-test").queryAs(TableView.class);
        assertEquals(6, table.getItems().size(), "three variants and three pairs");
        ExperimentResults.Row cVersusA = (ExperimentResults.Row) table.getItems().get(4);
        assertEquals("Points − 10 % off", cVersusA.name());
        assertTrue(cVersusA.test().endsWith("significant"), cVersusA.test());
        assertTrue(robot.lookup(".experiment-decision").queryLabeled().getText().startsWith("\"c\" picked on day 14"));
        Screenshots.write(robot, results, "simulation-experiments-light.png");
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.write(robot, results, "simulation-experiments-dark.png");
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        robot.interact(() -> results.show(List.of()));
        assertFalse(results.isVisible());
    }
}
