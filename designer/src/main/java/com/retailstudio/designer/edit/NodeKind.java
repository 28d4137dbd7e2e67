package com.retailstudio.designer.edit;

import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Message;
import com.retailstudio.designer.model.MessageKind;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.designer.model.Position;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The kinds of step a marketer can add to a journey, each with the defaults a new step starts from. */
public enum NodeKind {
    ENTRY("entry", "Entry"),
    WAIT("wait", "Wait"),
    CONDITION_SPLIT("split", "Condition split"),
    RANDOM_SPLIT("ab", "A/B split"),
    ACTION("message", "Message"),
    NEXT_BEST_ACTION("best-action", "Next best action"),
    EXIT("exit", "Exit");

    private final String idPrefix;
    private final String label;

    NodeKind(String idPrefix, String label) {
        this.idPrefix = idPrefix;
        this.label = label;
    }

    /** The start of a new step's id, e.g. {@code wait} for {@code wait-2}. */
    public String idPrefix() {
        return idPrefix;
    }

    /** The kind's name in the palette, e.g. "A/B split". */
    public String label() {
        return label;
    }

    /** The kind of an existing step. */
    public static NodeKind of(JourneyNode node) {
        if (node instanceof JourneyNode.Entry) {
            return ENTRY;
        } else if (node instanceof JourneyNode.Wait) {
            return WAIT;
        } else if (node instanceof JourneyNode.ConditionSplit) {
            return CONDITION_SPLIT;
        } else if (node instanceof JourneyNode.RandomSplit) {
            return RANDOM_SPLIT;
        } else if (node instanceof JourneyNode.Action) {
            return ACTION;
        } else if (node instanceof JourneyNode.NextBestAction) {
            return NEXT_BEST_ACTION;
        }
        return EXIT;
    }

    /**
     * A new step of this kind with defaults that pass lint on their own: a one-day wait, a split on loyalty tier,
     * a 50/50 test, an email reminder, a choice between two emails.
     */
    public JourneyNode create(String id, Position at) {
        return switch (this) {
            case ENTRY -> new JourneyNode.Entry(id, "Entry", at);
            case WAIT -> new JourneyNode.Wait(id, "Wait a day", at, Duration.ofDays(1), Optional.empty());
            case CONDITION_SPLIT -> new JourneyNode.ConditionSplit(id, "Loyal customers?", at, List.of(
                    new JourneyNode.Branch("loyal", "Gold or platinum", Condition.Group.all(
                            new Condition.Comparison("loyalty_tier", Operator.IN, new ConditionValue.ListValue(List.of(
                                    new ConditionValue.TextValue("GOLD"), new ConditionValue.TextValue("PLATINUM"))))))));
            case RANDOM_SPLIT -> new JourneyNode.RandomSplit(id, "A/B test", at, List.of(
                    new JourneyNode.Path("a", "Variant A", 50), new JourneyNode.Path("b", "Variant B", 50)));
            case ACTION -> new JourneyNode.Action(id, "Reminder email", at,
                    Message.of(JourneyChannel.EMAIL, MessageKind.REMINDER, id + "-content"));
            case NEXT_BEST_ACTION -> new JourneyNode.NextBestAction(id, "Best message", at, List.of(
                    new JourneyNode.Candidate("email", Message.of(JourneyChannel.EMAIL, MessageKind.RECOMMENDATION,
                            id + "-email"), 20, 1),
                    new JourneyNode.Candidate("reminder", Message.of(JourneyChannel.EMAIL, MessageKind.REMINDER,
                            id + "-reminder"), 10, 1)), 0.5, false);
            case EXIT -> new JourneyNode.Exit(id, "Exit", at);
        };
    }
}
