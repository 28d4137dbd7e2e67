package com.retailstudio.layout.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Joins tracked visits to till baskets of the same store by time: sensors know no customer, but a shopper pays at the
 * end of the trip, so a basket belongs to the visit whose last reading (at the checkout) is closest before its till
 * time, at most {@code toleranceSeconds} earlier (a few seconds later is allowed for clock skew). Each visit and each
 * basket is used at most once; the closest pairs are matched first. The generator writes the basket at exactly the
 * time of the visit's last reading, so on generated data the join is exact except for the rare untracked shopper who
 * pays within the tolerance after a tracked visit that bought nothing.
 */
public final class VisitBasketJoin {

    /** Till times up to this many seconds before a visit's last reading still match (clock skew). */
    public static final long SKEW_SECONDS = 5;

    private VisitBasketJoin() {
    }

    /** For each visit the index of its basket in {@code baskets.all()}, or -1. */
    public static int[] join(StoreTraffic traffic, StoreBaskets baskets, double toleranceSeconds) {
        int visits = traffic.visitCount();
        Integer[] byEnd = new Integer[visits];
        for (int v = 0; v < visits; v++) {
            byEnd[v] = v;
        }
        Arrays.sort(byEnd, (a, b) -> Long.compare(traffic.lastSecond(a), traffic.lastSecond(b)));
        long[] ends = new long[visits];
        for (int i = 0; i < visits; i++) {
            ends[i] = traffic.lastSecond(byEnd[i]);
        }
        List<TillBasket> all = baskets.all();
        List<long[]> candidates = new ArrayList<>();
        long tolerance = (long) Math.floor(toleranceSeconds);
        for (int b = 0; b < all.size(); b++) {
            long t = all.get(b).epochSecond();
            int i = lowerBound(ends, t - tolerance);
            for (; i < visits && ends[i] <= t + SKEW_SECONDS; i++) {
                candidates.add(new long[] {Math.abs(t - ends[i]), b, byEnd[i]});
            }
        }
        candidates.sort((p, q) -> p[0] != q[0] ? Long.compare(p[0], q[0])
                : p[1] != q[1] ? Long.compare(p[1], q[1]) : Long.compare(p[2], q[2]));
        int[] basketOfVisit = new int[visits];
        Arrays.fill(basketOfVisit, -1);
        boolean[] used = new boolean[all.size()];
        for (long[] c : candidates) {
            int b = (int) c[1];
            int v = (int) c[2];
            if (!used[b] && basketOfVisit[v] < 0) {
                used[b] = true;
                basketOfVisit[v] = b;
            }
        }
        return basketOfVisit;
    }

    private static int lowerBound(long[] sorted, long key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
