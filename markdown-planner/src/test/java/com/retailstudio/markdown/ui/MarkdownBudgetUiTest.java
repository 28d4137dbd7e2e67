package com.retailstudio.markdown.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.event.ActionEvent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The rules editor's markdown budget per plan: a typing mistake is named under the field, an amount plans again
 * within it, and the KPI tile gives the budget beside the plan's markdown cost.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class MarkdownBudgetUiTest {

    private static Path sample;
    private MarkdownViewModel model;
    private Scene scene;

    @BeforeAll
    static void extractSample() throws IOException {
        sample = MarkdownSectionOnStage.sample("markdown-budget");
    }

    @Start
    void start(Stage stage) {
        model = MarkdownSectionOnStage.show(stage, sample);
        scene = stage.getScene();
    }

    @Test
    void theBudgetPerPlanIsTypedCheckedPlannedForAndShownOnTheTile(FxRobot robot) {
        TextField field = (TextField) scene.lookup("#rules-plan-budget");
        Label problem = (Label) scene.lookup("#rules-plan-budget-problem");
        assertEquals("", field.getText(), "no budget at first");
        assertEquals("none", field.getPromptText());

        robot.interact(() -> {
            field.setText("lots");
            field.fireEvent(new ActionEvent());
        });
        assertTrue(problem.isVisible());
        assertEquals("Markdown budget per plan: \"lots\" is not an amount of money.", problem.getText());
        assertTrue(Double.isNaN(model.rules().rulesProperty().get().planMarkdownBudget()), "nothing applied");

        robot.interact(() -> {
            field.setText("5,000");
            field.fireEvent(new ActionEvent());
        });
        assertTrue(!problem.isVisible());
        assertEquals(5000.0, model.rules().rulesProperty().get().planMarkdownBudget());
        assertTrue(model.resultProperty().get().budget().binding());
        double used = model.resultProperty().get().summary().markdownCost();
        assertTrue(used <= 5000 + 1e-6, "within the budget: " + used);
        String expected = String.format(Locale.ROOT, "markdown cost %,.0f of 5,000 budget per plan (binding", used);
        assertTrue(robot.lookup((Label l) -> l.getText() != null && l.getText().contains(expected)).tryQuery()
                .isPresent(), "a tile says " + expected);
    }
}
