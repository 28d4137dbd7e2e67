package com.retailstudio.designer.lint;

import com.retailstudio.data.model.EventType;
import com.retailstudio.designer.model.EntryTrigger;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Message;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The goal can happen, and every event the journey listens for exists in the data. */
final class GoalRules implements LintRule {
    private static final String KNOWN = Arrays.stream(EventType.values()).map(EventType::csv)
            .collect(Collectors.joining(", "));

    @Override
    public void check(Journey journey, List<Finding> findings) {
        goal(journey, findings);
        if (journey.entry() instanceof EntryTrigger.EventTrigger trigger && EventType.fromCsv(trigger.event()).isEmpty()) {
            String entryId = journey.nodes().stream().filter(n -> n instanceof JourneyNode.Entry).map(JourneyNode::id)
                    .findFirst().orElse(null);
            findings.add(Finding.error("UNKNOWN_EVENT", entryId, "The journey starts on \"" + trigger.event()
                    + "\", which is not an event the data has. Choose one of: " + KNOWN + "."));
        }
        for (JourneyNode node : journey.nodes()) {
            if (node instanceof JourneyNode.Wait wait && wait.untilEvent().isPresent()
                    && EventType.fromCsv(wait.untilEvent().get()).isEmpty()) {
                findings.add(Finding.error("UNKNOWN_EVENT", node.id(), "\"" + Names.of(node) + "\" waits for \""
                        + wait.untilEvent().get() + "\", which is not an event the data has. Choose one of: "
                        + KNOWN + "."));
            }
        }
    }

    private static void goal(Journey journey, List<Finding> findings) {
        String event = journey.goal().event();
        Optional<EventType> type = EventType.fromCsv(event);
        if (type.isEmpty()) {
            findings.add(Finding.error("GOAL_IMPOSSIBLE", null, "The goal \"" + event + "\" is not an event the "
                    + "data has, so no conversion can ever be counted. Choose one of: " + KNOWN + "."));
            return;
        }
        if (journey.goal().window().isZero()) {
            findings.add(Finding.error("GOAL_IMPOSSIBLE", null, "The goal has no time to happen: give it a window, "
                    + "for example 7 days."));
        }
        switch (type.get()) {
            case MESSAGE_SENT -> findings.add(Finding.error("GOAL_IMPOSSIBLE", null, "Sending a message is "
                    + "something the journey does, not something a customer does; choose a customer action as the "
                    + "goal, such as purchase."));
            case UNSUBSCRIBE -> findings.add(Finding.error("GOAL_IMPOSSIBLE", null, "Unsubscribing is not a "
                    + "conversion. Choose a goal such as purchase; unsubscribes are counted as fatigue."));
            case EMAIL_OPEN, EMAIL_CLICK -> requireChannel(journey, JourneyChannel.EMAIL, event, findings);
            case PUSH_OPEN -> requireChannel(journey, JourneyChannel.APP_PUSH, event, findings);
            default -> {
            }
        }
    }

    private static void requireChannel(Journey journey, JourneyChannel channel, String event, List<Finding> findings) {
        boolean sends = journey.messages().stream().map(Message::channel).anyMatch(channel::equals);
        if (!sends) {
            findings.add(Finding.error("GOAL_IMPOSSIBLE", null, "The goal \"" + event + "\" can only happen after a "
                    + channel.label() + " message, and this journey sends none."));
        }
    }
}
