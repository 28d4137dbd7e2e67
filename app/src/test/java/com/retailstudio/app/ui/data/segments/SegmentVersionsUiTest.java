package com.retailstudio.app.ui.data.segments;

import static com.retailstudio.app.ui.data.segments.SegmentsTabReading.figure;
import static com.retailstudio.app.ui.data.segments.SegmentsTabReading.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.segments.DataSetAudience;
import com.retailstudio.app.ui.UiTestSupport;
import com.retailstudio.app.ui.shell.Theme;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.designer.library.InMemorySegmentLibrary;
import com.retailstudio.designer.library.SegmentUse;
import com.retailstudio.designer.library.SegmentVersion;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.designer.model.Segment;
import com.retailstudio.designer.ui.properties.LiveAudience;
import com.retailstudio.ui.dialog.DialogService;
import com.retailstudio.ui.task.FxTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A segment's older versions opened and compared, and deleting it: refused while a journey uses it, then done. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class SegmentVersionsUiTest {

    private static final String LONG_NAME = "Gold and platinum members in the north who may be e-mailed about "
            + "seasonal offers and who bought in the last ninety days";

    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final List<SegmentUse> uses = new ArrayList<>();
    private final InMemorySegmentLibrary library = new InMemorySegmentLibrary(Clock.systemUTC(), "ana",
            id -> id.equals("gold-email") ? List.copyOf(uses) : List.of());
    private final List<String> confirmed = new ArrayList<>();
    private SegmentsViewModel model;
    private Scene scene;

    private static Condition.Comparison tier(String code) {
        return new Condition.Comparison("loyalty_tier", Operator.EQUALS, new ConditionValue.TextValue(code));
    }

    @Start
    void start(Stage stage) throws Exception {
        Theme.LIGHT.apply();
        Path folder = Files.createTempDirectory("retail-studio-segment-versions-ui");
        BundledSample.extractTo(folder);
        library.save(new Segment("gold-email", "Gold e-mail", "", Condition.Group.all(tier("GOLD"))), 0);
        library.save(new Segment("gold-email", "Gold e-mail", "", Condition.Group.all(tier("PLATINUM"),
                new Condition.Comparison("consent.email_marketing", Operator.EQUALS,
                        new ConditionValue.BooleanValue(true)))), 1);
        library.save(new Segment("long", LONG_NAME, "", Condition.Group.always()), 0);
        DialogService agrees = new DialogService() {
            @Override
            public boolean confirm(String title, String question, String action) {
                confirmed.add(question);
                return true;
            }
        };
        model = new SegmentsViewModel(library, new LiveAudience(tasks, new DataSetAudience(() -> Optional.of(folder))));
        scene = new Scene(new SegmentsView(model, agrees), 1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }


    @SuppressWarnings("unchecked")
    private static ListView<SegmentVersion> list(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ListView.class);
    }

    private void openSegment(FxRobot robot, String id) throws Exception {
        ListView<SegmentVersion> saved = list(robot, "#segment-list");
        robot.interact(() -> saved.getSelectionModel().select(saved.getItems().stream()
                .filter(v -> v.segment().id().equals(id)).findFirst().orElseThrow()));
        UiTestSupport.waitUntilIdle(tasks);
    }

    @Test
    void anOlderVersionOpensFromTheKeyboardAndTwoVersionsCompare(FxRobot robot) throws Exception {
        openSegment(robot, "gold-email");
        assertEquals(List.of(2, 1), list(robot, "#segment-versions").getItems().stream()
                .map(SegmentVersion::number).toList());
        assertEquals("v1 → v2: 2 changes.", text(robot, "#segment-compare-summary"));
        assertEquals(List.of("~ loyalty_tier is PLATINUM (was: loyalty_tier is GOLD).",
                "+ consent.email_marketing is yes."), robot.lookup("#segment-differences").queryAs(Node.class)
                .lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList());
        int newest = figure(robot, "#segment-size");

        // the older version: chosen in the list and opened with Enter
        ListView<SegmentVersion> versions = list(robot, "#segment-versions");
        robot.interact(() -> {
            versions.requestFocus();
            versions.getSelectionModel().select(1);
        });
        robot.type(KeyCode.ENTER);
        UiTestSupport.waitUntilIdle(tasks);
        assertEquals(1, model.openedProperty().get().number());
        assertTrue(text(robot, "#segment-version").startsWith("Version 1 of 2 by ana"));
        assertEquals("This is version 1 of 2. Saving it makes version 3 with these conditions.",
                text(robot, "#segment-feedback"));
        assertTrue(figure(robot, "#segment-size") > newest,
                "the size is the older version's");
        assertEquals("v1 → v2: 2 changes.", text(robot, "#segment-compare-summary"), "compared with the newest");
        UiTestSupport.writeScreenshot(robot, scene, "segments-versions.png");

        // Save restores it as version 3
        robot.interact(() -> robot.lookup("#segment-save").queryAs(Button.class).fire());
        UiTestSupport.waitUntilIdle(tasks);
        assertEquals(Condition.Group.all(tier("GOLD")), library.latest("gold-email").orElseThrow().segment()
                .conditions());
        assertEquals(3, library.latest("gold-email").orElseThrow().number());
    }

    @Test
    void aLongNameEndsInAnEllipsisWithItsTooltipAndTheListNeverScrollsSideways(FxRobot robot) {
        ListView<SegmentVersion> saved = list(robot, "#segment-list");
        for (Node bar : saved.lookupAll(".scroll-bar")) {
            if (((ScrollBar) bar).getOrientation() == Orientation.HORIZONTAL) {
                assertFalse(bar.isVisible(), "no sideways scrolling");
            }
        }
        ListCell<?> cell = saved.lookupAll(".list-cell").stream().map(n -> (ListCell<?>) n)
                .filter(c -> c.getItem() instanceof SegmentVersion v && v.segment().id().equals("long"))
                .findFirst().orElseThrow();
        assertTrue(cell.getWidth() <= saved.getWidth(), "the cell fits the list: " + cell.getWidth());
        assertEquals(LONG_NAME + " (long, version 1)", cell.getTooltip().getText());
        Label name = (Label) cell.lookupAll(".label").iterator().next();
        assertTrue(name.getWidth() < name.prefWidth(-1), "the name is cut to fit, ending in …");
    }

    @Test
    void deletingIsRefusedNamingTheJourneysThatUseTheSegmentThenDoneOnceNoneDoes(FxRobot robot) throws Exception {
        openSegment(robot, "gold-email");
        uses.add(new SegmentUse("cart-recovery", "Cart recovery", List.of("draft", "v2")));
        robot.clickOn("#segment-delete");
        assertEquals("“Gold e-mail” cannot be deleted: it is the audience of “Cart recovery” (draft, v2). Choose "
                + "another audience for that journey first.", text(robot, "#segment-feedback"));
        assertEquals(2, model.segments().size());
        UiTestSupport.writeScreenshot(robot, scene, "segments-delete-refused.png");

        uses.clear();
        robot.clickOn("#segment-delete");
        assertEquals("Deleted “Gold e-mail”.", text(robot, "#segment-feedback"));
        assertEquals(List.of("long"), model.segments().stream().map(v -> v.segment().id()).toList());
        assertEquals(2, confirmed.size(), "asked each time");
        assertTrue(confirmed.get(0).startsWith("Delete “Gold e-mail”?"), confirmed.get(0));
        assertTrue(robot.lookup("#segment-delete").queryAs(Button.class).isDisabled(), "nothing opened to delete");
    }
}
