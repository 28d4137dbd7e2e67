package com.retailstudio.designer.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** A step of a journey on the canvas; its output ports are where edges leave it. */
public sealed interface JourneyNode {

    /** Output port of nodes with a single way on. */
    String NEXT = "next";
    /** A condition split's port for customers no branch matched. */
    String ELSE = "else";
    /** A wait-until-event's port when the event came in time. */
    String EVENT = "event";
    /** A wait-until-event's port when it did not. */
    String TIMEOUT = "timeout";
    /** A next-best-action's port when no candidate is eligible. */
    String NONE = "none";

    String id();

    String title();

    Position position();

    /** The ports edges may leave from, in display order. */
    List<String> outputPorts();

    /** The node type's name in journey files, e.g. {@code wait}. */
    String type();

    /** One line for the canvas card, e.g. "Wait 3 days". */
    String summary();

    private static void requireBasics(String id, String title, Position position) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(position, "position");
    }

    /** Where customers come in; the journey's entry trigger says when. */
    record Entry(String id, String title, Position position) implements JourneyNode {
        public Entry {
            requireBasics(id, title, position);
        }

        @Override
        public List<String> outputPorts() {
            return List.of(NEXT);
        }

        @Override
        public String type() {
            return "entry";
        }

        @Override
        public String summary() {
            return "Customers enter here";
        }
    }

    /**
     * Holds the customer for {@code duration}, or with {@code until} until that moment on their local clock (the
     * duration is then unused); with {@code untilEvent}, leaves early by port {@code event} when the customer produces
     * it, or by {@code timeout} when the time comes first.
     */
    record Wait(String id, String title, Position position, Duration duration, Optional<String> untilEvent,
            Optional<WaitUntil> until) implements JourneyNode {
        public Wait {
            requireBasics(id, title, position);
            Objects.requireNonNull(duration, "duration");
            Objects.requireNonNull(untilEvent, "untilEvent");
            Objects.requireNonNull(until, "until");
        }

        /** A wait of a fixed duration (or until an event, at most that long). */
        public Wait(String id, String title, Position position, Duration duration, Optional<String> untilEvent) {
            this(id, title, position, duration, untilEvent, Optional.empty());
        }

        @Override
        public List<String> outputPorts() {
            return untilEvent.isPresent() ? List.of(EVENT, TIMEOUT) : List.of(NEXT);
        }

        @Override
        public String type() {
            return "wait";
        }

        @Override
        public String summary() {
            String limit = until.map(WaitUntil::summary).orElse(DurationText.words(duration));
            return untilEvent.map(e -> "Until " + e + ", max " + limit)
                    .orElse(until.isPresent() ? "Until " + limit : "Wait " + limit);
        }

        /** This wait with {@code newUntil} (empty: a wait of a fixed duration again). */
        public Wait withUntil(Optional<WaitUntil> newUntil) {
            return new Wait(id, title, position, duration, untilEvent, newUntil);
        }
    }

    /** A branch of a condition split: customers matching {@code condition} leave by port {@code id}. */
    record Branch(String id, String label, Condition.Group condition) {
        public Branch {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(condition, "condition");
        }
    }

    /** Sends each customer down the first branch whose condition holds, or {@code else}. */
    record ConditionSplit(String id, String title, Position position, List<Branch> branches) implements JourneyNode {
        public ConditionSplit {
            requireBasics(id, title, position);
            branches = List.copyOf(branches);
        }

        @Override
        public List<String> outputPorts() {
            List<String> ports = branches.stream().map(Branch::id).collect(Collectors.toCollection(ArrayList::new));
            ports.add(ELSE);
            return List.copyOf(ports);
        }

        @Override
        public String type() {
            return "condition_split";
        }

        @Override
        public String summary() {
            return branches.size() + (branches.size() == 1 ? " branch" : " branches") + " + else";
        }
    }

    /** A path of a random split taken by {@code weight} percent of customers. */
    record Path(String id, String label, double weight) {
        public Path {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * A/B/n test: each customer takes one path at random, with the paths' weights in percent. With an
     * {@link Experiment} rule it is an experiment split: the paths are its variants, each customer's variant is
     * {@link ExperimentAssignment}'s stable choice, and the rule says when a winner takes the rest.
     */
    record RandomSplit(String id, String title, Position position, List<Path> paths, Optional<Experiment> experiment)
            implements JourneyNode {
        public RandomSplit {
            requireBasics(id, title, position);
            paths = List.copyOf(paths);
            Objects.requireNonNull(experiment, "experiment");
        }

        /** A plain random split, without an experiment rule. */
        public RandomSplit(String id, String title, Position position, List<Path> paths) {
            this(id, title, position, paths, Optional.empty());
        }

        @Override
        public List<String> outputPorts() {
            return paths.stream().map(Path::id).toList();
        }

        @Override
        public String type() {
            return "random_split";
        }

        @Override
        public String summary() {
            String shares = paths.stream().map(p -> p.label() + " " + NumberText.format(p.weight()) + " %")
                    .collect(Collectors.joining(" / "));
            return experiment.map(e -> shares + " · " + e.summary()).orElse(shares);
        }
    }

    /**
     * Sends one message; {@code sendAtBestHour} holds the send until the customer's most responsive local hour outside
     * quiet hours (docs/journey-semantics.md, "Send-time optimisation").
     */
    record Action(String id, String title, Position position, Message message, boolean sendAtBestHour)
            implements JourneyNode {
        public Action {
            requireBasics(id, title, position);
            Objects.requireNonNull(message, "message");
        }

        /** An action that sends as soon as the customer reaches it. */
        public Action(String id, String title, Position position, Message message) {
            this(id, title, position, message, false);
        }

        @Override
        public List<String> outputPorts() {
            return List.of(NEXT);
        }

        @Override
        public String type() {
            return "action";
        }

        @Override
        public String summary() {
            return message.summary() + (sendAtBestHour ? " · at best hour" : "");
        }
    }

    /**
     * A candidate of a next-best-action node.
     *
     * @param value  business value of the candidate's success, in currency units
     * @param weight the marketer's lever, 1 = neutral
     */
    record Candidate(String id, Message message, double value, double weight) {
        public Candidate {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * Chooses one candidate per customer by {@link Arbitration}: propensity × value × weight minus a fatigue penalty
     * per recent message; {@code sendAtBestHour} delays the send to the customer's most responsive hour. Customers
     * for whom no candidate is eligible or scores above zero leave by {@code none}.
     */
    record NextBestAction(String id, String title, Position position, List<Candidate> candidates,
            double fatiguePenalty, boolean sendAtBestHour) implements JourneyNode {
        public NextBestAction {
            requireBasics(id, title, position);
            candidates = List.copyOf(candidates);
            if (fatiguePenalty < 0) {
                throw new IllegalArgumentException("fatigue penalty must be 0 or more");
            }
            if (new HashSet<>(candidates.stream().map(Candidate::id).toList()).size() != candidates.size()) {
                throw new IllegalArgumentException("candidate ids must be unique");
            }
        }

        @Override
        public List<String> outputPorts() {
            return List.of(NEXT, NONE);
        }

        @Override
        public String type() {
            return "next_best_action";
        }

        @Override
        public String summary() {
            return "Best of " + candidates.size() + " actions" + (sendAtBestHour ? " · at best hour" : "");
        }
    }

    /** Customers leave the journey here. */
    record Exit(String id, String title, Position position) implements JourneyNode {
        public Exit {
            requireBasics(id, title, position);
        }

        @Override
        public List<String> outputPorts() {
            return List.of();
        }

        @Override
        public String type() {
            return "exit";
        }

        @Override
        public String summary() {
            return "Leaves the journey";
        }
    }
}
