package com.retailstudio.layout.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.layout.model.Daypart;
import com.retailstudio.layout.model.FloorPoint;
import com.retailstudio.layout.model.StorePlan;
import com.retailstudio.layout.model.TimeFilter;
import com.retailstudio.layout.model.WalkingFlow;
import com.retailstudio.layout.model.WalkingPaths;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Walking paths on the hand-made store: entrance bottom left, pasta and wine on either side of a shelf. */
class WalkingPathFinderTest {

    private final StorePlan plan = HandMadeStore.plan(ZoneOffset.UTC);
    private final WalkingGrid grid = new WalkingGrid(plan, 0.5);
    private final WalkingPathFinder finder = new WalkingPathFinder(plan, grid);

    @Test
    void eachChangeOfZoneIsAMoveCountedByTheVisitsThatMadeIt() {
        // V1: entrance → pasta → (aisle) → checkout; V2 and V3: entrance → wine → checkout
        StoreTraffic traffic = HandMadeStore.traffic(plan);
        WalkingPaths paths = finder.mostCommon(traffic, traffic.visitsIn(TimeFilter.ALL), 10);

        assertEquals(List.of("Z1>Z3 2", "Z3>Z5 2", "Z1>Z2 1", "Z2>Z5 1"), describe(paths));
        assertEquals(4, paths.moves());
        assertEquals(3, paths.visits());
        assertEquals(2, paths.maxVisitors());
    }

    @Test
    void aVisitGoingBackAndForthCountsOncePerMove() {
        StoreTraffic.Builder b = StoreTraffic.builder(plan);
        // entrance → pasta → entrance → pasta → checkout
        HandMadeStore.visit(b, "V9", "2026-06-01T09:00:00Z", 1, 9, 2, 2, 1, 9, 2, 3, 9, 9);
        StoreTraffic traffic = b.build();
        WalkingPaths paths = finder.mostCommon(traffic, traffic.visitsIn(TimeFilter.ALL), 10);
        assertEquals(List.of("Z1>Z2 1", "Z2>Z1 1", "Z2>Z5 1"), describe(paths));
    }

    @Test
    void onlyTheFilteredVisitsCountAndTheLimitKeepsTheBusiestMoves() {
        StoreTraffic traffic = HandMadeStore.traffic(plan);
        // 11:00–13:00 UTC keeps V2 and V3 only: nobody went to pasta
        WalkingPaths late = finder.mostCommon(traffic,
                traffic.visitsIn(TimeFilter.ALL.withDaypart(Daypart.hours(11, 13))), 10);
        assertEquals(List.of("Z1>Z3 2", "Z3>Z5 2"), describe(late));

        WalkingPaths top = finder.mostCommon(traffic, traffic.visitsIn(TimeFilter.ALL), 2);
        assertEquals(List.of("Z1>Z3 2", "Z3>Z5 2"), describe(top));
        assertEquals(4, top.moves(), "moves counts what was left out too");
    }

    @Test
    void routesGoRoundTheShelfAndAreAsLongAsTheWalkingDistance() {
        StoreTraffic.Builder b = StoreTraffic.builder(plan);
        // pasta straight on to wine, on the other side of the shelf
        HandMadeStore.visit(b, "V9", "2026-06-01T09:00:00Z", 2, 2, 2, 3, 8, 3, 8, 2);
        StoreTraffic traffic = b.build();
        WalkingFlow pastaToWine = finder.mostCommon(traffic, traffic.visitsIn(TimeFilter.ALL), 1).flows().get(0);
        assertEquals("Z2", pastaToWine.fromZoneId());
        assertEquals("Z3", pastaToWine.toZoneId());
        List<FloorPoint> route = pastaToWine.route();

        // from the cell holding pasta's centre (2, 2) to the cell holding wine's centre (8, 2)
        assertEquals(new FloorPoint(2.25, 2.25), route.get(0));
        assertEquals(new FloorPoint(8.25, 2.25), route.get(route.size() - 1));
        assertEquals(grid.distance(2, 2, 8, 2), pastaToWine.lengthM(), 1e-9);
        assertTrue(pastaToWine.lengthM() > 7.5, "round the shelf's end at y = 4, not 6 m straight through it: "
                + pastaToWine.lengthM());
        // no point of any leg of the route lies inside the shelf (x 4..6, y 0..4)
        for (int i = 1; i < route.size(); i++) {
            FloorPoint a = route.get(i - 1);
            FloorPoint c = route.get(i);
            for (double t = 0; t <= 1; t += 0.01) {
                double x = a.xM() + (c.xM() - a.xM()) * t;
                double y = a.yM() + (c.yM() - a.yM()) * t;
                assertFalse(x > 4 && x < 6 && y < 4, "leg " + a + " → " + c + " crosses the shelf at " + x + "," + y);
            }
        }
        // corners only: no three consecutive points on one straight line
        for (int i = 2; i < route.size(); i++) {
            FloorPoint a = route.get(i - 2);
            FloorPoint m = route.get(i - 1);
            FloorPoint c = route.get(i);
            double cross = (m.xM() - a.xM()) * (c.yM() - m.yM()) - (m.yM() - a.yM()) * (c.xM() - m.xM());
            assertTrue(Math.abs(cross) > 1e-9, "a straight run is one leg: " + route);
        }
    }

    private static List<String> describe(WalkingPaths paths) {
        return paths.flows().stream().map(f -> f.fromZoneId() + ">" + f.toZoneId() + " " + f.visitors()).toList();
    }
}
