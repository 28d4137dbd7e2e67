package com.retailstudio.designer.library;

import java.util.List;
import java.util.stream.Collectors;

/** A segment cannot be deleted while a journey's draft or saved version takes its audience from it. */
public final class SegmentInUseException extends RuntimeException {

    private final transient List<SegmentUse> uses;

    public SegmentInUseException(String segmentName, List<SegmentUse> uses) {
        super("“" + segmentName + "” cannot be deleted: it is the audience of " + uses.stream()
                .map(SegmentUse::describe).collect(Collectors.joining(", ")) + ". Choose another audience for "
                + (uses.size() == 1 ? "that journey" : "those journeys") + " first.");
        this.uses = List.copyOf(uses);
    }

    /** The journeys that use the segment, each with where. */
    public List<SegmentUse> uses() {
        return uses;
    }
}
