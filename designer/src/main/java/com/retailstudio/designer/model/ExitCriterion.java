package com.retailstudio.designer.model;

import java.util.Objects;

/**
 * A reason to leave a journey that is not its goal: the customer produces an event, or a condition on them comes to
 * hold. Counted and traced as an exit, never as a conversion (docs/journey-semantics.md, "Exit criteria").
 */
public sealed interface ExitCriterion {
    /** The type's name in journey files, e.g. {@code event}. */
    String type();

    /** A few words for lists and traces, e.g. "on unsubscribe". */
    String summary();

    /** Leaves when the customer produces {@code event} (an event type spelling, e.g. {@code unsubscribe}). */
    record OnEvent(String event) implements ExitCriterion {
        public OnEvent {
            Objects.requireNonNull(event, "event");
        }

        @Override
        public String type() {
            return "event";
        }

        @Override
        public String summary() {
            return "on " + event;
        }
    }

    /** Leaves when {@code condition} holds for the customer (checked at entry, each event and each wake-up). */
    record WhenCondition(Condition.Group condition) implements ExitCriterion {
        public WhenCondition {
            Objects.requireNonNull(condition, "condition");
        }

        @Override
        public String type() {
            return "condition";
        }

        @Override
        public String summary() {
            return "when " + condition.describe();
        }
    }
}
