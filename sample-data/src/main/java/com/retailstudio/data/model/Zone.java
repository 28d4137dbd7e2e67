package com.retailstudio.data.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A rectangular area of a store floor plan, origin at the store's top-left corner: one row of {@code zones.csv}.
 *
 * @param storeId  the store the zone belongs to
 * @param zoneId   id, unique within the store
 * @param zoneType what the area is; fixture zones are walls or shelving that cannot be walked through
 * @param category the merchandise category, present exactly for {@link ZoneType#CATEGORY} zones
 * @param xM       left edge in metres
 * @param yM       top edge in metres
 * @param widthM   width in metres
 * @param depthM   depth in metres
 */
public record Zone(
        String storeId,
        String zoneId,
        ZoneType zoneType,
        Optional<String> category,
        double xM,
        double yM,
        double widthM,
        double depthM) {

    public Zone {
        Objects.requireNonNull(category, "category");
    }
}
