package com.retailstudio.simulator.engine;

import java.util.Arrays;

/**
 * One customer's event counts over trailing windows and times since the last event of a type, kept up as the
 * customer's time moves forward instead of scanning their events again at every question: a daily schedule asks
 * "product views in the last 7 days" 90 times per customer. Each (type, window) pair asked keeps the positions of its
 * window's first and next events and the count between; a question about an earlier time than the last one scans
 * afresh, so the answers are always {@link CustomerData#countEvents}'s and {@link CustomerData#secondsSinceLast}'s.
 * One instance per run, reset for every customer.
 */
final class EventWindows {
    /** Pairs asked: event type, window in seconds (-1 for time since the last), and the state kept for each. */
    private int[] type = new int[4];
    private long[] window = new long[4];
    private int[] low = new int[4];
    private int[] high = new int[4];
    /** The count in the window, or for time since the last, the position of the last event of the type (or -1). */
    private int[] value = new int[4];
    private long[] asked = new long[4];
    private int pairs;
    private int live;

    private CustomerData data;
    private int start;
    private int end;

    /** Starts a customer whose events are at positions {@code [first, last)}. */
    void reset(CustomerData customers, int first, int last) {
        data = customers;
        start = first;
        end = last;
        live = 0;
    }

    /** The customer's events of {@code eventType} at times in {@code (now - windowSeconds, now]}. */
    int count(int eventType, long windowSeconds, long now) {
        if (windowSeconds < 0) {
            return data.countEvents(start, end, eventType, now, windowSeconds);
        }
        int k = pair(eventType, windowSeconds, now);
        int hi = high[k];
        int lo = low[k];
        int count = value[k];
        while (hi < end && data.time(hi) <= now) {
            count += data.type(hi) == eventType ? 1 : 0;
            hi++;
        }
        long from = now - windowSeconds;
        while (lo < hi && data.time(lo) <= from) {
            count -= data.type(lo) == eventType ? 1 : 0;
            lo++;
        }
        high[k] = hi;
        low[k] = lo;
        value[k] = count;
        return count;
    }

    /** Seconds from the customer's last event of {@code eventType} at or before {@code now}; infinite without one. */
    double secondsSinceLast(int eventType, long now) {
        int k = pair(eventType, -1, now);
        int hi = high[k];
        int lastOfType = value[k];
        while (hi < end && data.time(hi) <= now) {
            lastOfType = data.type(hi) == eventType ? hi : lastOfType;
            hi++;
        }
        high[k] = hi;
        value[k] = lastOfType;
        return lastOfType < 0 ? Double.POSITIVE_INFINITY : now - data.time(lastOfType);
    }

    /** The pair's index, started afresh when it is new for this customer or {@code now} went back. */
    private int pair(int eventType, long windowSeconds, long now) {
        int k = 0;
        while (k < pairs && (type[k] != eventType || window[k] != windowSeconds)) {
            k++;
        }
        if (k == pairs) {
            if (pairs == type.length) {
                type = Arrays.copyOf(type, pairs * 2);
                window = Arrays.copyOf(window, pairs * 2);
                low = Arrays.copyOf(low, pairs * 2);
                high = Arrays.copyOf(high, pairs * 2);
                value = Arrays.copyOf(value, pairs * 2);
                asked = Arrays.copyOf(asked, pairs * 2);
            }
            type[k] = eventType;
            window[k] = windowSeconds;
            pairs++;
        }
        // a pair is live for this customer when its bit is set; there are rarely more than a few pairs
        boolean fresh = k >= 32 || (live & (1 << k)) == 0 || now < asked[k];
        if (fresh) {
            low[k] = start;
            high[k] = start;
            value[k] = windowSeconds < 0 ? -1 : 0;
            if (k < 32) {
                live |= 1 << k;
            }
        }
        asked[k] = now;
        return k;
    }
}
