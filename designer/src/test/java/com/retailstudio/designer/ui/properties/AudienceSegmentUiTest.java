package com.retailstudio.designer.ui.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.library.InMemorySegmentLibrary;
import com.retailstudio.designer.library.SegmentVersion;
import com.retailstudio.designer.model.AudienceBreakdown;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.FieldCatalogue;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.designer.model.Segment;
import com.retailstudio.ui.task.CurrentThreadTaskExecutor;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The inspector's audience taken from a saved segment, with the entry's estimated audience beneath it. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class AudienceSegmentUiTest {
    private final List<Journey> changes = new ArrayList<>();
    private final InMemorySegmentLibrary segments = new InMemorySegmentLibrary(Clock.systemUTC(), "ana");
    private SegmentVersion saved;
    private JourneySettingsPanel panel;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        saved = segments.save(new Segment("gold-email", "Gold we may e-mail", "", Condition.Group.all(
                new Condition.Comparison("loyalty_tier", Operator.EQUALS, new ConditionValue.TextValue("GOLD")),
                new Condition.Comparison("consent.email_marketing", Operator.EQUALS,
                        new ConditionValue.BooleanValue(true)))), 0);
        // counts 42 customers per condition of the audience, so the estimate shows which conditions it counted
        panel = new JourneySettingsPanel(FieldCatalogue.standard(), new JourneyAudiences(segments,
                new CurrentThreadTaskExecutor(), conditions -> new AudienceBreakdown(
                        42 * conditions.conditions().size(), 3_000, Instant.EPOCH, Map.of(), Map.of(), Map.of(),
                        Map.of())));
        panel.setOnChange(changes::add);
        stage.setScene(new Scene(panel, 320, 760));
        stage.show();
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingASavedSegmentAsTheAudienceChangesTheJourneyAndItsEstimate(FxRobot robot) throws IOException {
        Journey cart = JourneyTemplates.load("cart-abandonment").orElseThrow();
        robot.interact(() -> panel.show(cart));
        Label estimate = robot.lookup("#audience-estimate").queryAs(Label.class);
        assertEquals(String.format(Locale.ROOT, "Estimated audience on the active data set: %d of 3,000 customers (%.1f %%) "
                        + "match the audience now; each enters on cart_abandon.", 42 * cart.audience().conditions().size(),
                1.4 * cart.audience().conditions().size()), estimate.getText());

        ComboBox<AudienceChoiceModel.Source> source = robot.lookup("#audience-source").queryAs(ComboBox.class);
        robot.interact(() -> source.setValue(AudienceChoiceModel.Source.SEGMENT));
        ComboBox<SegmentVersion> segment = robot.lookup("#audience-segment").queryAs(ComboBox.class);
        assertEquals(List.of(saved), segment.getItems());
        robot.interact(() -> segment.setValue(saved));

        Journey changed = changes.get(changes.size() - 1);
        assertEquals(saved.reference(), changed.audienceSegment().orElseThrow());
        assertEquals(saved.segment().conditions(), changed.audience());
        assertTrue(estimate.getText().startsWith("Estimated audience on the active data set: 84 of 3,000"),
                estimate.getText());
        assertEquals("Customers who match: loyalty_tier is GOLD and consent.email_marketing is yes",
                robot.lookup("#audience-segment-conditions").queryAs(Label.class).getText());
        InspectorScreenshots.write(robot, robot.lookup(".inspector-content").query(),
                "properties-audience-segment-light.png");
    }
}
