package com.retailstudio.layout.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.model.Store;
import com.retailstudio.data.model.Zone;
import com.retailstudio.data.model.ZoneType;
import com.retailstudio.layout.model.StorePlan;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class WalkingGridTest {

    private static StorePlan tenByTen(Zone... fixtures) {
        return new StorePlan(new Store("S1", "Grid", "Testville", ZoneOffset.UTC, 10, 10, "A"), List.of(fixtures));
    }

    private static Zone fixture(double x, double y, double w, double d) {
        return new Zone("S1", "F" + x + "_" + y, ZoneType.FIXTURE, Optional.empty(), x, y, w, d);
    }

    @Test
    void anOpenFloorIsWalkedStraightAndDiagonally() {
        WalkingGrid grid = new WalkingGrid(tenByTen(), 0.5);
        assertEquals(7.5, grid.distance(1.25, 1.25, 8.75, 1.25), 1e-9);
        assertEquals(7.5 * Math.sqrt(2), grid.distance(1.25, 1.25, 8.75, 8.75), 1e-9);
    }

    @Test
    void aShelfAcrossTheFloorIsWalkedAroundNotThrough() {
        // shelf from the left wall to x = 8 across y 4..6; the gap on the right is 2 m wide
        WalkingGrid grid = new WalkingGrid(tenByTen(fixture(0, 4, 8, 2)), 0.5);
        double walked = grid.distance(1.25, 1.25, 1.25, 8.75);
        // grid path by hand: 9 straight + 5 diagonal cells to (16, 7), 5 cells down the gap, then back the same way
        double expected = (2 * (9 + 5 * Math.sqrt(2)) + 5) * 0.5;
        assertEquals(expected, walked, 1e-9);
        // the true shortest line around the shelf's corners (8, 4) and (8, 6) is a lower bound
        double aroundCorners = 2 * Math.hypot(8 - 1.25, 4 - 1.25) + 2;
        assertTrue(walked >= aroundCorners && walked <= aroundCorners * 1.15, walked + " vs " + aroundCorners);
        assertTrue(walked > 2 * (8.75 - 1.25), "far longer than the straight line through the shelf");
    }

    @Test
    void cellsTouchingAShelfOnlyAtItsEdgeStayFree() {
        WalkingGrid grid = new WalkingGrid(tenByTen(fixture(4, 0, 2, 4)), 0.5);
        assertTrue(grid.isBlocked(8, 0));
        assertTrue(grid.isBlocked(11, 7));
        assertTrue(!grid.isBlocked(7, 0) && !grid.isBlocked(12, 0) && !grid.isBlocked(8, 8));
    }

    @Test
    void aWalledOffPointIsUnreachable() {
        WalkingGrid grid = new WalkingGrid(tenByTen(fixture(0, 4, 10, 2)), 0.5);
        assertEquals(Double.POSITIVE_INFINITY, grid.distance(1, 1, 1, 9));
    }

    @Property(tries = 60)
    void walkingIsNeverShorterThanTheStraightLineAndIsSymmetric(
            @ForAll @IntRange(min = 0, max = 15) int shelves, @ForAll @IntRange(min = 0, max = 1000) int seed) {
        Random r = new Random(seed);
        List<Zone> fixtures = new ArrayList<>();
        for (int i = 0; i < shelves; i++) {
            fixtures.add(fixture(r.nextInt(18) * 0.5, r.nextInt(18) * 0.5, 0.5 + r.nextInt(4) * 0.5, 0.5));
        }
        WalkingGrid grid = new WalkingGrid(tenByTen(fixtures.toArray(Zone[]::new)), 0.5);
        int a = grid.cellAt(r.nextDouble() * 10, r.nextDouble() * 10);
        int b = grid.cellAt(r.nextDouble() * 10, r.nextDouble() * 10);
        double ab = grid.distancesFrom(a)[b];
        double ba = grid.distancesFrom(b)[a];
        double straight = 0.5 * Math.hypot(a % 20 - b % 20, a / 20 - b / 20);
        assertEquals(ab, ba, 1e-9);
        assertTrue(ab >= straight - 1e-9);
    }
}
