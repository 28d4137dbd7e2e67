package com.retailstudio.simulator.engine;

import java.util.Arrays;

/**
 * One customer's messages in time order (the journey's sends and, optionally, the data's), for caps and fatigue.
 * Transactional sends are kept for fatigue but left out of cap counts (docs/journey-semantics.md).
 */
final class SendLog {
    private long[] time = new long[16];
    private byte[] channel = new byte[16];
    private boolean[] transactional = new boolean[16];
    private int size;

    void clear() {
        size = 0;
    }

    /** Appends a send; times never go backwards because a customer's timeline is walked in order. */
    void add(long t, int journeyChannel, boolean isTransactional) {
        if (size == time.length) {
            time = Arrays.copyOf(time, size * 2);
            channel = Arrays.copyOf(channel, size * 2);
            transactional = Arrays.copyOf(transactional, size * 2);
        }
        time[size] = t;
        channel[size] = (byte) journeyChannel;
        transactional[size] = isTransactional;
        size++;
    }

    /**
     * Takes back the latest send at {@code t} on a journey channel: a portfolio run logs a send its journey's
     * guardrails allow at once (so the journey's next check counts it) and takes it back if the portfolio refuses it.
     */
    void removeLatest(long t, int journeyChannel) {
        for (int i = size - 1; i >= 0 && time[i] == t; i--) {
            if (channel[i] == journeyChannel) {
                System.arraycopy(time, i + 1, time, i, size - i - 1);
                System.arraycopy(channel, i + 1, channel, i, size - i - 1);
                System.arraycopy(transactional, i + 1, transactional, i, size - i - 1);
                size--;
                return;
            }
        }
        throw new IllegalStateException("no send at " + t + " on channel " + journeyChannel + " to take back");
    }

    /** Marketing sends (the ones caps count) on a journey channel (or on any, with -1) at or after {@code since}. */
    int countTowardsCaps(int journeyChannel, long since) {
        int count = 0;
        for (int i = size - 1; i >= 0 && time[i] >= since; i--) {
            if (countsTowardsCaps(i, journeyChannel)) {
                count++;
            }
        }
        return count;
    }

    /** Whether send {@code i} (0 the first) is a marketing send on a journey channel (or on any, with -1). */
    boolean countsTowardsCaps(int i, int journeyChannel) {
        return !transactional[i] && (journeyChannel < 0 || channel[i] == journeyChannel);
    }

    int size() {
        return size;
    }

    /** When send {@code i} (0 the first) was sent, in epoch seconds. */
    long time(int i) {
        return time[i];
    }

    /** Every message received at or after {@code since}, transactional ones included (fatigue). */
    int received(long since) {
        int count = 0;
        for (int i = size - 1; i >= 0 && time[i] >= since; i--) {
            count++;
        }
        return count;
    }
}
