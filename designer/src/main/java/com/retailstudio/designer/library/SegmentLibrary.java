package com.retailstudio.designer.library;

import com.retailstudio.designer.model.Segment;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where saved segments live: the workspace in the application, memory in tests and previews. Every save adds a
 * version; none is changed. A deleted segment leaves the list, while its versions stay readable (an old journey file
 * or review still names them) and its id is not given to a new segment.
 */
public interface SegmentLibrary {

    /** The newest version of every segment not deleted, by id. */
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

    /**
     * Deletes the segment if its newest version is still {@code basedOnVersion}, unless a journey uses it.
     *
     * @throws SegmentInUseException naming the journeys whose draft or saved version takes their audience from it
     * @throws RuntimeException      the library's own refusal when someone saved a newer version; nothing is written
     */
    void delete(String id, int basedOnVersion);

    /** Every id a segment has had, deleted ones included: the ids a new segment may not take. */
    Set<String> takenIds();
}
