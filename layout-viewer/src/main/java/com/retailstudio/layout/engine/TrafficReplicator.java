package com.retailstudio.layout.engine;

import java.util.SplittableRandom;

/**
 * Makes a large, realistic traffic table for benchmarks from a small one: copies of the store's visits, each copy
 * shifted by whole days (so it lands on other days of the week) and jittered by a few centimetres, until at least
 * the requested number of readings.
 */
public final class TrafficReplicator {

    private TrafficReplicator() {
    }

    public static StoreTraffic replicate(StoreTraffic source, int minReadings, long seed) {
        if (source.readingCount() == 0) {
            throw new IllegalArgumentException("Store " + source.plan().storeId() + " has no readings to replicate.");
        }
        SplittableRandom random = new SplittableRandom(seed);
        StoreTraffic.Builder b = StoreTraffic.builder(source.plan());
        double width = source.plan().store().widthM();
        double depth = source.plan().store().depthM();
        int readings = 0;
        for (int copy = 0; readings < minReadings; copy++) {
            long shift = copy * 86_400L;
            for (int v = 0; v < source.visitCount() && readings < minReadings; v++) {
                String id = source.visitId(v) + "#" + copy;
                for (int r = source.firstReading(v); r < source.endReading(v); r++) {
                    double x = Math.max(0, Math.min(width, source.x(r) + (random.nextDouble() - 0.5) * 0.1));
                    double y = Math.max(0, Math.min(depth, source.y(r) + (random.nextDouble() - 0.5) * 0.1));
                    b.add(id, source.epochSecond(r) + shift, x, y);
                    readings++;
                }
            }
        }
        return b.build();
    }
}
