package com.retailstudio.designer.model;

import static com.retailstudio.designer.TestJourneys.adding;
import static com.retailstudio.designer.TestJourneys.at;
import static com.retailstudio.designer.TestJourneys.clean;
import static com.retailstudio.designer.TestJourneys.editingEdges;
import static com.retailstudio.designer.TestJourneys.replacing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.designer.TestJourneys;
import com.retailstudio.designer.io.JourneyTemplates;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JourneyDiffTest {

    private static List<String> lines(Journey a, Journey b) {
        return List.of(JourneyDiff.between(a, b).toText().split("\n"));
    }

    @Test
    void identicalVersionsHaveNoChanges() {
        assertTrue(JourneyDiff.between(clean(), clean()).isEmpty());
        assertTrue(JourneyDiff.between(clean(), clean().withVersion(2)).isEmpty());
    }

    @Test
    void addedAndRemovedStepsAndConnectionsAreListed() {
        Journey after = adding(clean(), List.of(new JourneyNode.Action("sms", "SMS nudge", at(0, 0),
                Message.of(JourneyChannel.SMS, MessageKind.REMINDER, "sms-1"))), List.of(new Edge("sms", "next", "end")));
        after = editingEdges(after, e -> {
            e.remove(new Edge("push", "next", "end"));
            e.add(new Edge("push", "next", "sms"));
            return e;
        });
        assertEquals(List.of(
                "+ Added the step \"SMS nudge\" (action: SMS · Reminder).",
                "- Disconnected \"Push nudge\" to \"Done\".",
                "+ Connected \"SMS nudge\" to \"Done\".",
                "+ Connected \"Push nudge\" to \"SMS nudge\"."), lines(clean(), after));
        assertEquals("- Removed the step \"SMS nudge\" (action).", lines(after, clean()).get(0));
    }

    @Test
    void changedWaitsMessagesAndConditionsAreSaidInPlainWords() {
        Journey after = replacing(clean(), new JourneyNode.Wait("wait", "Wait for purchase", at(480, 0),
                Duration.ofDays(5), Optional.of("purchase")));
        after = replacing(after, new JourneyNode.Action("email", "Reminder email", at(240, 0), new Message(
                JourneyChannel.EMAIL, MessageKind.PROMOTION, "cart-reminder", Optional.of(new Offer.PercentOff(10)))));
        after = after.withAudience(Condition.Group.all(new Condition.Comparison("price_sensitivity", Operator.AT_LEAST,
                new ConditionValue.NumberValue(0.7))));
        assertEquals(List.of(
                "+ Added conditions to the journey's audience: price_sensitivity is at least 0.7.",
                "~ \"Reminder email\" is now a Promotion message (was Reminder).",
                "~ \"Reminder email\" now offers 10 % off (was nothing).",
                "~ \"Wait for purchase\": Until purchase, max 5 days (was: Until purchase, max 3 days)."),
                lines(clean(), after));
    }

    @Test
    void markingAMessageTransactionalIsListedForTheReviewer() {
        JourneyNode.Action email = (JourneyNode.Action) clean().node("email").orElseThrow();
        Journey after = replacing(clean(), new JourneyNode.Action("email", email.title(), email.position(),
                email.message().withTransactional(true)));
        assertEquals(List.of("~ \"Reminder email\" is now transactional: frequency caps no longer limit it "
                + "(was marketing)."), lines(clean(), after));
        assertEquals(List.of("~ \"Reminder email\" is now a marketing message: frequency caps limit it "
                + "(was transactional)."), lines(after, clean()));
    }

    @Test
    void guardrailChangesAreListed() {
        Guardrails g = TestJourneys.guardrails();
        Journey after = clean().withGuardrails(new Guardrails(List.of(
                FrequencyCap.of(JourneyChannel.EMAIL, 1, Duration.ofDays(7)),
                FrequencyCap.global(4, Duration.ofDays(7))), Optional.empty(), g.consent(), 5));
        assertEquals(List.of(
                "- Removed the cap at most 1 App push message per day.",
                "~ The cap is now at most 1 Email message per week (was at most 2 Email messages per week).",
                "- Quiet hours: none (were: 21:00 to 08:00 for App push, SMS).",
                "~ The holdout is now 5 % of customers (was 10 %)."), lines(clean(), after));
    }

    @Test
    void movingAStepIsALayoutChangeOnly() {
        Journey moved = replacing(clean(), new JourneyNode.Exit("end", "Done", at(1000, 300)));
        JourneyDiff diff = JourneyDiff.between(clean(), moved);
        assertEquals(1, diff.changes().size());
        assertEquals(JourneyDiff.Subject.LAYOUT, diff.changes().get(0).subject());
        assertEquals(List.of(), diff.behaviourChanges());
    }

    @Test
    void branchConditionChangesNameTheBranch() {
        Journey a = JourneyTemplates.load("cart-abandonment").orElseThrow();
        JourneyNode.ConditionSplit split = (JourneyNode.ConditionSplit) a.node("price-split").orElseThrow();
        JourneyNode.Branch branch = split.branches().get(0);
        Journey b = replacing(a, new JourneyNode.ConditionSplit(split.id(), split.title(), split.position(), List.of(
                new JourneyNode.Branch(branch.id(), branch.label(), Condition.Group.all(new Condition.Comparison(
                        "price_sensitivity", Operator.AT_LEAST, new ConditionValue.NumberValue(0.8)))))));
        JourneyDiff diff = JourneyDiff.between(a, b);
        assertEquals(1, diff.changes().size());
        JourneyDiff.Change change = diff.changes().get(0);
        assertEquals(JourneyDiff.Subject.CONDITION, change.subject());
        assertEquals(Optional.of("price-split"), change.nodeId());
        assertEquals("Changed the conditions of the branch \"Price sensitive\" of \"Price sensitive?\" to "
                + "price_sensitivity is at least 0.8 (were: price_sensitivity is at least 0.6 and "
                + "consent.personalised_offers is yes).", change.description());
    }
}
