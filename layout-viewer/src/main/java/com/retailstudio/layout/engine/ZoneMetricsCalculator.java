package com.retailstudio.layout.engine;

import com.retailstudio.data.model.Zone;
import com.retailstudio.data.model.ZoneType;
import com.retailstudio.layout.model.DwellHistogram;
import com.retailstudio.layout.model.StorePlan;
import com.retailstudio.layout.model.ZoneMetrics;
import com.retailstudio.layout.model.ZoneMetricsSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Per-zone visits, pass-bys, dwells, conversion and revenue per square metre over the visits and baskets a filter
 * keeps. A stay is a run of consecutive readings of a visit inside one zone in which every step between readings is
 * slower than the dwell speed (so walking through a zone on the way elsewhere is not a stay); it lasts from its first
 * to its last reading (the time to the next reading outside is not counted, since the shopper left somewhere in
 * between), and it is a dwell when it lasts at least the minimum dwell time. A visit's dwell time in a zone is the
 * sum of its dwells.
 */
public final class ZoneMetricsCalculator {

    private ZoneMetricsCalculator() {
    }

    /**
     * Metrics for every walkable zone (entrances, checkouts, category zones; fixtures are left out), in plan order.
     *
     * @param keepVisit     which visits to count (see {@link StoreTraffic#visitsIn})
     * @param basketOfVisit each visit's joined basket index in {@code baskets.all()}, or -1
     * @param keptBaskets   the baskets the filter keeps, for revenue
     */
    public static List<ZoneMetrics> compute(StoreTraffic traffic, boolean[] keepVisit, StoreBaskets baskets,
                                            int[] basketOfVisit, List<TillBasket> keptBaskets,
                                            ZoneMetricsSettings settings) {
        return compute(traffic, keepVisit, baskets, basketOfVisit, keptBaskets, settings,
                nearMasks(traffic, settings.frontageM()));
    }

    /**
     * For each reading a bit set of the walkable zones within {@code frontageM} of it (bit k = zone k of the plan),
     * worked out once so that switching filters does not redo the geometry; null when the plan has over 64 zones.
     */
    public static long[] nearMasks(StoreTraffic traffic, double frontageM) {
        List<Zone> zones = traffic.plan().zones();
        if (zones.size() > 64) {
            return null;
        }
        long[] masks = new long[traffic.readingCount()];
        for (int r = 0; r < masks.length; r++) {
            long mask = 0;
            for (int k = 0; k < zones.size(); k++) {
                Zone zone = zones.get(k);
                if (zone.zoneType() != ZoneType.FIXTURE
                        && StorePlan.distanceTo(zone, traffic.x(r), traffic.y(r)) <= frontageM) {
                    mask |= 1L << k;
                }
            }
            masks[r] = mask;
        }
        return masks;
    }

