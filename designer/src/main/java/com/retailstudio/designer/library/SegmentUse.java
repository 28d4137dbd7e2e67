package com.retailstudio.designer.library;

import java.util.List;
import java.util.Objects;

/**
 * A journey whose audience is a segment: in its working draft, in saved versions, or both.
 *
 * @param where "draft" and "v2", "v3", ... for the versions, in that order
 */
public record SegmentUse(String journeyId, String journeyName, List<String> where) {
    public SegmentUse {
        Objects.requireNonNull(journeyId, "journeyId");
        Objects.requireNonNull(journeyName, "journeyName");
        where = List.copyOf(where);
    }

    /** "Cart recovery (draft, v2)". */
    public String describe() {
        return "“" + journeyName + "” (" + String.join(", ", where) + ")";
    }
}
