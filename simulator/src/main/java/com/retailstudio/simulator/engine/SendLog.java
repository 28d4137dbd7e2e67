package com.retailstudio.simulator.engine;

import java.util.Arrays;

/** One customer's messages in time order (the journey's sends and, optionally, the data's), for caps and fatigue. */
final class SendLog {
    private long[] time = new long[16];
    private byte[] channel = new byte[16];
    private int size;

    void clear() {
        size = 0;
    }

    /** Appends a send; times never go backwards because a customer's timeline is walked in order. */
    void add(long t, int journeyChannel) {
        if (size == time.length) {
            time = Arrays.copyOf(time, size * 2);
            channel = Arrays.copyOf(channel, size * 2);
        }
        time[size] = t;
        channel[size] = (byte) journeyChannel;
        size++;
    }

    /** Sends on a journey channel (or on any, with -1) at or after {@code since}. */
    int count(int journeyChannel, long since) {
        int count = 0;
        for (int i = size - 1; i >= 0 && time[i] >= since; i--) {
            if (journeyChannel < 0 || channel[i] == journeyChannel) {
                count++;
            }
        }
        return count;
    }
}
