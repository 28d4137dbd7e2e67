package com.retailstudio.designer.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two versions of a journey, in plain language for the reviewer: steps, connections,
 * conditions, guardrails and journey settings added, removed or changed. Moving a step on the canvas is listed as a
 * layout change, which {@link #behaviourChanges()} leaves out.
 */
public record JourneyDiff(List<Change> changes) {

    public JourneyDiff {
        changes = List.copyOf(changes);
    }

    /** What a change is about. */
    public enum Subject { JOURNEY, NODE, EDGE, CONDITION, GUARDRAIL, LAYOUT }

    /** Whether something appeared, disappeared or was modified. */
    public enum Kind { ADDED, REMOVED, CHANGED }

    /**
     * One change.
     *
     * @param nodeId the step it concerns, empty for the journey as a whole
     */
    public record Change(Kind kind, Subject subject, Optional<String> nodeId, String description) {
        public Change {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(nodeId, "nodeId");
            Objects.requireNonNull(description, "description");
        }
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The changes that alter what customers experience (everything but moving steps on the canvas). */
    public List<Change> behaviourChanges() {
        return changes.stream().filter(c -> c.subject() != Subject.LAYOUT).toList();
    }

    /** One line per change, e.g. {@code ~ "Wait a day": waits 2 days instead of 1 day.}. */
    public String toText() {
        return changes.stream().map(c -> switch (c.kind()) {
            case ADDED -> "+ ";
            case REMOVED -> "- ";
            case CHANGED -> "~ ";
        } + c.description()).collect(Collectors.joining("\n"));
    }

    public static JourneyDiff between(Journey before, Journey after) {
        Builder b = new Builder();
        b.journey(before, after);
        b.nodes(before, after);
        b.edges(before, after);
        b.guardrails(before.guardrails(), after.guardrails());
        return new JourneyDiff(b.changes);
    }

    private static final class Builder {
        private final List<Change> changes = new ArrayList<>();

        private void add(Kind kind, Subject subject, String nodeId, String description) {
            changes.add(new Change(kind, subject, Optional.ofNullable(nodeId), description));
        }

        private void changed(Subject subject, String nodeId, String description) {
            add(Kind.CHANGED, subject, nodeId, description);
        }

        private static String q(String text) {
            return "\"" + text + "\"";
        }

        private static String name(JourneyNode node) {
            return q(node.title().isBlank() ? node.id() : node.title());
        }

        void journey(Journey a, Journey b) {
            if (!a.name().equals(b.name())) {
                changed(Subject.JOURNEY, null, "Renamed the journey from " + q(a.name()) + " to " + q(b.name()) + ".");
            }
            if (!a.description().equals(b.description())) {
                changed(Subject.JOURNEY, null, "Changed the description.");
            }
            if (!a.exitCriteria().equals(b.exitCriteria())) {
                changed(Subject.JOURNEY, null, "The exit criteria are now " + exits(b) + " (were " + exits(a) + ").");
            }
            if (!a.goal().equals(b.goal())) {
                changed(Subject.JOURNEY, null, "The goal is now " + goal(b.goal()) + " instead of " + goal(a.goal()) + ".");
            }
            if (!a.entry().equals(b.entry())) {
                changed(Subject.JOURNEY, null, "Entry: " + b.entry().describe() + " (was: " + a.entry().describe() + ").");
            }
            audience(a, b);
            if (!a.reEntry().equals(b.reEntry())) {
                changed(Subject.JOURNEY, null, "Re-entry: " + reEntry(b.reEntry()) + " (was: " + reEntry(a.reEntry()) + ").");
            }
            if (!a.objectives().equals(b.objectives())) {
                changed(Subject.JOURNEY, null, "Changed the objective weights.");
            }
        }

        private static String goal(Goal g) {
            return g.event() + " within " + DurationText.words(g.window());
        }

        private static String reEntry(ReEntryPolicy p) {
            return p.allowed() ? "up to " + p.maxEntries() + " times, " + DurationText.words(p.cooldown()) + " apart"
                    : "once only";
        }

        /**
         * A change of the audience's segment is one line naming both versions, with a count of the conditions that
         * changed with it, not the two versions' conditions in full; conditions written in the journey are compared
         * as conditions.
         */
        private void audience(Journey a, Journey b) {
            Optional<SegmentReference> was = a.audienceSegment();
            Optional<SegmentReference> now = b.audienceSegment();
            if (was.equals(now)) {
                condition(a.audience(), b.audience(), null, "the journey's audience");
                return;
            }
            String conditions = ConditionDiff.summary(ConditionDiff.between(a.audience(), b.audience()));
            if (was.isPresent() && now.isPresent()) {
                SegmentReference from = was.get();
                SegmentReference to = now.get();
                String target = from.id().equals(to.id()) ? "v" + to.version() : to.id() + " v" + to.version();
                String named = from.name().equals(to.name()) || !from.id().equals(to.id()) ? q(to.name())
                        : q(to.name()) + ", was " + q(from.name());
                changed(Subject.JOURNEY, null, "The audience segment " + from.id() + " v" + from.version() + " → "
                        + target + " (" + named + "): " + conditions + ".");
            } else if (now.isPresent()) {
                changed(Subject.JOURNEY, null, "The audience is now the segment " + now.get().id() + " v"
                        + now.get().version() + " (" + q(now.get().name()) + "), no longer written in the journey: "
                        + conditions + ".");
            } else {
                changed(Subject.JOURNEY, null, "The audience is now written in the journey: " + b.audience().describe()
                        + " (was the segment " + was.get().id() + " v" + was.get().version() + ").");
            }
        }

        private void condition(Condition.Group a, Condition.Group b, String nodeId, String where) {
            if (a.equals(b)) {
                return;
            }
            if (a.isEmpty()) {
                add(Kind.ADDED, Subject.CONDITION, nodeId, "Added conditions to " + where + ": " + b.describe() + ".");
            } else if (b.isEmpty()) {
                add(Kind.REMOVED, Subject.CONDITION, nodeId, "Removed the conditions of " + where + " (were: "
                        + a.describe() + ").");
            } else {
                changed(Subject.CONDITION, nodeId, "Changed the conditions of " + where + " to " + b.describe()
                        + " (were: " + a.describe() + ").");
            }
        }

        void nodes(Journey a, Journey b) {
            Map<String, JourneyNode> before = byId(a.nodes(), JourneyNode::id);
            Map<String, JourneyNode> after = byId(b.nodes(), JourneyNode::id);
            for (JourneyNode node : a.nodes()) {
                if (!after.containsKey(node.id())) {
                    add(Kind.REMOVED, Subject.NODE, node.id(), "Removed the step " + name(node) + " (" + node.type() + ").");
                }
            }
            for (JourneyNode node : b.nodes()) {
                JourneyNode old = before.get(node.id());
                if (old == null) {
                    add(Kind.ADDED, Subject.NODE, node.id(), "Added the step " + name(node) + " (" + node.type()
                            + ": " + node.summary() + ").");
                } else if (!old.equals(node)) {
                    node(old, node);
                }
            }
        }

        private static String exits(Journey journey) {
            return journey.exitCriteria().isEmpty() ? "none" : journey.exitCriteria().stream()
                    .map(ExitCriterion::summary).collect(Collectors.joining(", "));
        }

        private void node(JourneyNode a, JourneyNode b) {
            String id = b.id();
            if (!a.type().equals(b.type())) {
                changed(Subject.NODE, id, name(b) + " is now a " + b.type() + " step (was " + a.type() + ").");
                return;
            }
            if (!a.title().equals(b.title())) {
                changed(Subject.NODE, id, "Renamed the step " + name(a) + " to " + name(b) + ".");
            }
            if (!a.position().equals(b.position())) {
                changed(Subject.LAYOUT, id, "Moved " + name(b) + " on the canvas.");
            }
            if (a instanceof JourneyNode.Wait wa && b instanceof JourneyNode.Wait wb) {
                if (!wa.duration().equals(wb.duration()) || !wa.untilEvent().equals(wb.untilEvent())
                        || !wa.until().equals(wb.until())) {
                    changed(Subject.NODE, id, name(b) + ": " + wb.summary() + " (was: " + wa.summary() + ").");
                }
            } else if (a instanceof JourneyNode.ConditionSplit sa && b instanceof JourneyNode.ConditionSplit sb) {
                branches(sa, sb);
            } else if (a instanceof JourneyNode.RandomSplit ra && b instanceof JourneyNode.RandomSplit rb) {
                if (!ra.paths().equals(rb.paths()) || !ra.experiment().equals(rb.experiment())) {
                    changed(Subject.NODE, id, name(b) + " now splits " + rb.summary() + " (was " + ra.summary() + ").");
                }
            } else if (a instanceof JourneyNode.Action xa && b instanceof JourneyNode.Action xb) {
                message(id, name(b), xa.message(), xb.message());
                if (xa.sendAtBestHour() != xb.sendAtBestHour()) {
                    changed(Subject.NODE, id, name(b) + (xb.sendAtBestHour() ? " now sends at the customer's best hour "
                            + "(was at once)." : " now sends at once (was at the customer's best hour)."));
                }
            } else if (a instanceof JourneyNode.NextBestAction na && b instanceof JourneyNode.NextBestAction nb) {
                candidates(na, nb);
            }
        }

        private void branches(JourneyNode.ConditionSplit a, JourneyNode.ConditionSplit b) {
            Map<String, JourneyNode.Branch> before = byId(a.branches(), JourneyNode.Branch::id);
            Map<String, JourneyNode.Branch> after = byId(b.branches(), JourneyNode.Branch::id);
            for (JourneyNode.Branch branch : a.branches()) {
                if (!after.containsKey(branch.id())) {
                    add(Kind.REMOVED, Subject.CONDITION, b.id(), name(b) + ": removed the branch " + q(branch.label()) + ".");
                }
            }
            for (JourneyNode.Branch branch : b.branches()) {
                JourneyNode.Branch old = before.get(branch.id());
                if (old == null) {
                    add(Kind.ADDED, Subject.CONDITION, b.id(), name(b) + ": added the branch " + q(branch.label())
                            + " for " + branch.condition().describe() + ".");
                } else {
                    if (!old.label().equals(branch.label())) {
                        changed(Subject.NODE, b.id(), name(b) + ": renamed the branch " + q(old.label()) + " to "
                                + q(branch.label()) + ".");
                    }
                    condition(old.condition(), branch.condition(), b.id(), "the branch " + q(branch.label())
                            + " of " + name(b));
                }
            }
            List<String> orderA = a.branches().stream().map(JourneyNode.Branch::id).filter(after::containsKey).toList();
            List<String> orderB = b.branches().stream().map(JourneyNode.Branch::id).filter(before::containsKey).toList();
            if (!orderA.equals(orderB)) {
                changed(Subject.CONDITION, b.id(), name(b) + ": changed the order in which branches are tried.");
            }
        }

        private void message(String id, String name, Message a, Message b) {
            if (!a.channel().equals(b.channel())) {
                changed(Subject.NODE, id, name + " now sends by " + b.channel().label() + " (was " + a.channel().label() + ").");
            }
            if (!a.kind().equals(b.kind())) {
                changed(Subject.NODE, id, name + " is now a " + b.kind().label() + " message (was " + a.kind().label() + ").");
            }
            if (!a.contentId().equals(b.contentId())) {
                changed(Subject.NODE, id, name + " now shows content " + q(b.contentId()) + " (was " + q(a.contentId()) + ").");
            }
            if (!a.offer().equals(b.offer())) {
                changed(Subject.NODE, id, name + " now offers " + b.offer().map(Offer::describe).orElse("nothing")
                        + " (was " + a.offer().map(Offer::describe).orElse("nothing") + ").");
            }
            if (a.transactional() != b.transactional()) {
                changed(Subject.NODE, id, name + (b.transactional()
                        ? " is now transactional: frequency caps no longer limit it (was marketing)."
                        : " is now a marketing message: frequency caps limit it (was transactional)."));
            }
        }

        private void candidates(JourneyNode.NextBestAction a, JourneyNode.NextBestAction b) {
            Map<String, JourneyNode.Candidate> before = byId(a.candidates(), JourneyNode.Candidate::id);
            Map<String, JourneyNode.Candidate> after = byId(b.candidates(), JourneyNode.Candidate::id);
            for (JourneyNode.Candidate c : a.candidates()) {
                if (!after.containsKey(c.id())) {
                    add(Kind.REMOVED, Subject.NODE, b.id(), name(b) + ": removed the candidate " + q(c.id()) + ".");
                }
            }
            for (JourneyNode.Candidate c : b.candidates()) {
                JourneyNode.Candidate old = before.get(c.id());
                if (old == null) {
                    add(Kind.ADDED, Subject.NODE, b.id(), name(b) + ": added the candidate " + q(c.id()) + " ("
                            + c.message().summary() + ").");
                } else if (!old.equals(c)) {
                    message(b.id(), name(b) + "'s candidate " + q(c.id()), old.message(), c.message());
                    if (old.value() != c.value() || old.weight() != c.weight()) {
                        changed(Subject.NODE, b.id(), name(b) + "'s candidate " + q(c.id()) + " now has value "
                                + NumberText.format(c.value()) + " and weight " + NumberText.format(c.weight())
                                + " (was " + NumberText.format(old.value()) + " and " + NumberText.format(old.weight()) + ").");
                    }
                }
            }
            if (a.fatiguePenalty() != b.fatiguePenalty()) {
                changed(Subject.NODE, b.id(), name(b) + ": fatigue penalty " + NumberText.format(b.fatiguePenalty())
                        + " (was " + NumberText.format(a.fatiguePenalty()) + ").");
            }
            if (a.sendAtBestHour() != b.sendAtBestHour()) {
                changed(Subject.NODE, b.id(), name(b) + (b.sendAtBestHour() ? " now sends at each customer's best hour."
                        : " no longer waits for each customer's best hour."));
            }
        }

        void edges(Journey a, Journey b) {
            Set<Edge> before = new LinkedHashSet<>(a.edges());
            Set<Edge> after = new LinkedHashSet<>(b.edges());
            for (Edge e : a.edges()) {
                if (!after.contains(e)) {
                    add(Kind.REMOVED, Subject.EDGE, e.from(), "Disconnected " + edge(a, e) + ".");
                }
            }
            for (Edge e : b.edges()) {
                if (!before.contains(e)) {
                    add(Kind.ADDED, Subject.EDGE, e.from(), "Connected " + edge(b, e) + ".");
                }
            }
        }

        private static String edge(Journey journey, Edge e) {
            String from = journey.node(e.from()).map(Builder::name).orElse(q(e.from()));
            String to = journey.node(e.to()).map(Builder::name).orElse(q(e.to()));
            return from + (e.port().equals(JourneyNode.NEXT) ? "" : " (" + e.port() + ")") + " to " + to;
        }

        void guardrails(Guardrails a, Guardrails b) {
            Map<String, FrequencyCap> capsA = byId(a.frequencyCaps(), Builder::capKey);
            Map<String, FrequencyCap> capsB = byId(b.frequencyCaps(), Builder::capKey);
            for (FrequencyCap cap : a.frequencyCaps()) {
                if (!capsB.containsKey(capKey(cap))) {
                    add(Kind.REMOVED, Subject.GUARDRAIL, null, "Removed the cap " + cap.describe() + ".");
                }
            }
            for (FrequencyCap cap : b.frequencyCaps()) {
                FrequencyCap old = capsA.get(capKey(cap));
                if (old == null) {
                    add(Kind.ADDED, Subject.GUARDRAIL, null, "Added the cap " + cap.describe() + ".");
                } else if (!old.equals(cap)) {
                    changed(Subject.GUARDRAIL, null, "The cap is now " + cap.describe() + " (was " + old.describe() + ").");
                }
            }
            if (!a.quietHours().equals(b.quietHours())) {
                Kind kind = a.quietHours().isEmpty() ? Kind.ADDED : b.quietHours().isEmpty() ? Kind.REMOVED : Kind.CHANGED;
                add(kind, Subject.GUARDRAIL, null, "Quiet hours: " + quiet(b.quietHours()) + " (were: "
                        + quiet(a.quietHours()) + ").");
            }
            for (JourneyChannel channel : JourneyChannel.values()) {
                Optional<String> pa = a.consent().forChannel(channel).map(p -> p.csv());
                Optional<String> pb = b.consent().forChannel(channel).map(p -> p.csv());
                if (!pa.equals(pb)) {
                    add(pa.isEmpty() ? Kind.ADDED : pb.isEmpty() ? Kind.REMOVED : Kind.CHANGED, Subject.GUARDRAIL, null,
                            channel.label() + " now checks " + pb.map(p -> "the " + p + " consent").orElse("no consent")
                                    + " (was " + pa.orElse("none") + ").");
                }
            }
            if (!a.consent().personalisedPromotions().equals(b.consent().personalisedPromotions())) {
                changed(Subject.GUARDRAIL, null, "Personalised promotions now check "
                        + b.consent().personalisedPromotions().map(p -> "the " + p.csv() + " consent").orElse("no consent")
                        + ".");
            }
            if (a.holdoutPercent() != b.holdoutPercent()) {
                changed(Subject.GUARDRAIL, null, "The holdout is now " + NumberText.format(b.holdoutPercent())
                        + " % of customers (was " + NumberText.format(a.holdoutPercent()) + " %).");
            }
        }

        private static String capKey(FrequencyCap cap) {
            return cap.channel().map(JourneyChannel::json).orElse("all") + "/" + cap.window();
        }

        private static String quiet(Optional<QuietHours> q) {
            return q.map(h -> h.from() + " to " + h.to() + " for " + h.channels().stream().map(JourneyChannel::label)
                    .collect(Collectors.joining(", "))).orElse("none");
        }

        private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
            Map<String, T> map = new LinkedHashMap<>();
            items.forEach(i -> map.putIfAbsent(id.apply(i), i));
            return map;
        }
    }
}
