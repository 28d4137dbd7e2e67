package com.retailstudio.designer.library;

import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.SegmentReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Which journeys take their audience from a segment: what refuses its deletion. */
@FunctionalInterface
public interface SegmentUsers {

    /** The journeys whose draft or a saved version names the segment as its audience; empty when none does. */
    List<SegmentUse> of(String segmentId);

    /** No journeys anywhere: for a library on its own (previews, tests of the segments alone). */
    static SegmentUsers none() {
        return segmentId -> List.of();
    }

    /** The journeys of a journey library: each one's draft and every saved version. */
    static SegmentUsers in(JourneyLibrary journeys) {
        return segmentId -> {
            List<SegmentUse> uses = new ArrayList<>();
            for (LibraryEntry entry : journeys.list()) {
                List<String> where = new ArrayList<>();
                journeys.draft(entry.id()).filter(j -> uses(j, segmentId)).ifPresent(j -> where.add("draft"));
                List<JourneyVersion> versions = new ArrayList<>(journeys.versions(entry.id()));
                versions.sort((a, b) -> Integer.compare(a.number(), b.number()));
                versions.stream().filter(v -> uses(v.journey(), segmentId)).forEach(v -> where.add("v" + v.number()));
                if (!where.isEmpty()) {
                    uses.add(new SegmentUse(entry.id(), entry.name(), where));
                }
            }
            return List.copyOf(uses);
        };
    }

    private static boolean uses(Journey journey, String segmentId) {
        Optional<SegmentReference> reference = journey.audienceSegment();
        return reference.isPresent() && reference.get().id().equals(segmentId);
    }
}