    /** As {@link #compute(StoreTraffic, boolean[], StoreBaskets, int[], List, ZoneMetricsSettings)}, with the
     * readings' zone masks from {@link #nearMasks} (or null to work them out on the way). */
    public static List<ZoneMetrics> compute(StoreTraffic traffic, boolean[] keepVisit, StoreBaskets baskets,
                                            int[] basketOfVisit, List<TillBasket> keptBaskets,
                                            ZoneMetricsSettings settings, long[] nearMask) {
        StorePlan plan = traffic.plan();
        List<Zone> zones = plan.zones();
        int n = zones.size();
        int[] visits = new int[n];
        int[] passers = new int[n];
        int[] dwells = new int[n];
        int[] conversions = new int[n];
        int[] zoneCategory = new int[n];
        double[][] dwellTimes = new double[n][16];
        int[] dwellCount = new int[n];
        for (int z = 0; z < n; z++) {
            zoneCategory[z] = zones.get(z).category().map(baskets::categoryIndex).orElse(-1);
        }
        boolean[] seen = new boolean[n];
        boolean[] near = new boolean[n];
        double[] dwellOfVisit = new double[n];
        boolean[] dwelt = new boolean[n];
        List<TillBasket> all = baskets.all();
        for (int v = 0; v < traffic.visitCount(); v++) {
            if (!keepVisit[v]) {
                continue;
            }
            Arrays.fill(seen, false);
            Arrays.fill(near, false);
            Arrays.fill(dwellOfVisit, 0);
            Arrays.fill(dwelt, false);
            long visitNear = 0;
            int end = traffic.endReading(v);
            int runStart = -1;
            for (int r = traffic.firstReading(v); r < end; r++) {
                int z = traffic.zone(r);
                if (z >= 0) {
                    seen[z] = true;
                }
                double px = traffic.x(r);
                double py = traffic.y(r);
                if (nearMask != null) {
                    visitNear |= nearMask[r];
                } else {
                    for (int k = 0; k < n; k++) {
                        if (!near[k] && zones.get(k).zoneType() != ZoneType.FIXTURE
                                && StorePlan.distanceTo(zones.get(k), px, py) <= settings.frontageM()) {
                            near[k] = true;
                        }
                    }
                }
                // a stay grows while the shopper stays in the zone at dwelling speed; it closes otherwise
                boolean continues = r + 1 < end && traffic.zone(r + 1) == z && z >= 0
                        && speed(traffic, r, r + 1) <= settings.maxDwellSpeed();
                if (z >= 0 && runStart < 0) {
                    runStart = r;
                }
                if (runStart >= 0 && !continues) {
                    double seconds = traffic.epochSecond(r) - traffic.epochSecond(runStart);
                    if (seconds >= settings.minDwellSeconds()) {
                        dwelt[z] = true;
                        dwellOfVisit[z] += seconds;
                    }
                    runStart = -1;
                }
            }
            TillBasket basket = basketOfVisit[v] >= 0 ? all.get(basketOfVisit[v]) : null;
            for (int z = 0; z < n; z++) {
                if (seen[z]) {
                    visits[z]++;
                }
                if (near[z] || seen[z] || (visitNear >>> z & 1L) != 0) {
                    passers[z]++;
                }
                if (dwelt[z]) {
                    dwells[z]++;
                    if (dwellCount[z] == dwellTimes[z].length) {
                        dwellTimes[z] = Arrays.copyOf(dwellTimes[z], dwellCount[z] * 2);
                    }
                    dwellTimes[z][dwellCount[z]++] = dwellOfVisit[z];
                    if (basket != null && zoneCategory[z] >= 0 && basket.has(zoneCategory[z])) {
                        conversions[z]++;
                    }
                }
            }
        }
        double[] revenue = new double[n];
        for (TillBasket b : keptBaskets) {
            for (int z = 0; z < n; z++) {
                if (zoneCategory[z] >= 0) {
                    revenue[z] += b.revenueOf(zoneCategory[z]);
                }
            }
        }
        List<ZoneMetrics> result = new ArrayList<>();
        for (int z = 0; z < n; z++) {
            Zone zone = zones.get(z);
            if (zone.zoneType() == ZoneType.FIXTURE) {
                continue;
            }
            double area = zone.widthM() * zone.depthM();
            double[] times = Arrays.copyOf(dwellTimes[z], dwellCount[z]);
            Arrays.sort(times);
            double capture = passers[z] == 0 ? 0 : (double) dwells[z] / passers[z];
            result.add(new ZoneMetrics(zone.zoneId(), zone.zoneType().csv(), zone.category(), area, visits[z],
                    passers[z], dwells[z], capture, passers[z] == 0 ? 0 : 1 - capture, median(times),
                    histogram(times, settings), conversions[z],
                    dwells[z] == 0 || zoneCategory[z] < 0 ? 0 : (double) conversions[z] / dwells[z],
                    revenue[z], revenue[z] / area));
        }
        return result;
    }

    private static double speed(StoreTraffic t, int from, int to) {
        double seconds = t.epochSecond(to) - t.epochSecond(from);
        double metres = Math.hypot(t.x(to) - t.x(from), t.y(to) - t.y(from));
        return seconds <= 0 ? (metres == 0 ? 0 : Double.POSITIVE_INFINITY) : metres / seconds;
    }

    /** Median of sorted values: the middle one, or the mean of the two middle ones; 0 when empty. */
    static double median(double[] sorted) {
        int n = sorted.length;
        if (n == 0) {
            return 0;
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static DwellHistogram histogram(double[] times, ZoneMetricsSettings settings) {
        int[] counts = new int[settings.dwellBins()];
        for (double t : times) {
            counts[Math.min(counts.length - 1, (int) (t / settings.dwellBinSeconds()))]++;
        }
        return new DwellHistogram(settings.dwellBinSeconds(), counts);
    }
}
