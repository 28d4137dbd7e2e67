package com.retailstudio.simulator.model;

/**
 * How the result parts add up: counters element by element, and money in whole cents, so that sums do not depend on
 * the order in which partitions merge.
 */
final class Sums {

    private Sums() {
    }

    /** Money is summed in whole cents so that sums do not depend on the order of partitions. */
    static long cents(double value) {
        return Math.round(value * 100);
    }

    static void add(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }
}
