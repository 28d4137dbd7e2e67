package com.retailstudio.simulator.engine;

import java.util.Arrays;

/** One customer's simulated response events waiting to happen, in time order (equal times in insertion order). */
final class SimulatedEvents {
    private long[] time = new long[8];
    private int[] type = new int[8];
    private int[] slot = new int[8];
    private double[] value = new double[8];
    private int head;
    private int count;

    void clear() {
        head = 0;
        count = 0;
    }

    boolean isEmpty() {
        return head == count;
    }

    /** Time of the next event; only when not empty. */
    long nextTime() {
        return time[head];
    }

    /** Removes the next event and returns its index for {@link #type}, {@link #slot} and {@link #value}. */
    int poll() {
        return head++;
    }

    int type(int i) {
        return type[i];
    }

    int slot(int i) {
        return slot[i];
    }

    double value(int i) {
        return value[i];
    }

    void add(long t, int eventType, int actionSlot, double eventValue) {
        if (count == time.length) {
            int capacity = time.length * 2;
            time = Arrays.copyOf(time, capacity);
            type = Arrays.copyOf(type, capacity);
            slot = Arrays.copyOf(slot, capacity);
            value = Arrays.copyOf(value, capacity);
        }
        int i = count++;
        while (i > head && time[i - 1] > t) {
            time[i] = time[i - 1];
            type[i] = type[i - 1];
            slot[i] = slot[i - 1];
            value[i] = value[i - 1];
            i--;
        }
        time[i] = t;
        type[i] = eventType;
        slot[i] = actionSlot;
        value[i] = eventValue;
    }
}
