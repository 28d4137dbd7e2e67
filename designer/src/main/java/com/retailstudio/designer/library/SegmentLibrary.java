package com.retailstudio.designer.library;

import com.retailstudio.designer.model.Segment;
import java.util.List;
import java.util.Optional;

/**
 * Where saved segments live: the workspace in the application, memory in tests and previews. Every save adds a
 * version; none is changed.
 */
public interface SegmentLibrary {

    /** The newest version of every segment, by id. */
    List<SegmentVersion> list();

    /** Every version of the segment, newest first; empty for an unknown id. */
    List<SegmentVersion> history(String id);

    default Optional<SegmentVersion> latest(String id) {
        return history(id).stream().findFirst();
    }

    default Optional<SegmentVersion> version(String id, int number) {
        return history(id).stream().filter(v -> v.number() == number).findFirst();
    }

    /**
     * Saves the segment as its next version if its newest version is still {@code basedOnVersion} (0 for a new
     * segment), so a segment someone else saved meanwhile is never overwritten.
     *
     * @throws RuntimeException the library's own refusal, naming who saved a newer version, or a new segment's id
     *                          that differs from another's only in case; nothing is written
     */
    SegmentVersion save(Segment segment, int basedOnVersion);
}
