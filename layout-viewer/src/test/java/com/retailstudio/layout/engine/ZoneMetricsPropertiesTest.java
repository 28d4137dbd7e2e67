package com.retailstudio.layout.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.layout.model.DensityGrid;
import com.retailstudio.layout.model.StorePlan;
import com.retailstudio.layout.model.TimeFilter;
import com.retailstudio.layout.model.ZoneMetrics;
import com.retailstudio.layout.model.ZoneMetricsSettings;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Rules that hold for any visits on the hand-made store. */
class ZoneMetricsPropertiesTest {

    private static final StorePlan PLAN = HandMadeStore.plan(ZoneOffset.UTC);

    private static StoreTraffic randomVisits(int visits, long seed) {
        Random r = new Random(seed);
        StoreTraffic.Builder b = StoreTraffic.builder(PLAN);
        long start = Instant.parse("2026-06-01T08:00:00Z").getEpochSecond();
        for (int v = 0; v < visits; v++) {
            long t = start + r.nextInt(12 * 3600);
            double x = r.nextDouble() * 10;
            double y = r.nextDouble() * 10;
            int readings = 1 + r.nextInt(20);
            for (int i = 0; i < readings; i++) {
                // mostly small steps (dwelling), sometimes a jump (walking)
                double step = r.nextDouble() < 0.8 ? 0.5 : 5;
                x = Math.max(0, Math.min(10, x + (r.nextDouble() - 0.5) * step));
                y = Math.max(0, Math.min(10, y + (r.nextDouble() - 0.5) * step));
                b.add("V" + v, t + 5L * i, x, y);
            }
        }
        return b.build();
    }

    @Property(tries = 50)
    void countsNestAndRatesStayBetweenZeroAndOne(@ForAll @IntRange(min = 0, max = 60) int visits,
                                                 @ForAll long seed) {
        StoreTraffic traffic = randomVisits(visits, seed);
        StoreBaskets baskets = HandMadeStore.baskets(ZoneOffset.UTC);
        int[] joined = VisitBasketJoin.join(traffic, baskets, 10);
        List<ZoneMetrics> metrics = ZoneMetricsCalculator.compute(traffic, traffic.visitsIn(TimeFilter.ALL), baskets,
                joined, baskets.all(), ZoneMetricsSettings.DEFAULTS);
        for (ZoneMetrics z : metrics) {
            assertTrue(z.conversions() <= z.dwells(), z.toString());
            assertTrue(z.dwells() <= z.visits(), z.toString());
            assertTrue(z.visits() <= z.passers(), z.toString());
            assertTrue(z.passers() <= visits, z.toString());
            assertTrue(z.captureRate() >= 0 && z.captureRate() <= 1, z.toString());
            assertEquals(z.dwells(), z.dwellHistogram().total(), z.toString());
        }
    }

    @Property(tries = 30)
    void theHeatmapKeepsEveryReadingsMassAwayFromTheWalls(@ForAll @IntRange(min = 1, max = 200) int readings,
                                                         @ForAll long seed) {
        Random r = new Random(seed);
        int columns = 120;
        int rows = 120;
        float[] counts = new float[columns * rows];
        for (int i = 0; i < readings; i++) {
            counts[(40 + r.nextInt(40)) * columns + 40 + r.nextInt(40)]++;
        }
        // a bandwidth of 1 m (4 cells) cut at 3σ never reaches a wall 40 cells away
        DensityGrid grid = KernelDensity.smooth(counts, columns, rows, 0.25, 1.0, 1.0, readings);
        double mass = 0;
        for (float v : grid.values()) {
            mass += v * 0.25 * 0.25;
        }
        assertEquals(readings, mass, 1e-3 * readings);
    }
}
