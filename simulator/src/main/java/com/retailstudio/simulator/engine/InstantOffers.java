package com.retailstudio.simulator.engine;

import java.util.Arrays;

/**
 * The sends the journeys of a portfolio run offered at one instant ({@link PortfolioGate#offer}), put in the order
 * {@link PortfolioCustomerRun} decides them: highest priority first, then higher expected value, then lane.
 */
final class InstantOffers {
    /** Each lane's priority rank. */
    private final int[] rank;
    private int[] lane = new int[8];
    private int[] slot = new int[8];
    private int[] mark = new int[8];
    private double[] value = new double[8];
    private int[] order = new int[8];
    private int count;
    private long time;

    InstantOffers(int[] rank) {
        this.rank = rank;
    }

    void clear() {
        count = 0;
    }

    /** Whether offers of an instant before {@code t} wait to be decided. */
    boolean undecidedBefore(long t) {
        return count > 0 && t > time;
    }

    /** Lane {@code l}'s send of action {@code s} at {@code t}, traced at step {@code m}, worth {@code v} expected. */
    void add(int l, int s, long t, int m, double v) {
        if (count > 0 && t != time) {
            throw new IllegalStateException("offers of two instants were left undecided");
        }
        if (count == lane.length) {
            lane = Arrays.copyOf(lane, count * 2);
            slot = Arrays.copyOf(slot, count * 2);
            mark = Arrays.copyOf(mark, count * 2);
            value = Arrays.copyOf(value, count * 2);
            order = Arrays.copyOf(order, count * 2);
        }
        time = t;
        lane[count] = l;
        slot[count] = s;
        mark[count] = m;
        value[count] = v;
        count++;
    }

    /**
     * Puts the offers in the order they are decided and takes them out: returns how many there were, read in that
     * order with {@link #lane}, {@link #slot}, {@link #mark} and {@link #time}.
     */
    int takeInOrder() {
        // Lanes are in priority-then-id order, so the lane breaks the last tie; insertion keeps equal offers in order.
        for (int i = 0; i < count; i++) {
            int k = i;
            while (k > 0 && before(i, order[k - 1])) {
                order[k] = order[k - 1];
                k--;
            }
            order[k] = i;
        }
        int taken = count;
        count = 0;
        return taken;
    }

    int lane(int i) {
        return lane[order[i]];
    }

    int slot(int i) {
        return slot[order[i]];
    }

    int mark(int i) {
        return mark[order[i]];
    }

    long time() {
        return time;
    }

    /** Whether offer {@code a} goes before offer {@code b}: a higher priority, then a higher expected value. */
    private boolean before(int a, int b) {
        int byRank = Integer.compare(rank[lane[a]], rank[lane[b]]);
        if (byRank != 0) {
            return byRank < 0;
        }
        int byValue = Double.compare(value[b], value[a]);
        return byValue != 0 ? byValue < 0 : lane[a] < lane[b];
    }
}
