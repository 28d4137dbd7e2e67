package com.retailstudio.designer.lint;

import static com.retailstudio.designer.TestJourneys.at;
import static com.retailstudio.designer.TestJourneys.clean;
import static com.retailstudio.designer.TestJourneys.replacing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.ExitCriterion;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Message;
import com.retailstudio.designer.model.MessageKind;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.designer.model.WaitUntil;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Lint of local-time waits, best-hour sends and exit criteria (docs/journey-designer.md, Lint). */
class TimingLintTest {

    private static List<String> found(Journey journey) {
        return Lint.check(journey).stream().map(f -> f.severity() + " " + f.code() + " " + f.nodeId().orElse("-"))
                .collect(Collectors.toList());
    }

    private static Journey waitingUntil(WaitUntil until) {
        return replacing(clean(), new JourneyNode.Wait("wait", "Wait for purchase", at(480, 0), Duration.ZERO,
                Optional.of("purchase"), Optional.of(until)));
    }

    /** At least {@code visits} store visits in the last 7 days. */
    private static Condition.Group visits(double visits) {
        return Condition.Group.all(new Condition.Comparison("events.store_visit.count_7d", Operator.AT_LEAST,
                new ConditionValue.NumberValue(visits)));
    }

    @Test
    void aWaitForEitherProfileDateIsCleanAndForAnUnknownFieldIsAnErrorNamingTheDates() {
        assertEquals(List.of(), found(waitingUntil(new WaitUntil.DateAttribute("signup_date", -3, LocalTime.of(9, 0),
                true))));
        assertEquals(List.of(), found(waitingUntil(new WaitUntil.DateAttribute("birth_date", -3, LocalTime.of(9, 0),
                true))));
        Journey misspelt = waitingUntil(new WaitUntil.DateAttribute("birthday", -3, LocalTime.of(9, 0), true));
        assertEquals(List.of("ERROR UNKNOWN_DATE_FIELD wait"), found(misspelt));
        String message = Lint.check(misspelt).get(0).message();
        assertTrue(message.contains("\"birthday\"") && message.contains("Choose one of: signup_date, birth_date"),
                message);
        // a text field of the profile is not a date either
        assertEquals(List.of("ERROR UNKNOWN_DATE_FIELD wait"), found(waitingUntil(new WaitUntil.DateAttribute(
                "country", 0, LocalTime.of(9, 0), false))));
    }

    @Test
    void timeOfDayAndWeekdayWaitsAreClean() {
        assertEquals(List.of(), found(waitingUntil(new WaitUntil.TimeOfDay(LocalTime.of(9, 0)))));
    }

    @Test
    void aTransactionalMessageHeldForTheBestHourIsAWarning() {
        Journey marketing = replacing(clean(), new JourneyNode.Action("email", "Reminder email", at(240, 0),
                Message.of(JourneyChannel.EMAIL, MessageKind.REMINDER, "cart-reminder"), true));
        assertEquals(List.of(), found(marketing));
        Journey notice = replacing(clean(), new JourneyNode.Action("email", "Order update", at(240, 0),
                Message.of(JourneyChannel.EMAIL, MessageKind.REMINDER, "order").withTransactional(true), true));
        assertEquals(List.of("WARNING TRANSACTIONAL_AT_BEST_HOUR email"), found(notice));
    }

    @Test
    void exitCriteriaMustBeAbleToHappenAndNotBeTheGoal() {
        assertEquals(List.of(), found(clean().withExitCriteria(List.of(new ExitCriterion.OnEvent("unsubscribe"),
                new ExitCriterion.WhenCondition(visits(2))))));
        assertEquals(List.of("ERROR UNKNOWN_EVENT -"),
                found(clean().withExitCriteria(List.of(new ExitCriterion.OnEvent("unsubscribed")))));
        assertEquals(List.of("ERROR UNKNOWN_EVENT -"),
                found(clean().withExitCriteria(List.of(new ExitCriterion.OnEvent("message_sent")))));
        assertEquals(List.of("WARNING EXIT_IS_GOAL -"),
                found(clean().withExitCriteria(List.of(new ExitCriterion.OnEvent("purchase")))));
        assertEquals(List.of("ERROR EXIT_ALWAYS -"),
                found(clean().withExitCriteria(List.of(new ExitCriterion.WhenCondition(Condition.Group.always())))));
    }

    @Test
    void anExitConditionIsCheckedLikeAnyCondition() {
        Condition.Group unknownField = Condition.Group.all(new Condition.Comparison("shoe_size", Operator.AT_LEAST,
                new ConditionValue.NumberValue(40)));
        List<Finding> findings = Lint.check(clean().withExitCriteria(List.of(
                new ExitCriterion.WhenCondition(unknownField))));
        assertEquals("CONDITION_TYPE", findings.get(0).code());
        assertTrue(findings.get(0).message().contains("exit criterion 1"), findings.get(0).message());
    }
}
