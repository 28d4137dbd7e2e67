package com.retailstudio.designer.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A journey: who enters and when, the steps on the canvas and how they connect, what counts as success, and the
 * guardrails. Immutable; an edit makes a new journey.
 *
 * @param version  1 for a new journey, raised each time a version is submitted for review
 * @param audience         conditions every entering customer must meet (empty: everyone)
 * @param audienceSegment  the saved segment version the audience was taken from, whose conditions {@code audience}
 *                         holds; empty when the audience was written in the journey
 * @param exitCriteria     reasons to leave other than the goal (an event, a condition coming to hold), counted as
 *                         exits, not conversions
 */
public record Journey(String id, String name, String description, int version, Goal goal, EntryTrigger entry,
        Condition.Group audience, ReEntryPolicy reEntry, List<JourneyNode> nodes, List<Edge> edges,
        Guardrails guardrails, ObjectiveWeights objectives, Optional<SegmentReference> audienceSegment,
        List<ExitCriterion> exitCriteria) {

    /** A journey without exit criteria. */
    public Journey(String id, String name, String description, int version, Goal goal, EntryTrigger entry,
            Condition.Group audience, ReEntryPolicy reEntry, List<JourneyNode> nodes, List<Edge> edges,
            Guardrails guardrails, ObjectiveWeights objectives, Optional<SegmentReference> audienceSegment) {
        this(id, name, description, version, goal, entry, audience, reEntry, nodes, edges, guardrails, objectives,
                audienceSegment, List.of());
    }

    /** A journey whose audience is written in it, not taken from a segment. */
    public Journey(String id, String name, String description, int version, Goal goal, EntryTrigger entry,
            Condition.Group audience, ReEntryPolicy reEntry, List<JourneyNode> nodes, List<Edge> edges,
            Guardrails guardrails, ObjectiveWeights objectives) {
        this(id, name, description, version, goal, entry, audience, reEntry, nodes, edges, guardrails, objectives,
                Optional.empty());
    }

    public Journey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(reEntry, "reEntry");
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        Objects.requireNonNull(guardrails, "guardrails");
        Objects.requireNonNull(objectives, "objectives");
        Objects.requireNonNull(audienceSegment, "audienceSegment");
        exitCriteria = List.copyOf(exitCriteria);
        Set<String> ids = new HashSet<>();
        for (JourneyNode node : nodes) {
            if (!ids.add(node.id())) {
                throw new IllegalArgumentException("node id " + node.id() + " is used twice");
            }
        }
    }

    public Optional<JourneyNode> node(String nodeId) {
        return nodes.stream().filter(n -> n.id().equals(nodeId)).findFirst();
    }

    public List<Edge> edgesFrom(String nodeId) {
        return edges.stream().filter(e -> e.from().equals(nodeId)).toList();
    }

    /** The messages the journey can send: its actions' and its next-best-action candidates'. */
    public List<Message> messages() {
        return nodes.stream().<Message>mapMulti((node, sink) -> {
            if (node instanceof JourneyNode.Action a) {
                sink.accept(a.message());
            } else if (node instanceof JourneyNode.NextBestAction nba) {
                nba.candidates().forEach(c -> sink.accept(c.message()));
            }
        }).toList();
    }

    public Journey withVersion(int newVersion) {
        return new Journey(id, name, description, newVersion, goal, entry, audience, reEntry, nodes, edges,
                guardrails, objectives, audienceSegment, exitCriteria);
    }

    public Journey withNodes(List<JourneyNode> newNodes, List<Edge> newEdges) {
        return new Journey(id, name, description, version, goal, entry, audience, reEntry, newNodes, newEdges,
                guardrails, objectives, audienceSegment, exitCriteria);
    }

    public Journey withGuardrails(Guardrails newGuardrails) {
        return new Journey(id, name, description, version, goal, entry, audience, reEntry, nodes, edges,
                newGuardrails, objectives, audienceSegment, exitCriteria);
    }

    public Journey withGoal(Goal newGoal) {
        return new Journey(id, name, description, version, newGoal, entry, audience, reEntry, nodes, edges,
                guardrails, objectives, audienceSegment, exitCriteria);
    }

    /** The journey with an audience written in it (no longer taken from a segment). */
    public Journey withAudience(Condition.Group newAudience) {
        return new Journey(id, name, description, version, goal, entry, newAudience, reEntry, nodes, edges,
                guardrails, objectives, Optional.empty(), exitCriteria);
    }

    /** The journey whose audience is a saved segment's version: its reference and its conditions. */
    public Journey withAudienceSegment(SegmentReference segment, Condition.Group conditions) {
        return new Journey(id, name, description, version, goal, entry, conditions, reEntry, nodes, edges,
                guardrails, objectives, Optional.of(segment), exitCriteria);
    }

    public Journey withExitCriteria(List<ExitCriterion> newExitCriteria) {
        return new Journey(id, name, description, version, goal, entry, audience, reEntry, nodes, edges,
                guardrails, objectives, audienceSegment, newExitCriteria);
    }
}
