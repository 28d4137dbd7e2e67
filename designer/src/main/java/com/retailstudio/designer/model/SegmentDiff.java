package com.retailstudio.designer.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What changed between two versions of a segment, as the journeys' diff says it: the name, the description and each
 * condition added, removed or changed ({@link ConditionDiff}).
 */
public record SegmentDiff(List<ConditionDiff.Line> changes) {

    public SegmentDiff {
        changes = List.copyOf(changes);
    }

    public static SegmentDiff between(Segment before, Segment after) {
        List<ConditionDiff.Line> changes = new ArrayList<>();
        if (!before.name().equals(after.name())) {
            changes.add(new ConditionDiff.Line(JourneyDiff.Kind.CHANGED, "Renamed from \"" + before.name()
                    + "\" to \"" + after.name() + "\"."));
        }
        if (!before.description().equals(after.description())) {
            changes.add(new ConditionDiff.Line(JourneyDiff.Kind.CHANGED, "Changed the description."));
        }
        changes.addAll(ConditionDiff.between(before.conditions(), after.conditions()));
        return new SegmentDiff(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** One line per change, e.g. {@code ~ loyalty_tier is one of GOLD, PLATINUM (was: loyalty_tier is GOLD).}. */
    public String toText() {
        return changes.stream().map(ConditionDiff.Line::toText).collect(Collectors.joining("\n"));
    }
}
