package com.retailstudio.designer.ui.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import com.retailstudio.ui.feedback.Feedback;
import com.retailstudio.ui.task.CurrentThreadTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioRulesViewModelTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    private InMemoryPortfolioRulesLibrary rules;
    private InMemoryJourneyLibrary journeys;
    private InMemorySegmentLibrary segments;
    /** Every pair of journeys shares 40 of 1,000 customers. */
    private final AudienceCounts counts = conditions -> new AudienceBreakdown(40, 1000, Instant.EPOCH, Map.of(),
            Map.of(), Map.of(), Map.of());

    @BeforeEach
    void workspace() {
        rules = new InMemoryPortfolioRulesLibrary(clock, "ana");
        journeys = new InMemoryJourneyLibrary(clock, "ana");
        for (String template : List.of("winback", "cart-abandonment", "welcome-series")) {
            journeys.saveDraft(JourneyTemplates.load(template).orElseThrow());
        }
        segments = new InMemorySegmentLibrary(clock, "ana");
        segments.save(new Segment("lapsed", "Lapsed", "", Condition.Group.all(new Condition.Comparison(
                "events.purchase.count_90d", Operator.EQUALS, new ConditionValue.NumberValue(0)))), 0);
    }

    private PortfolioRulesViewModel model() {
        return new PortfolioRulesViewModel(new PortfolioContext(rules, journeys, segments, counts,
                new CurrentThreadTaskExecutor()), "default");
    }

    private static CapRow row(PortfolioRulesViewModel model, JourneyChannel channel) {
        return model.caps().stream().filter(r -> r.channel().equals(Optional.ofNullable(channel)))
                .findFirst().orElseThrow();
    }

    @Test
    void newRulesListEveryJourneyOfTheWorkspaceAndNoCap() {
        PortfolioRulesViewModel model = model();
        assertEquals(List.of("cart-abandonment", "welcome-series", "winback"),
                model.priority().stream().map(PriorityEntry::id).toList());
        assertEquals(JourneyChannel.values().length + 1, model.caps().size());
        assertEquals("All channels together", model.caps().get(0).label());
        assertEquals(0, model.versionProperty().get());
        assertEquals(PortfolioRules.none("default").caps(), model.rules().caps());
    }

    @Test
    void whatIsEditedIsSavedAsTheNextVersionAndReadBack(@TempDir Path folder) throws Exception {
        PortfolioRulesViewModel model = model();
        model.nameProperty().set("Shared caps");
        row(model, JourneyChannel.EMAIL).maxProperty().set("2");
        model.caps().get(0).maxProperty().set("1");
        model.caps().get(0).windowProperty().set(Duration.ofDays(1));
        model.globalControlProperty().set("5 %");
        assertEquals(1, model.moveUp(2)); // winback above welcome-series
        assertEquals(0, model.moveUp(1)); // and above cart-abandonment
        model.suppressedSegments().setAll(model.segments().get(0));
        model.suppressedCustomersProperty().set("C00000002, C00000001\nC00000002");
        Path list = folder.resolve("staff.csv");
        Files.writeString(list, "customer_id,name\nstaff-1,Ana\n\"staff-2\",Ben\n");
        model.loadCustomers(list);
        assertEquals(4, model.suppressedCustomerCountProperty().get());

        model.save();

        assertEquals(Feedback.Severity.SUCCESS, model.feedbackProperty().get().severity());
        PortfolioRules saved = rules.latest("default").orElseThrow().rules();
        assertEquals(new PortfolioRules("default", "Shared caps", List.of(FrequencyCap.global(1, Duration.ofDays(1)),
                        FrequencyCap.of(JourneyChannel.EMAIL, 2, Duration.ofDays(7))), 5,
                List.of("winback", "cart-abandonment", "welcome-series"),
                List.of(new PortfolioRules.SuppressedSegment(segments.latest("lapsed").orElseThrow().reference(),
                        segments.latest("lapsed").orElseThrow().segment().conditions())),
                Set.of("C00000001", "C00000002", "staff-1", "staff-2")), saved);
        assertEquals(1, model.versionProperty().get());

        PortfolioRulesViewModel reopened = model();
        assertEquals(saved, reopened.rules());
        assertEquals("2", row(reopened, JourneyChannel.EMAIL).maxProperty().get());
        assertEquals(1, reopened.suppressedSegments().size());
    }

    @Test
    void savingShowsTheOverlapWarningsOfTheJourneysInPriorityOrder() {
        PortfolioRulesViewModel model = model();
        model.save();
        assertEquals(3, model.overlaps().size(), model.overlaps().toString());
        assertTrue(model.overlaps().get(0).startsWith("Cart abandonment"), model.overlaps().get(0));
        assertTrue(model.overlaps().get(0).contains("40 of the active data set's 1,000 customers (4.0 %)"),
                model.overlaps().get(0));
    }

    @Test
    void aBadCapOrControlIsRefusedSayingWhatToFixAndNothingIsSaved() {
        PortfolioRulesViewModel model = model();
        row(model, JourneyChannel.SMS).maxProperty().set("two");
        model.save();
        assertEquals(Feedback.danger("SMS: a cap is a whole number of messages, 0 or more, not 'two'."),
                model.feedbackProperty().get());
        row(model, JourneyChannel.SMS).maxProperty().set("");
        model.globalControlProperty().set("150");
        model.save();
        assertTrue(model.feedbackProperty().get().text().startsWith("The global control is a share"),
                model.feedbackProperty().get().text());
        assertEquals(List.of(), rules.history("default"));
    }

    @Test
    void movingPastEitherEndChangesNothing() {
        PortfolioRulesViewModel model = model();
        List<PriorityEntry> before = List.copyOf(model.priority());
        assertEquals(0, model.moveUp(0));
        assertEquals(2, model.moveDown(2));
        assertEquals(before, model.priority());
        assertEquals(1, model.moveDown(0));
        assertEquals("cart-abandonment", model.priority().get(1).id());
    }

    @Test
    void aSaveOverSomeoneElsesNewerVersionIsRefusedAndSubmittingMovesTheVersionToReview() {
        PortfolioRulesViewModel mine = model();
        PortfolioRulesViewModel theirs = model();
        theirs.save();
        mine.globalControlProperty().set("3");
        mine.save();
        assertEquals(Feedback.Severity.DANGER, mine.feedbackProperty().get().severity());
        assertEquals(1, rules.history("default").size());

        theirs.submitForReview();
        assertEquals("in review", theirs.reviewStateProperty().get());
        theirs.submitForReview();
        assertEquals(Feedback.Severity.DANGER, theirs.feedbackProperty().get().severity());
    }
}
