package com.retailstudio.markdown.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.retailstudio.markdown.model.MarkdownRules;
import com.retailstudio.testsupport.Screenshots;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.RangeSlider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The rules editor's depth range, a ControlsFX range slider over "first markdown at least" and "maximum depth": the
 * keys move an end by a whole percent into its field, an exact value typed stays exact, and applying plans with them.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class DepthRangeUiTest {

    private static Path sample;
    private MarkdownViewModel model;
    private Stage stage;

    @BeforeAll
    static void extractSample() throws IOException {
        sample = MarkdownSectionOnStage.sample("markdown-depth-range");
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = MarkdownSectionOnStage.show(stage, sample);
    }

    /** One test, for the section plans the sample once at start: slow on a busy machine. */
    @Test
    void theKeysMoveTheDepthsIntoTheFieldsExactDepthsStayAndApplyingPlansWithThem(FxRobot robot) throws IOException {
        robot.clickOn("#rules-tab");
        MarkdownRules before = model.rules().rulesProperty().get().defaults();
        RangeSlider depths = robot.lookup("#rule-depth-range").queryAs(RangeSlider.class);
        TextField max = robot.lookup("#rule-max-depth").queryAs(TextField.class);
        TextField first = robot.lookup("#rule-first-markdown-min-depth").queryAs(TextField.class);
        assertEquals(100 * before.maxDepth(), depths.getHighValue(), 1e-9, "the slider shows the rules' maximum");
        assertEquals(100 * before.firstMarkdownMinDepth(), depths.getLowValue(), 1e-9);
        assertEquals("max " + max.getText() + " %", endText(robot, "#rule-depth-range-high"),
                "the high end is labelled with its value");

        robot.interact(depths::requestFocus);
        robot.type(KeyCode.RIGHT, 2);
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.LEFT, 5);
        long firstDepth = Math.round(100 * before.firstMarkdownMinDepth()) + 2;
        long maxDepth = Math.round(100 * before.maxDepth()) - 5;
        assertEquals(Long.toString(firstDepth), first.getText(), "the low end writes the first markdown's depth");
        assertEquals(Long.toString(maxDepth), max.getText(), "the high end writes the maximum depth");
        Screenshots.write(robot, stage.getScene(), "markdowns-depth-range.png");

        robot.interact(() -> max.setText("62.5"));
        assertEquals(62.5, depths.getHighValue(), 1e-9, "the thumb goes to the typed depth");
        assertEquals("max 62.5 %", endText(robot, "#rule-depth-range-high"));
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        robot.type(KeyCode.RIGHT);
        assertEquals("62.5", max.getText(), "the end not moved keeps its exact value");
        assertEquals(Long.toString(firstDepth + 1), first.getText());

        robot.interact(() -> max.setText("120"));
        assertEquals(62.5, depths.getHighValue(), 1e-9, "a depth the rules refuse leaves the thumb where it was");
        assertEquals("120", max.getText(), "and the field as typed, for its problem to be shown");
        assertFalse(endText(robot, "#rule-max-depth-problem").isEmpty());

        robot.interact(() -> max.setText(Long.toString(maxDepth)));
        robot.clickOn("#rules-apply");
        MarkdownRules after = model.rules().rulesProperty().get().defaults();
        assertEquals((firstDepth + 1) / 100.0, after.firstMarkdownMinDepth(), 1e-9);
        assertEquals(maxDepth / 100.0, after.maxDepth(), 1e-9);
    }

    private static String endText(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
