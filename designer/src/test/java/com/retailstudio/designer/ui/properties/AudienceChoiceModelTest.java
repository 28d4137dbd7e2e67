package com.retailstudio.designer.ui.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.library.InMemorySegmentLibrary;
import com.retailstudio.designer.library.SegmentVersion;
import com.retailstudio.designer.model.AudienceBreakdown;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.EntryTrigger;
import com.retailstudio.designer.model.FieldCatalogue;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.designer.model.Segment;
import com.retailstudio.designer.model.SegmentReference;
import com.retailstudio.ui.task.CurrentThreadTaskExecutor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** A journey's audience taken from a saved segment in the settings inspector, and the entry's estimated audience. */
class AudienceChoiceModelTest {

    private final InMemorySegmentLibrary segments = new InMemorySegmentLibrary(Clock.systemUTC(), "ana");
    private final List<Condition.Group> counted = new ArrayList<>();

    private static Segment gold(double sensitivity) {
        return new Segment("gold", "Gold, price-sensitive", "", Condition.Group.all(
                new Condition.Comparison("loyalty_tier", Operator.EQUALS, new ConditionValue.TextValue("GOLD")),
                new Condition.Comparison("price_sensitivity", Operator.AT_LEAST,
                        new ConditionValue.NumberValue(sensitivity))));
    }

    private JourneySettingsModel model() {
        return new JourneySettingsModel(FieldCatalogue.standard(), new JourneyAudiences(segments,
                new CurrentThreadTaskExecutor(), conditions -> {
                    counted.add(conditions);
                    return new AudienceBreakdown(1_234, 3_000, Instant.EPOCH, Map.of(), Map.of(), Map.of(),
                            Map.of());
                }));
    }

    @Test
    void choosingASavedSegmentMakesItsVersionTheJourneysAudience() {
        SegmentVersion v1 = segments.save(gold(0.6), 0);
        JourneySettingsModel model = model();
        model.show(JourneyTemplates.load("cart-abandonment").orElseThrow());
        AudienceChoiceModel choice = model.audienceChoice();
        assertEquals(AudienceChoiceModel.Source.WRITTEN, choice.sourceProperty().get());

        choice.sourceProperty().set(AudienceChoiceModel.Source.SEGMENT);
        assertEquals(Optional.empty(), model.commit(), "no segment chosen yet");
        assertEquals("Choose the segment whose customers may enter.", choice.problemProperty().get());
        choice.segmentProperty().set(v1);
        Journey chosen = model.commit().orElseThrow();

        assertEquals(Optional.of(new SegmentReference("gold", 1, "Gold, price-sensitive")), chosen.audienceSegment());
        assertEquals(gold(0.6).conditions(), chosen.audience());
        assertEquals(gold(0.6).conditions(), counted.get(counted.size() - 1), "the estimate counts the segment");
        assertTrue(choice.estimateText().get().startsWith(
                "Estimated audience on the active data set: 1,234 of 3,000 customers (41.1 %)"),
                choice.estimateText().get());

        // a newer version of the segment changes the journey only when chosen
        segments.save(gold(0.8), 1);
        model.show(chosen);
        assertEquals(v1, choice.segmentProperty().get());
        assertEquals(2, choice.newerVersion().orElseThrow().number());
        assertEquals(Optional.of(chosen), model.read());

        choice.sourceProperty().set(AudienceChoiceModel.Source.WRITTEN);
        Journey written = model.commit().orElseThrow();
        assertEquals(Optional.empty(), written.audienceSegment());
        assertEquals(gold(0.6).conditions(), written.audience(), "written here, starting from the segment's");
    }

    @Test
    void theEstimateIsCountedAgainWhenTheActiveDataSetChanges() {
        int[] customers = {3_000};
        SimpleObjectProperty<String> activeDataSet = new SimpleObjectProperty<>("spring");
        JourneySettingsModel model = new JourneySettingsModel(FieldCatalogue.standard(), new JourneyAudiences(
                segments, new CurrentThreadTaskExecutor(), conditions -> new AudienceBreakdown(customers[0] / 3,
                        customers[0], Instant.EPOCH, Map.of(), Map.of(), Map.of(), Map.of()), activeDataSet));
        model.show(JourneyTemplates.load("cart-abandonment").orElseThrow());
        assertTrue(model.audienceChoice().estimateText().get().contains("1,000 of 3,000 customers"),
                model.audienceChoice().estimateText().get());

        customers[0] = 1_200_000;
        activeDataSet.set("summer");
        assertTrue(model.audienceChoice().estimateText().get().contains("400,000 of 1,200,000 customers"),
                "recounted on the new data set: " + model.audienceChoice().estimateText().get());
    }

    @Test
    void anAudienceEntryIsEstimatedOnTheAudienceAndWhoJoins() {
        Journey welcome = JourneyTemplates.load("welcome-series").orElseThrow();
        EntryTrigger.AudienceTrigger joins = (EntryTrigger.AudienceTrigger) welcome.entry();
        JourneySettingsModel model = model();
        model.show(welcome);
        assertEquals(Condition.Group.all(welcome.audience(), joins.conditions()), counted.get(counted.size() - 1));
        assertTrue(model.audienceChoice().estimateText().get().endsWith(
                "match the audience and the entry's conditions now."), model.audienceChoice().estimateText().get());
    }

    @Test
    void withoutADataSetNothingIsCounted() {
        JourneySettingsModel model = new JourneySettingsModel(FieldCatalogue.standard());
        model.show(JourneyTemplates.load("cart-abandonment").orElseThrow());
        assertFalse(model.audienceChoice().estimates());
    }
}
