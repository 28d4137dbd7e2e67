package com.retailstudio.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.simulator.model.Uplift;
import org.junit.jupiter.api.Test;

class UpliftTest {
    @Test
    void absoluteAndRelativeUpliftWithAWaldInterval() {
        // 1,000 treated with 120 conversions against 1,000 held out with 100
        Uplift u = Uplift.of(1000, 120, 6000, 1000, 100, 4500);
        assertEquals(0.12, u.treatedRate(), 1e-12);
        assertEquals(0.10, u.holdoutRate(), 1e-12);
        assertEquals(0.02, u.absolute(), 1e-12);
        assertEquals(0.2, u.relative(), 1e-12);
        double se = Math.sqrt(0.12 * 0.88 / 1000 + 0.1 * 0.9 / 1000);
        assertEquals(0.02 - 1.959964 * se, u.ciLow(), 1e-9);
        assertEquals(0.02 + 1.959964 * se, u.ciHigh(), 1e-9);
        assertEquals((6.0 - 4.5) * 1000, u.incrementalRevenue(), 1e-9);
    }

    @Test
    void withoutAHoldoutTheComparisonIsNotDefined() {
        Uplift u = Uplift.of(10, 1, 10, 0, 0, 0);
        assertTrue(Double.isNaN(u.holdoutRate()) && Double.isNaN(u.absolute()) && Double.isNaN(u.ciLow()));
    }
}
