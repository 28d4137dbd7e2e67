package com.retailstudio.designer.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/** What brings a customer into a journey. */
public sealed interface EntryTrigger {

    /** One sentence for the canvas and for diffs. */
    String describe();

    /**
     * The customer produces an event, e.g. {@code cart_abandon}; the filter tests the event and the customer
     * (fields {@code event.*} and profile fields), empty for every such event.
     */
    record EventTrigger(String event, Condition.Group filter) implements EntryTrigger {
        public EventTrigger {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(filter, "filter");
        }

        @Override
        public String describe() {
            return "When a customer does " + event + (filter.isEmpty() ? "" : " where " + filter.describe());
        }
    }

    /** The customer starts to match the conditions (enters the audience). */
    record AudienceTrigger(String audienceName, Condition.Group conditions) implements EntryTrigger {
        public AudienceTrigger {
            Objects.requireNonNull(audienceName, "audienceName");
            Objects.requireNonNull(conditions, "conditions");
        }

        @Override
        public String describe() {
            return "When a customer joins the audience " + audienceName + " (" + conditions.describe() + ")";
        }
    }

    /** Everyone in the journey's audience enters at a time of day, once or repeatedly, from a start day. */
    record ScheduleTrigger(LocalDate start, LocalTime at, Repeat repeat) implements EntryTrigger {
        public ScheduleTrigger {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(repeat, "repeat");
        }

        @Override
        public String describe() {
            return "On a schedule: " + repeat.json() + " from " + start + " at " + at + " customer time";
        }
    }

    /** How often a scheduled entry repeats. */
    enum Repeat {
        ONCE("once"), DAILY("daily"), WEEKLY("weekly"), MONTHLY("monthly");

        private final String json;

        Repeat(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }

        public static Optional<Repeat> fromJson(String text) {
            return Arrays.stream(values()).filter(r -> r.json.equals(text)).findFirst();
        }
    }
}
