package com.retailstudio.layout.ui;

import com.retailstudio.layout.model.AdjacencyRecommendation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the floor plan highlights for the selected recommendation: the pair's two zones and the proposed move of a
 * category from one zone to another.
 */
public record RecommendationHighlight(String zoneA, String zoneB, String movedCategory, String moveFromZoneId,
                                      String moveToZoneId) {

    static RecommendationHighlight of(AdjacencyRecommendation r) {
        return new RecommendationHighlight(r.zoneA(), r.zoneB(), r.move().category(), r.move().fromZoneId(),
                r.move().toZoneId());
    }

    /** The zones drawn with a strong outline: the pair's zones and the move's target, without repeats. */
    public Set<String> outlinedZones() {
        return new LinkedHashSet<>(List.of(zoneA, zoneB, moveToZoneId));
    }
}
