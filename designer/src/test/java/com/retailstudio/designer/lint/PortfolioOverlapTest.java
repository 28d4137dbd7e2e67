package com.retailstudio.designer.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.library.AudienceCounts;
import com.retailstudio.designer.model.AudienceBreakdown;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.EntryTrigger;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Operator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortfolioOverlapTest {

    private static Journey template(String name) {
        return JourneyTemplates.load(name).orElseThrow();
    }

    /** Answers every count with {@code size} of 1,000 customers, and keeps what it was asked. */
    private static final class Recorded implements AudienceCounts {
        final List<Condition.Group> asked = new ArrayList<>();
        private final int size;

        Recorded(int size) {
            this.size = size;
        }

        @Override
        public AudienceBreakdown count(Condition.Group conditions) {
            asked.add(conditions);
            return new AudienceBreakdown(size, 1000, Instant.EPOCH, Map.of(), Map.of(), Map.of(), Map.of());
        }
    }

    private static Journey scheduled(Journey journey, LocalDate start, EntryTrigger.Repeat repeat) {
        // a scheduled copy that sends only on its entry day: the entry, one message, the exit
        Journey cart = template("cart-abandonment");
        List<JourneyNode> nodes = cart.nodes().stream().filter(node -> List.of("entry", "reminder", "no-purchase")
                .contains(node.id())).toList();
        List<Edge> edges = List.of(new Edge("entry", "next", "reminder"), new Edge("reminder", "next", "no-purchase"));
        return new Journey(journey.id(), journey.name(), journey.description(), journey.version(), journey.goal(),
                new EntryTrigger.ScheduleTrigger(start, LocalTime.of(9, 0), repeat), journey.audience(),
                journey.reEntry(), nodes, edges, journey.guardrails(), journey.objectives(),
                journey.audienceSegment());
    }

    @Test
    void twoJourneysWithCustomersInCommonAreWarnedAboutNamingBothAndTheOverlap() {
        Recorded counts = new Recorded(123);
        Journey cart = template("cart-abandonment");
        Journey welcome = template("welcome-series");
        List<Finding> findings = PortfolioOverlap.findings(List.of(cart, welcome), counts::count);

        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals(JourneyOverlap.CODE, finding.code());
        assertTrue(finding.message().contains(cart.name() + " (cart-abandonment)"), finding.message());
        assertTrue(finding.message().contains(welcome.name() + " (welcome-series)"), finding.message());
        assertTrue(finding.message().contains("123 of the active data set's 1,000 customers (12.3 %)"),
                finding.message());
        // what was counted: both audiences, and the welcome series' entry conditions
        assertEquals(List.of(Condition.Group.all(
                Condition.Group.all(cart.audience(), Condition.Group.always()),
                Condition.Group.all(welcome.audience(),
                        ((EntryTrigger.AudienceTrigger) welcome.entry()).conditions()))), counts.asked);
    }

    @Test
    void journeysWithNoCustomerInCommonAreNotReported() {
        assertEquals(List.of(), PortfolioOverlap.check(List.of(template("cart-abandonment"),
                template("welcome-series"), template("winback")), new Recorded(0)::count));
    }

    @Test
    void everyPairIsCheckedOnce() {
        Recorded counts = new Recorded(5);
        List<JourneyOverlap> overlaps = PortfolioOverlap.check(List.of(template("cart-abandonment"),
                template("welcome-series"), template("winback")), counts::count);
        assertEquals(3, overlaps.size());
        assertEquals(3, counts.asked.size());
        assertEquals("cart-abandonment", overlaps.get(0).first().id());
        assertEquals("winback", overlaps.get(2).second().id());
    }

    @Test
    void anOverlapThatCannotBeCountedIsStillReportedWithTheReason() {
        AudienceCounts none = AudienceCounts.NONE;
        List<JourneyOverlap> overlaps = PortfolioOverlap.check(List.of(template("cart-abandonment"),
                template("welcome-series")), none::count);
        assertEquals(1, overlaps.size());
        assertEquals(Optional.empty(), overlaps.get(0).customers());
        assertTrue(overlaps.get(0).message().contains("could not be estimated: There is no active data set"),
                overlaps.get(0).message());
    }

    @Test
    void schedulesThatNeverMeetOnADayCannotTargetTheSameCustomerOnTheSameDay() {
        Journey winback = template("winback");
        Journey other = template("back-in-stock");
        LocalDate monday = LocalDate.of(2026, 1, 5);
        Journey mondays = scheduled(winback, monday, EntryTrigger.Repeat.WEEKLY);
        Journey tuesdays = scheduled(other, monday.plusDays(1), EntryTrigger.Repeat.WEEKLY);
        Journey nextMonday = scheduled(other, monday.plusWeeks(1), EntryTrigger.Repeat.ONCE);
        Journey firstTuesday = scheduled(other, monday.plusDays(1), EntryTrigger.Repeat.ONCE);
        Journey daily = scheduled(other, monday.plusDays(3), EntryTrigger.Repeat.DAILY);
        assertFalse(PortfolioOverlap.canShareADay(mondays, tuesdays));
        assertTrue(PortfolioOverlap.canShareADay(mondays, nextMonday));
        assertFalse(PortfolioOverlap.canShareADay(mondays, firstTuesday));
        assertTrue(PortfolioOverlap.canShareADay(mondays, daily));
        assertFalse(PortfolioOverlap.canShareADay(scheduled(winback, monday, EntryTrigger.Repeat.ONCE), daily),
                "a one-off before the daily one starts");
        // a journey that waits can send days after its entry
        assertTrue(PortfolioOverlap.canShareADay(scheduled(winback, monday, EntryTrigger.Repeat.WEEKLY)
                .withNodes(winback.nodes(), winback.edges()), tuesdays));
        assertEquals(List.of(), PortfolioOverlap.check(List.of(mondays, tuesdays), new Recorded(10)::count));
    }

    @Test
    void conditionsOnTheTriggeringEventAreLeftOutOfTheCount() {
        Condition.Comparison gold = new Condition.Comparison("loyalty_tier", Operator.EQUALS,
                new ConditionValue.TextValue("GOLD"));
        Condition.Comparison big = new Condition.Comparison("event.cart_value", Operator.AT_LEAST,
                new ConditionValue.NumberValue(100));
        assertEquals(Condition.Group.all(gold), PortfolioOverlap.withoutEventFields(Condition.Group.all(gold, big)));
        assertEquals(Condition.Group.always(), PortfolioOverlap.withoutEventFields(Condition.Group.any(gold, big)));
        assertEquals(Condition.Group.all(gold, Condition.Group.always()),
                PortfolioOverlap.withoutEventFields(Condition.Group.all(gold, Condition.Group.any(big, gold))));
    }
}
