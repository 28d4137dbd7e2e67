package com.retailstudio.designer.model;

import static com.retailstudio.designer.TestJourneys.adding;
import static com.retailstudio.designer.TestJourneys.at;
import static com.retailstudio.designer.TestJourneys.clean;
import static com.retailstudio.designer.TestJourneys.editingEdges;
import static com.retailstudio.designer.TestJourneys.replacing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.designer.model.JourneyStructureDiff.StepChange;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JourneyStructureDiffTest {

    @Test
    void identicalVersionsMarkNothing() {
        JourneyStructureDiff diff = JourneyStructureDiff.between(clean(), clean().withVersion(2));
        assertTrue(diff.isEmpty());
        assertEquals(Optional.empty(), diff.step("email"));
    }

    @Test
    void addedAndRemovedStepsAndConnectionsAreMarkedByIdAndEdge() {
        Journey after = adding(clean(), List.of(new JourneyNode.Action("sms", "SMS nudge", at(0, 0),
                Message.of(JourneyChannel.SMS, MessageKind.REMINDER, "sms-1"))), List.of(new Edge("sms", "next", "end")));
        after = editingEdges(after, e -> {
            e.remove(new Edge("push", "next", "end"));
            e.add(new Edge("push", "next", "sms"));
            return e;
        });

        JourneyStructureDiff forward = JourneyStructureDiff.between(clean(), after);
        assertEquals(Map.of("sms", StepChange.ADDED), forward.steps());
        assertEquals(Set.of(new Edge("sms", "next", "end"), new Edge("push", "next", "sms")), forward.addedEdges());
        assertEquals(Set.of(new Edge("push", "next", "end")), forward.removedEdges());

        JourneyStructureDiff backward = JourneyStructureDiff.between(after, clean());
        assertEquals(Map.of("sms", StepChange.REMOVED), backward.steps());
        assertEquals(forward.addedEdges(), backward.removedEdges());
        assertEquals(forward.removedEdges(), backward.addedEdges());
    }

    @Test
    void aStepWithNewSettingsIsChangedAndOneThatOnlyMovedIsMoved() {
        Journey after = replacing(clean(), new JourneyNode.Wait("wait", "Wait for purchase", at(480, 0),
                Duration.ofDays(5), Optional.of("purchase")));
        after = replacing(after, new JourneyNode.Exit("end", "Done", at(1000, 300)));

        JourneyStructureDiff diff = JourneyStructureDiff.between(clean(), after);

        assertEquals(Map.of("wait", StepChange.CHANGED, "end", StepChange.MOVED), diff.steps());
        assertTrue(diff.addedEdges().isEmpty());
        assertTrue(diff.removedEdges().isEmpty());
    }

    @Test
    void aStepThatMovedAndChangedIsChanged() {
        Journey after = replacing(clean(), new JourneyNode.Action("push", "Push nudge now", at(900, 400),
                Message.of(JourneyChannel.APP_PUSH, MessageKind.SCARCITY, "low-stock-push")));

        assertEquals(Map.of("push", StepChange.CHANGED), JourneyStructureDiff.between(clean(), after).steps());
    }

    @Test
    void aNewConnectionLeavesItsStepsUnmarked() {
        Journey after = editingEdges(clean(), e -> {
            e.add(new Edge("entry", "next", "end"));
            return e;
        });

        JourneyStructureDiff diff = JourneyStructureDiff.between(clean(), after);

        assertEquals(Map.of(), diff.steps());
        assertEquals(Set.of(new Edge("entry", "next", "end")), diff.addedEdges());
    }

    @Test
    void everyStepTheListNamesIsMarked() {
        Journey after = replacing(clean(), new JourneyNode.Action("email", "Reminder email", at(240, 0), new Message(
                JourneyChannel.EMAIL, MessageKind.PROMOTION, "cart-reminder", Optional.of(new Offer.PercentOff(10)))));
        after = adding(after, List.of(new JourneyNode.Exit("late", "Late", at(0, 400))), List.of());
        JourneyDiff listed = JourneyDiff.between(clean(), after);

        JourneyStructureDiff marks = JourneyStructureDiff.of(clean(), after, listed);

        listed.changes().stream().filter(change -> change.subject() != JourneyDiff.Subject.EDGE)
                .forEach(change -> change.nodeId().ifPresent(id ->
                        assertTrue(marks.step(id).isPresent(), id + " is listed but not marked")));
        assertEquals(Map.of("email", StepChange.CHANGED, "late", StepChange.ADDED), marks.steps());
    }

    @Test
    void aFirstVersionIsAllAdded() {
        JourneyStructureDiff diff = JourneyStructureDiff.firstVersion(clean());

        assertEquals(clean().nodes().size(), diff.steps().size());
        assertTrue(diff.steps().values().stream().allMatch(change -> change == StepChange.ADDED));
        assertEquals(Set.copyOf(clean().edges()), diff.addedEdges());
        assertTrue(diff.removedEdges().isEmpty());
    }
}
