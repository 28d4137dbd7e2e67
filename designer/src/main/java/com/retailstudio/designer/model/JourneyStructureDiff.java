package com.retailstudio.designer.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which steps and connections differ between two versions of a journey, by step id: the structural side of a
 * {@link JourneyDiff}, for marking both versions on a canvas. A step is {@link StepChange#CHANGED} exactly when the
 * diff lists a change to its settings, conditions or paths, and {@link StepChange#MOVED} when the diff lists only that
 * it moved on the canvas, so the marks and the plain-language list never disagree.
 *
 * @param steps        every step that differs, by id (added steps are in the later version, removed ones in the
 *                     earlier)
 * @param addedEdges   connections of the later version that the earlier one does not have
 * @param removedEdges connections of the earlier version that the later one does not have
 */
public record JourneyStructureDiff(Map<String, StepChange> steps, Set<Edge> addedEdges, Set<Edge> removedEdges) {

    /** How one step differs between the versions. */
    public enum StepChange { ADDED, REMOVED, CHANGED, MOVED }

    public JourneyStructureDiff {
        steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
        addedEdges = Collections.unmodifiableSet(new LinkedHashSet<>(addedEdges));
        removedEdges = Collections.unmodifiableSet(new LinkedHashSet<>(removedEdges));
    }

    /** Compares two versions through their {@link JourneyDiff}. */
    public static JourneyStructureDiff between(Journey before, Journey after) {
        return of(before, after, JourneyDiff.between(before, after));
    }

    /** The marks of {@code diff}, which must be {@code JourneyDiff.between(before, after)}. */
    public static JourneyStructureDiff of(Journey before, Journey after, JourneyDiff diff) {
        Set<String> idsBefore = new LinkedHashSet<>();
        before.nodes().forEach(node -> idsBefore.add(node.id()));
        Set<String> idsAfter = new LinkedHashSet<>();
        after.nodes().forEach(node -> idsAfter.add(node.id()));
        Map<String, StepChange> steps = new LinkedHashMap<>();
        for (String id : idsBefore) {
            if (!idsAfter.contains(id)) {
                steps.put(id, StepChange.REMOVED);
            }
        }
        for (String id : idsAfter) {
            if (!idsBefore.contains(id)) {
                steps.put(id, StepChange.ADDED);
            }
        }
        for (JourneyDiff.Change change : diff.changes()) {
            if (change.nodeId().isEmpty() || change.subject() == JourneyDiff.Subject.EDGE) {
                continue;
            }
            String id = change.nodeId().get();
            if (!idsBefore.contains(id) || !idsAfter.contains(id)) {
                continue;
            }
            if (change.subject() == JourneyDiff.Subject.LAYOUT) {
                steps.putIfAbsent(id, StepChange.MOVED);
            } else {
                steps.put(id, StepChange.CHANGED);
            }
        }
        Set<Edge> edgesBefore = new LinkedHashSet<>(before.edges());
        Set<Edge> edgesAfter = new LinkedHashSet<>(after.edges());
        Set<Edge> added = new LinkedHashSet<>(edgesAfter);
        added.removeAll(edgesBefore);
        Set<Edge> removed = new LinkedHashSet<>(edgesBefore);
        removed.removeAll(edgesAfter);
        return new JourneyStructureDiff(steps, added, removed);
    }

    /** A journey's first version: every step and connection is new. */
    public static JourneyStructureDiff firstVersion(Journey journey) {
        Map<String, StepChange> steps = new LinkedHashMap<>();
        journey.nodes().forEach(node -> steps.put(node.id(), StepChange.ADDED));
        return new JourneyStructureDiff(steps, new LinkedHashSet<>(journey.edges()), Set.of());
    }

    /** How the step differs, empty when it is the same in both versions. */
    public Optional<StepChange> step(String id) {
        return Optional.ofNullable(steps.get(id));
    }

    public boolean isEmpty() {
        return steps.isEmpty() && addedEdges.isEmpty() && removedEdges.isEmpty();
    }
}
