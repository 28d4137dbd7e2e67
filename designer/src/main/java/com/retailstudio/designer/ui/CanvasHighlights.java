package com.retailstudio.designer.ui;

import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.JourneyStructureDiff;
import com.retailstudio.designer.model.JourneyStructureDiff.StepChange;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Review marks for one version drawn on a read-only {@link JourneyCanvasView}: how each marked step differs from the
 * other version, and the connections this version adds or lost. Built from a {@link JourneyStructureDiff}, so the
 * canvas marks what the plain-language diff lists.
 */
public record CanvasHighlights(Map<String, StepChange> steps, Set<Edge> addedEdges, Set<Edge> removedEdges) {

    /** No marks: the canvas draws the journey alone. */
    public static final CanvasHighlights NONE = new CanvasHighlights(Map.of(), Set.of(), Set.of());

    public CanvasHighlights {
        steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
        addedEdges = Collections.unmodifiableSet(new LinkedHashSet<>(addedEdges));
        removedEdges = Collections.unmodifiableSet(new LinkedHashSet<>(removedEdges));
    }

    /** The marks on the earlier version: steps and connections removed, steps changed or moved. */
    public static CanvasHighlights earlier(JourneyStructureDiff diff) {
        return side(diff, StepChange.ADDED, Set.of(), diff.removedEdges());
    }

    /** The marks on the later version: steps and connections added, steps changed or moved. */
    public static CanvasHighlights later(JourneyStructureDiff diff) {
        return side(diff, StepChange.REMOVED, diff.addedEdges(), Set.of());
    }

    private static CanvasHighlights side(JourneyStructureDiff diff, StepChange notHere, Set<Edge> added,
                                         Set<Edge> removed) {
        Map<String, StepChange> steps = new LinkedHashMap<>();
        diff.steps().forEach((id, change) -> {
            if (change != notHere) {
                steps.put(id, change);
            }
        });
        return new CanvasHighlights(steps, added, removed);
    }

    public Optional<StepChange> step(String id) {
        return Optional.ofNullable(steps.get(id));
    }

    /** How a connection is marked: added, removed, or empty when it is in both versions. */
    public Optional<StepChange> edge(Edge edge) {
        return addedEdges.contains(edge) ? Optional.of(StepChange.ADDED)
                : removedEdges.contains(edge) ? Optional.of(StepChange.REMOVED) : Optional.empty();
    }

    public boolean isEmpty() {
        return steps.isEmpty() && addedEdges.isEmpty() && removedEdges.isEmpty();
    }

    /** The kinds of mark present, in legend order. */
    public Set<StepChange> kinds() {
        Set<StepChange> present = new LinkedHashSet<>();
        for (StepChange kind : StepChange.values()) {
            if (steps.containsValue(kind) || (kind == StepChange.ADDED && !addedEdges.isEmpty())
                    || (kind == StepChange.REMOVED && !removedEdges.isEmpty())) {
                present.add(kind);
            }
        }
        return present;
    }

    /** The style class and the word for a mark, e.g. {@code diff-added} and "Added". */
    static String styleClass(StepChange change) {
        return "diff-" + change.name().toLowerCase(Locale.ROOT);
    }

    static String word(StepChange change) {
        return switch (change) {
            case ADDED -> "Added";
            case REMOVED -> "Removed";
            case CHANGED -> "Changed";
            case MOVED -> "Moved";
        };
    }
}
