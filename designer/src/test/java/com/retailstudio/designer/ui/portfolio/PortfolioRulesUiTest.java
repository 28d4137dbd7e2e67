package com.retailstudio.designer.ui.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.library.AudienceCounts;
import com.retailstudio.designer.library.InMemoryJourneyLibrary;
import com.retailstudio.designer.library.InMemoryPortfolioRulesLibrary;
import com.retailstudio.designer.library.InMemorySegmentLibrary;
import com.retailstudio.designer.model.AudienceBreakdown;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.FrequencyCap;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.designer.model.PortfolioRules;
import com.retailstudio.designer.model.Segment;
import com.retailstudio.testsupport.Screenshots;
import com.retailstudio.ui.dialog.DialogService;
import com.retailstudio.ui.task.CurrentThreadTaskExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Portfolio rules editor driven as a marketer would: caps, priority by keyboard, a suppressed segment, save. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class PortfolioRulesUiTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    private final InMemoryPortfolioRulesLibrary rules = new InMemoryPortfolioRulesLibrary(clock, "ana");
    /** Customers who meet both journeys of a pair: more for pairs with the welcome series. */
    private final AudienceCounts counts = conditions -> new AudienceBreakdown(
            conditions.describe().contains("page_view") ? 212 : 1348, 5000, Instant.EPOCH, Map.of(), Map.of(),
            Map.of(), Map.of());

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        InMemoryJourneyLibrary journeys = new InMemoryJourneyLibrary(clock, "ana");
        for (String template : List.of("cart-abandonment", "welcome-series", "winback")) {
            journeys.saveDraft(JourneyTemplates.load(template).orElseThrow());
        }
        InMemorySegmentLibrary segments = new InMemorySegmentLibrary(clock, "ana");
        segments.save(new Segment("lapsed", "Lapsed customers", "", Condition.Group.all(new Condition.Comparison(
                "events.purchase.count_90d", Operator.EQUALS, new ConditionValue.NumberValue(0)))), 0);
        segments.save(new Segment("staff", "Staff", "", Condition.Group.all(new Condition.Comparison(
                "loyalty_tier", Operator.EQUALS, new ConditionValue.TextValue("STAFF")))), 0);
        PortfolioRulesViewModel model = new PortfolioRulesViewModel(new PortfolioContext(rules, journeys, segments,
                counts, new CurrentThreadTaskExecutor()), "default");
        stage.setScene(new Scene(new PortfolioRulesView(model, new DialogService() { }), 760, 760));
        stage.show();
    }

    /** Focuses the field (scrolled out of view or not), selects what it holds and types over it. */
    private static void type(FxRobot robot, String query, String text) {
        TextInputControl field = robot.lookup(query).query();
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write(text);
    }

    @Test
    void aMarketerSetsCapsReordersJourneysWithTheKeyboardSuppressesASegmentAndSaves(FxRobot robot)
            throws Exception {
        type(robot, "#portfolio-name", "Shared caps");
        type(robot, "#portfolio-cap-all", "1");
        type(robot, "#portfolio-cap-email", "3");
        type(robot, "#portfolio-global-control", "5");
        ListView<PriorityEntry> priority = robot.lookup("#portfolio-priority").queryListView();
        robot.interact(() -> {
            priority.requestFocus();
            priority.getSelectionModel().select(2);
        });
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        CheckComboBox<SuppressibleSegment> segments = robot.lookup("#portfolio-suppressed-segments").query();
        robot.interact(() -> segments.getCheckModel().check(0));
        type(robot, "#portfolio-suppressed-customers", "C00000001\nC00000002");
        robot.clickOn("#portfolio-save");
        WaitForAsyncUtils.waitForFxEvents();

        PortfolioRules saved = rules.latest("default").orElseThrow().rules();
        assertEquals("Shared caps", saved.name());
        assertEquals(List.of(FrequencyCap.global(1, Duration.ofDays(7)),
                FrequencyCap.of(JourneyChannel.EMAIL, 3, Duration.ofDays(7))), saved.caps());
        assertEquals(5, saved.globalControlPercent());
        assertEquals(List.of("winback", "cart-abandonment", "welcome-series"), saved.priority());
        assertEquals("lapsed", saved.suppressedSegments().get(0).segment().id());
        assertEquals(2, saved.suppressedCustomers().size());
        VBox overlaps = robot.lookup("#portfolio-overlaps").query();
        assertEquals(3, overlaps.getChildren().size());
        assertTrue(robot.lookup("#portfolio-state").queryLabeled().getText().startsWith("Version 1, saved"));
        Screenshots.write(robot, priority.getScene(), "portfolio-rules.png");
        Screenshots.write(robot, robot.lookup("#portfolio-rules-content").query(), "portfolio-rules-whole.png");
    }
}
