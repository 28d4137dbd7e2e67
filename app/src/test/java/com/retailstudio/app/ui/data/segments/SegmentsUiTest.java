package com.retailstudio.app.ui.data.segments;

import static com.retailstudio.app.ui.data.segments.SegmentsTabReading.figure;
import static com.retailstudio.app.ui.data.segments.SegmentsTabReading.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.segments.DataSetAudience;
import com.retailstudio.app.ui.UiTestSupport;
import com.retailstudio.app.ui.shell.Theme;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.designer.library.InMemorySegmentLibrary;
import com.retailstudio.designer.library.SegmentVersion;
import com.retailstudio.designer.model.Field;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.designer.ui.properties.LiveAudience;
import com.retailstudio.ui.task.FxTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Building a segment on the bundled sample: its size and breakdown follow each edit; saving makes versions. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class SegmentsUiTest {

    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final InMemorySegmentLibrary library = new InMemorySegmentLibrary(Clock.systemUTC(), "ana");
    private SegmentsViewModel model;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        Theme.LIGHT.apply();
        Path folder = Files.createTempDirectory("retail-studio-segments-ui");
        BundledSample.extractTo(folder);
        model = new SegmentsViewModel(library, new LiveAudience(tasks, new DataSetAudience(() -> Optional.of(folder))));
        scene = new Scene(new SegmentsView(model), 1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }



    @SuppressWarnings("unchecked")
    private static SearchableComboBox<Field> picker(FxRobot robot, String row) {
        return robot.lookup("#" + row + "-field").queryAs(SearchableComboBox.class);
    }

    private static void pick(FxRobot robot, String row, String path) {
        SearchableComboBox<Field> picker = picker(robot, row);
        Field field = picker.getItems().stream().filter(f -> f.path().equals(path)).findFirst().orElse(null);
        assertNotNull(field, path + " is offered");
        robot.interact(() -> picker.setValue(field));
    }

    @Test
    void theSizeAndBreakdownFollowEachEditAndSavingMakesVersions(FxRobot robot) throws Exception {
        UiTestSupport.waitUntilIdle(tasks);
        assertEquals(3_000, figure(robot, "#segment-size"), "no condition yet: everyone");
        assertEquals("100.0 %", text(robot, "#segment-share"));

        // the condition editor of the journeys: profile, consent and behaviour, never the triggering event
        robot.clickOn("#segment-conditions-add-condition");
        assertEquals(List.of("Profile", "Consent", "Behaviour"), picker(robot, "segment-conditions-1").getItems()
                .stream().map(f -> f.group().label()).distinct().toList());
        pick(robot, "segment-conditions-1", "consent.email_marketing");
        UiTestSupport.waitUntilIdle(tasks);
        int emailable = figure(robot, "#segment-size");
        assertTrue(emailable > 0 && emailable < 3_000, "consent to e-mail holds for some: " + emailable);
        assertEquals(emailable, model.breakdownProperty().get().byConsent().get("email_marketing"),
                "everyone in it granted e-mail marketing");

        robot.clickOn("#segment-conditions-add-condition");
        pick(robot, "segment-conditions-2", "price_sensitivity");
        @SuppressWarnings("unchecked")
        ComboBox<Operator> operator = robot.lookup("#segment-conditions-2-operator").queryAs(ComboBox.class);
        robot.interact(() -> operator.setValue(Operator.AT_LEAST));
        TextField value = robot.lookup("#segment-conditions-2-value").queryAs(TextField.class);
        robot.clickOn(value);
        robot.interact(value::selectAll);
        robot.write("0.6");
        robot.type(KeyCode.ENTER);
        UiTestSupport.waitUntilIdle(tasks);
        int sensitive = figure(robot, "#segment-size");
        assertTrue(sensitive > 0 && sensitive < emailable, "a narrower segment: " + sensitive + " of " + emailable);
        assertEquals(sensitive, model.breakdownProperty().get().byAgeBand().values().stream()
                .mapToInt(Integer::intValue).sum(), "the age bands add up to the size");

        robot.clickOn("#segment-name").write("Price-sensitive e-mail subscribers");
        robot.clickOn("#segment-save");
        assertEquals("Version 1", text(robot, "#segment-version").substring(0, 9));
        List<SegmentVersion> saved = library.list();
        assertEquals(1, saved.size());
        assertEquals("price-sensitive-e-mail-subscribers", saved.get(0).segment().id());
        assertEquals("consent.email_marketing is yes and price_sensitivity is at least 0.6",
                saved.get(0).segment().conditions().describe());
        UiTestSupport.writeScreenshot(robot, scene, "segments-editing.png");

        // a second save is the next version of the same segment
        robot.interact(() -> robot.lookup("#segment-conditions-all").queryAs(ToggleButton.class)
                .getToggleGroup().selectToggle(robot.lookup("#segment-conditions-any")
                        .queryAs(ToggleButton.class)));
        UiTestSupport.waitUntilIdle(tasks);
        assertTrue(figure(robot, "#segment-size") > emailable, "any of the two holds for more than either");
        robot.interact(() -> robot.lookup("#segment-save").queryAs(Button.class).fire());
        assertEquals(List.of(2, 1), library.history("price-sensitive-e-mail-subscribers").stream()
                .map(SegmentVersion::number).toList());
    }
}
