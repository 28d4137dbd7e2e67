package com.retailstudio.layout.engine;

import com.retailstudio.data.model.Store;
import com.retailstudio.data.model.Zone;
import com.retailstudio.data.model.ZoneType;
import com.retailstudio.layout.model.StorePlan;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A 10 × 10 m store drawn by hand: entrance bottom left, checkout bottom right, pasta top left, wine top right,
 * a shelf between them.
 */
final class HandMadeStore {

    static final List<String> CATEGORIES = List.of("pasta", "sauces", "wine");

    private HandMadeStore() {
    }

    static StorePlan plan(ZoneId timeZone) {
        Store store = new Store("S1", "Hand-made", "Testville", timeZone, 10, 10, "A");
        return new StorePlan(store, List.of(
                zone("Z1", ZoneType.ENTRANCE, null, 0, 8, 2, 2),
                zone("Z2", ZoneType.CATEGORY, "pasta", 0, 0, 4, 4),
                zone("Z3", ZoneType.CATEGORY, "wine", 6, 0, 4, 4),
                zone("Z4", ZoneType.FIXTURE, null, 4, 0, 2, 4),
                zone("Z5", ZoneType.CHECKOUT, null, 8, 8, 2, 2)));
    }

    static Zone zone(String id, ZoneType type, String category, double x, double y, double w, double d) {
        return new Zone("S1", id, type, Optional.ofNullable(category), x, y, w, d);
    }

    /** Adds a visit whose readings are 5 s apart from {@code start}. */
    static void visit(StoreTraffic.Builder b, String id, String start, double... xy) {
        long t = Instant.parse(start).getEpochSecond();
        for (int i = 0; i < xy.length; i += 2) {
            b.add(id, t + 5L * (i / 2), xy[i], xy[i + 1]);
        }
    }

    /** Three visits on Monday 1 June 2026 (UTC): see ZoneMetricsCalculatorTest for what each does. */
    static StoreTraffic traffic(StorePlan plan) {
        StoreTraffic.Builder b = StoreTraffic.builder(plan);
        visit(b, "V1", "2026-06-01T10:00:00Z", 1, 9, 2, 2, 2, 3, 3, 2, 5, 5, 9, 9, 9, 9.5);
        visit(b, "V2", "2026-06-01T11:00:00Z", 1, 9, 1, 9.5, 7, 3, 5, 5, 9, 9);
        visit(b, "V3", "2026-06-01T12:00:00Z", 1, 9, 8, 2, 8, 2, 8, 3, 8, 3, 9, 9);
        return b.build();
    }

    static StoreBaskets baskets(ZoneId timeZone) {
        return StoreBaskets.builder(CATEGORIES, timeZone)
                .add("T1", Instant.parse("2026-06-01T10:00:30Z"), "pasta", 2, 1.50)
                .add("T1", Instant.parse("2026-06-01T10:00:30Z"), "wine", 1, 10.00)
                .add("T3", Instant.parse("2026-06-01T12:00:33Z"), "wine", 1, 12.00)
                .add("T4", Instant.parse("2026-06-01T15:00:00Z"), "pasta", 1, 2.00)
                .build();
    }
}
