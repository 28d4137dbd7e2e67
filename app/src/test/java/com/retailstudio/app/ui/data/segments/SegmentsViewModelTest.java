package com.retailstudio.app.ui.data.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.segments.DataSetAudience;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.designer.library.InMemorySegmentLibrary;
import com.retailstudio.designer.library.SegmentUse;
import com.retailstudio.designer.library.SegmentVersion;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionDiff;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.designer.model.Segment;
import com.retailstudio.designer.ui.properties.LiveAudience;
import com.retailstudio.ui.feedback.Feedback;
import com.retailstudio.ui.task.CurrentThreadTaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Segments tab's versions, comparison and deletion, without a scene, counted on the bundled sample. */
class SegmentsViewModelTest {

    @TempDir
    static Path sample;

    /** The journeys that use a segment, as a test sets them. */
    private final List<SegmentUse> uses = new ArrayList<>();
    private final InMemorySegmentLibrary library = new InMemorySegmentLibrary(Clock.systemUTC(), "ana",
            id -> id.equals("gold-email") ? List.copyOf(uses) : List.of());

    @BeforeAll
    static void extract() throws IOException {
        BundledSample.extractTo(sample);
    }

    private SegmentsViewModel model() {
        SegmentsViewModel model = new SegmentsViewModel(library, new LiveAudience(new CurrentThreadTaskExecutor(),
                new DataSetAudience(() -> Optional.of(sample))));
        model.refresh();
        return model;
    }

    private static Condition.Comparison tier(String code) {
        return new Condition.Comparison("loyalty_tier", Operator.EQUALS, new ConditionValue.TextValue(code));
    }

    private static final Condition.Comparison EMAIL = new Condition.Comparison("consent.email_marketing",
            Operator.EQUALS, new ConditionValue.BooleanValue(true));

    private SegmentVersion save(Condition.Group conditions, int basedOn) {
        return library.save(new Segment("gold-email", "Gold e-mail", "", conditions), basedOn);
    }

    private static List<String> lines(SegmentsViewModel model) {
        return model.versions().differences().stream().map(ConditionDiff.Line::toText).toList();
    }

    @Test
    void anOlderVersionOpensWithItsConditionsAndSizeAndSavingItRestoresItAsTheNextVersion() {
        SegmentVersion v1 = save(Condition.Group.all(tier("GOLD")), 0);
        save(Condition.Group.all(tier("PLATINUM"), EMAIL), 1);
        SegmentsViewModel model = model();
        model.open(model.segments().get(0));
        int newestSize = model.breakdownProperty().get().size();

        model.open(model.versions().versions().get(1));
        assertEquals(v1, model.openedProperty().get());
        assertEquals(Optional.of(Condition.Group.all(tier("GOLD"))), model.conditionsProperty().get().read());
        assertTrue(model.versionProperty().get().startsWith("Version 1 of 2 by ana"), model.versionProperty().get());
        assertEquals(Feedback.info("This is version 1 of 2. Saving it makes version 3 with these conditions."),
                model.feedbackProperty().get());
        int goldSize = model.breakdownProperty().get().size();
        assertTrue(goldSize > newestSize, "gold alone holds for more than platinum with e-mail: " + goldSize + " vs "
                + newestSize);
        assertEquals("v1 → v2: 2 changes.", model.versions().summaryProperty().get(),
                "an older version is compared with the newest");

        SegmentVersion restored = model.save().orElseThrow();
        assertEquals(3, restored.number());
        assertEquals(Condition.Group.all(tier("GOLD")), library.latest("gold-email").orElseThrow().segment()
                .conditions());
        assertEquals(List.of(3, 2, 1), model.versions().versions().stream().map(SegmentVersion::number).toList());
    }

    @Test
    void twoVersionsCompareConditionByCondition() {
        save(Condition.Group.all(tier("GOLD")), 0);
        save(Condition.Group.all(tier("PLATINUM"), EMAIL), 1);
        SegmentsViewModel model = model();
        model.open(model.segments().get(0));
        assertEquals("v1 → v2: 2 changes.", model.versions().summaryProperty().get());
        assertEquals(List.of("~ loyalty_tier is PLATINUM (was: loyalty_tier is GOLD).",
                "+ consent.email_marketing is yes."), lines(model));

        model.versions().fromProperty().set(model.versions().versions().get(0));
        assertEquals("v2 → v2: no change.", model.versions().summaryProperty().get());
        assertEquals(List.of(), lines(model));
    }

    @Test
    void aSegmentAJourneyUsesIsNotDeletedAndTheFeedbackNamesTheJourney() {
        save(Condition.Group.all(tier("GOLD")), 0);
        uses.add(new SegmentUse("cart-recovery", "Cart recovery", List.of("draft", "v2")));
        SegmentsViewModel model = model();
        model.open(model.segments().get(0));

        assertEquals(false, model.delete());
        assertEquals(Feedback.danger("“Gold e-mail” cannot be deleted: it is the audience of “Cart recovery” "
                + "(draft, v2). Choose another audience for that journey first."), model.feedbackProperty().get());
        assertEquals(1, model.segments().size());
    }

    @Test
    void aDeletedSegmentLeavesTheListAndItsIdIsNotGivenToANewOne() {
        save(Condition.Group.all(tier("GOLD")), 0);
        SegmentsViewModel model = model();
        model.open(model.segments().get(0));

        assertTrue(model.delete());
        assertEquals(Feedback.success("Deleted “Gold e-mail”."), model.feedbackProperty().get());
        assertEquals(List.of(), model.segments());
        assertNull(model.openedProperty().get());
        assertEquals(List.of(), model.versions().versions());

        model.nameProperty().set("Gold e-mail");
        assertEquals("gold-e-mail", model.save().orElseThrow().segment().id(),
                "the name's id is free: the deleted one was gold-email");
        model.newSegment();
        model.nameProperty().set("Gold email");
        assertEquals("gold-email-2", model.save().orElseThrow().segment().id(), "a deleted segment's id stays taken");
    }
}
