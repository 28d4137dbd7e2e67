package com.retailstudio.layout.engine;

import com.retailstudio.data.model.Zone;
import com.retailstudio.layout.model.FloorPoint;
import com.retailstudio.layout.model.StorePlan;
import com.retailstudio.layout.model.WalkingFlow;
import com.retailstudio.layout.model.WalkingPaths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The most common walking paths of a store: each visit's readings become the sequence of walkable zones it entered
 * (readings in aisles outside every zone are skipped, repeats merged), every change of zone is a move from one zone to
 * the next, and a move counts the visits that made it at least once. Moves are routed along the {@link WalkingGrid}
 * between the zones' centres, so they go round shelves. Routes depend only on the plan and are kept once computed.
 */
public final class WalkingPathFinder {

    /** How many moves the section draws and the benchmark times: enough to read the store, few enough to see. */
    public static final int DEFAULT_FLOWS = 12;

    private final StorePlan plan;
    private final WalkingGrid grid;
    private final Map<Integer, List<FloorPoint>> routes = new ConcurrentHashMap<>();

    public WalkingPathFinder(StorePlan plan, WalkingGrid grid) {
        this.plan = plan;
        this.grid = grid;
    }

    /**
     * The {@code limit} moves made by the most visits among those {@code visits} keeps (ties in plan order of the
     * zones left, then entered).
     */
    public WalkingPaths mostCommon(StoreTraffic traffic, boolean[] visits, int limit) {
        int n = plan.zones().size();
        int[] visitors = new int[n * n];
        int[] countedFor = new int[n * n];
        int kept = 0;
        for (int v = 0; v < traffic.visitCount(); v++) {
            if (!visits[v]) {
                continue;
            }
            kept++;
            int last = -1;
            for (int r = traffic.firstReading(v); r < traffic.endReading(v); r++) {
                int zone = traffic.zone(r);
                if (zone < 0 || zone == last) {
                    continue;
                }
                if (last >= 0) {
                    int move = last * n + zone;
                    // a visit counts once per move however often it goes back and forth
                    if (countedFor[move] != v + 1) {
                        countedFor[move] = v + 1;
                        visitors[move]++;
                    }
                }
                last = zone;
            }
        }
        List<Integer> made = new ArrayList<>();
        for (int move = 0; move < visitors.length; move++) {
            if (visitors[move] > 0) {
                made.add(move);
            }
        }
        made.sort(Comparator.comparingInt((Integer move) -> -visitors[move]).thenComparingInt(move -> move));
        List<WalkingFlow> flows = new ArrayList<>();
        for (int move : made.subList(0, Math.min(limit, made.size()))) {
            List<FloorPoint> route = route(move / n, move % n);
            double length = 0;
            for (int i = 1; i < route.size(); i++) {
                length += route.get(i - 1).distanceTo(route.get(i));
            }
            flows.add(new WalkingFlow(plan.zones().get(move / n).zoneId(), plan.zones().get(move % n).zoneId(),
                    visitors[move], route, length));
        }
        return new WalkingPaths(flows, made.size(), kept);
    }

    private List<FloorPoint> route(int from, int to) {
        int n = plan.zones().size();
        return routes.computeIfAbsent(from * n + to, key -> {
            Zone a = plan.zones().get(from);
            Zone b = plan.zones().get(to);
            return grid.route(StorePlan.centreX(a), StorePlan.centreY(a), StorePlan.centreX(b), StorePlan.centreY(b));
        });
    }
}
