package com.retailstudio.designer.library;

import com.retailstudio.designer.model.Segment;
import com.retailstudio.designer.model.SegmentReference;
import java.time.Instant;
import java.util.Objects;

/**
 * One saved version of a segment; versions count up from 1 and never change.
 *
 * @param number  1 for the first save, one more for each after it
 * @param author  who saved it
 * @param savedAt when it was saved
 */
public record SegmentVersion(Segment segment, int number, String author, Instant savedAt) {
    public SegmentVersion {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(savedAt, "savedAt");
    }

    /** How a journey names this version as its audience. */
    public SegmentReference reference() {
        return new SegmentReference(segment.id(), number, segment.name());
    }
}
