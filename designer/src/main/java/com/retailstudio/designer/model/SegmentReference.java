package com.retailstudio.designer.model;

import java.util.Objects;

/**
 * A journey's audience taken from a saved segment: which segment and which of its versions. The journey carries that
 * version's conditions as its audience, so the simulator, lint and the DMN export all read the same conditions and
 * the file stands on its own (a bundle, a review) without the workspace; a newer version of the segment changes the
 * journey only when someone chooses it.
 *
 * @param version the segment version whose conditions the journey's audience holds, 1 or more
 * @param name    the segment's name at that version, for people reading the journey
 */
public record SegmentReference(String id, int version, String name) {
    public SegmentReference {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (!Segment.ID.matcher(id).matches()) {
            throw new IllegalArgumentException("'" + id + "' is not a segment id");
        }
        if (version < 1) {
            throw new IllegalArgumentException("a segment version is 1 or more");
        }
    }

    /** "Gold with e-mail consent (segment gold-email v3)". */
    public String describe() {
        return name + " (segment " + id + " v" + version + ")";
    }
}
