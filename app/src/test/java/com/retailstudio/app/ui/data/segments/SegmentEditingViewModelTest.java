package com.retailstudio.app.ui.data.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.segments.DataSetAudience;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.designer.library.InMemorySegmentLibrary;
import com.retailstudio.designer.library.SegmentVersion;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.designer.ui.properties.LiveAudience;
import com.retailstudio.ui.feedback.Feedback;
import com.retailstudio.ui.task.CurrentThreadTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Segments editor without a stage (SegmentsUiTest, tagged slow, drives the same through the view): the size and
 * breakdown follow the conditions on the bundled sample, saving makes versions, and a segment without a name is not
 * saved.
 */
class SegmentEditingViewModelTest {

    @TempDir
    static Path sample;

    private final InMemorySegmentLibrary library = new InMemorySegmentLibrary(Clock.systemUTC(), "ana");
    private SegmentsViewModel model;

    @BeforeAll
    static void extractTheSample() throws Exception {
        BundledSample.extractTo(sample);
    }

    @BeforeEach
    void editANewSegment() {
        model = new SegmentsViewModel(library, new LiveAudience(new CurrentThreadTaskExecutor(),
                new DataSetAudience(() -> Optional.of(sample))));
    }

    private void edit(Condition.Group conditions) {
        model.conditionsProperty().get().load(conditions);
        model.conditionsChanged();
    }

    private int size() {
        return model.breakdownProperty().get().size();
    }

    private static Condition emailable() {
        return new Condition.Comparison("consent.email_marketing", Operator.EQUALS,
                new ConditionValue.BooleanValue(true));
    }

    private static Condition priceSensitive() {
        return new Condition.Comparison("price_sensitivity", Operator.AT_LEAST, new ConditionValue.NumberValue(0.6));
    }

    @Test
    void theSizeAndBreakdownFollowTheConditions() {
        assertEquals(3_000, size(), "no condition yet: everyone");

        edit(Condition.Group.all(emailable()));
        int emailable = size();
        assertTrue(emailable > 0 && emailable < 3_000, "consent to e-mail holds for some: " + emailable);
        assertEquals(emailable, model.breakdownProperty().get().byConsent().get("email_marketing"));

        edit(Condition.Group.all(emailable(), priceSensitive()));
        int both = size();
        assertTrue(both > 0 && both < emailable, "a narrower segment: " + both + " of " + emailable);
        assertEquals(both, model.breakdownProperty().get().byAgeBand().values().stream()
                .mapToInt(Integer::intValue).sum(), "the age bands add up to the size");

        edit(Condition.Group.any(emailable(), priceSensitive()));
        assertTrue(size() > emailable, "any of the two holds for more than either");
        assertEquals("", model.problemProperty().get());
    }

    @Test
    void savingMakesTheSegmentsNextVersionAndANewSegmentWithTheSameNameGetsItsOwnId() {
        edit(Condition.Group.all(emailable(), priceSensitive()));
        model.nameProperty().set("  Price-sensitive e-mail subscribers ");
        SegmentVersion first = model.save().orElseThrow();
        assertEquals("price-sensitive-e-mail-subscribers", first.segment().id());
        assertEquals("consent.email_marketing is yes and price_sensitivity is at least 0.6",
                first.segment().conditions().describe());
        assertTrue(model.versionProperty().get().startsWith("Version 1 by ana"), model.versionProperty().get());
        assertEquals(Feedback.Severity.SUCCESS, model.feedbackProperty().get().severity());

        edit(Condition.Group.any(emailable(), priceSensitive()));
        model.save().orElseThrow();
        assertEquals(List.of(2, 1), library.history("price-sensitive-e-mail-subscribers").stream()
                .map(SegmentVersion::number).toList());

        model.newSegment();
        assertEquals("Not saved yet", model.versionProperty().get());
        model.nameProperty().set("PRICE-SENSITIVE E-mail subscribers");
        assertEquals("price-sensitive-e-mail-subscribers-2", model.save().orElseThrow().segment().id());
        assertEquals(2, model.segments().size());
    }

    @Test
    void aSegmentWithoutANameIsNotSavedAndSaysWhy() {
        model.nameProperty().set("   ");
        assertEquals(Optional.empty(), model.save());
        assertEquals(Feedback.danger("Give the segment a name."), model.feedbackProperty().get());
        assertTrue(library.list().isEmpty());
    }
}
