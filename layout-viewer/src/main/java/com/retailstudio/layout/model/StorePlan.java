package com.retailstudio.layout.model;

import com.retailstudio.data.model.Store;
import com.retailstudio.data.model.Zone;
import com.retailstudio.data.model.ZoneType;
import java.util.List;
import java.util.Optional;

/** One store's floor plan: the store and its zones in file order. */
public record StorePlan(Store store, List<Zone> zones) {

    public StorePlan {
        zones = List.copyOf(zones);
    }

    public String storeId() {
        return store.storeId();
    }

    /** The index of the walkable zone (not a fixture) that contains the point, edges included, or -1. */
    public int zoneIndexAt(double x, double y) {
        for (int i = 0; i < zones.size(); i++) {
            Zone z = zones.get(i);
            if (z.zoneType() != ZoneType.FIXTURE && contains(z, x, y)) {
                return i;
            }
        }
        return -1;
    }

    /** The category zone that shows {@code category}, if any. */
    public Optional<Zone> zoneOfCategory(String category) {
        return zones.stream().filter(z -> z.category().map(category::equals).orElse(false)).findFirst();
    }

    public static boolean contains(Zone z, double x, double y) {
        return x >= z.xM() && x <= z.xM() + z.widthM() && y >= z.yM() && y <= z.yM() + z.depthM();
    }

    /** Euclidean distance from the point to the zone's rectangle, 0 inside it. */
    public static double distanceTo(Zone z, double x, double y) {
        double dx = Math.max(Math.max(z.xM() - x, 0), x - (z.xM() + z.widthM()));
        double dy = Math.max(Math.max(z.yM() - y, 0), y - (z.yM() + z.depthM()));
        return Math.sqrt(dx * dx + dy * dy);
    }

    public static double centreX(Zone z) {
        return z.xM() + z.widthM() / 2;
    }

    public static double centreY(Zone z) {
        return z.yM() + z.depthM() / 2;
    }

    /** What to print on the plan: the category of a category zone, else its type. */
    public static String label(Zone z) {
        return z.category().orElse(z.zoneType().csv());
    }
}
