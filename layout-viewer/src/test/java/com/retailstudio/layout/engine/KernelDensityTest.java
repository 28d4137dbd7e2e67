package com.retailstudio.layout.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.layout.model.DensityGrid;
import com.retailstudio.layout.model.KernelBandwidth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class KernelDensityTest {

    @Test
    void oneReadingFarFromTheWallsSpreadsToAGaussianThatIntegratesToOne() {
        int columns = 200;
        int rows = 200;
        float[] counts = new float[columns * rows];
        counts[100 * columns + 100] = 1;
        double cell = 0.25;
        DensityGrid grid = KernelDensity.smooth(counts, columns, rows, cell, 2.0, 1.0, 1);
        double mass = 0;
        for (float v : grid.values()) {
            mass += v * cell * cell;
        }
        assertEquals(1.0, mass, 1e-4);
        // the peak of a 2-D Gaussian is 1 / (2π σx σy); the discrete kernel is within a percent of it
        assertEquals(1 / (2 * Math.PI * 2.0 * 1.0), grid.at(100, 100), 0.01 / (2 * Math.PI * 2.0));
        assertTrue(grid.at(108, 100) > grid.at(100, 108), "wider along x than along y");
    }

    @Test
    void bandwidthFollowsScottsRuleWithTheRobustSpread() {
        int columns = 40;
        int rows = 40;
        float[] counts = new float[columns * rows];
        counts[20 * columns + 10] = 1000;
        counts[20 * columns + 30] = 1000;
        DensityGrid grid = KernelDensity.fromCounts(counts, columns, rows, 0.25, 1.0);
        // x: half the readings at column 10, half at 30: sd = 10 cells × sqrt(n / (n − 1)); IQR / 1.349 is larger
        double sd = 10 * Math.sqrt(2000.0 / 1999) * 0.25;
        assertEquals(sd * Math.pow(2000, -1.0 / 6), grid.bandwidthX(), 1e-9);
        assertEquals(0.25, grid.bandwidthY(), 1e-12, "no spread along y: the bandwidth floors at one cell");
        assertEquals(2000, grid.readings());
        DensityGrid wider = KernelDensity.fromCounts(counts, columns, rows, 0.25, 2.0);
        assertEquals(2 * grid.bandwidthX(), wider.bandwidthX(), 1e-9);
    }

    @Test
    void filteredOutVisitsLeaveNoTrace() {
        var plan = HandMadeStore.plan(ZoneOffset.UTC);
        StoreTraffic traffic = HandMadeStore.traffic(plan);
        DensityGrid none = KernelDensity.estimate(traffic, new boolean[traffic.visitCount()], 0.25, 1);
        assertEquals(0, none.max());
        assertEquals(0, none.readings());
        boolean[] all = {true, true, true};
        assertEquals(traffic.readingCount(), KernelDensity.estimate(traffic, all, 0.25, 1).readings());
    }

    @Test
    void aFixedBandwidthIsUsedOnBothAxesAndScottsRuleStaysAvailable() {
        var plan = HandMadeStore.plan(ZoneOffset.UTC);
        StoreTraffic traffic = HandMadeStore.traffic(plan);
        boolean[] all = {true, true, true};
        DensityGrid scott = KernelDensity.estimate(traffic, all, 0.25, 1);
        KernelBandwidth rule = KernelDensity.scottBandwidth(traffic, all, 0.25);
        assertEquals(scott.bandwidthX(), rule.xM(), 1e-12);
        assertEquals(scott.bandwidthY(), rule.yM(), 1e-12);

        DensityGrid fixed = KernelDensity.estimateWithBandwidth(traffic, all, 0.25, 1.5);
        assertEquals(1.5, fixed.bandwidthX(), 1e-12);
        assertEquals(1.5, fixed.bandwidthY(), 1e-12);
        assertEquals(traffic.readingCount(), fixed.readings());
        DensityGrid wide = KernelDensity.estimateWithBandwidth(traffic, all, 0.25, 3.0);
        assertTrue(wide.max() < fixed.max(), "twice the bandwidth, a lower peak");
        assertEquals(0.25, KernelDensity.estimateWithBandwidth(traffic, all, 0.25, 0.1).bandwidthX(), 1e-12,
                "never below one cell");
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> KernelDensity.estimateWithBandwidth(traffic, all, 0.25, bad));
            assertTrue(e.getMessage().contains("positive number of metres"), e.getMessage());
        }
        assertEquals("1.2 m", new KernelBandwidth(1.21, 1.18).label());
        assertEquals("1.4 × 1.1 m", new KernelBandwidth(1.4, 1.1).label());
    }
}
