package com.retailstudio.simulator.engine;

import java.util.Arrays;

/**
 * One customer's sends from every journey of a portfolio run, in time order, with the rank and lane of the journey
 * that sent each: what the portfolio's caps count, and who a refused send lost to. Transactional sends are kept but
 * never counted, as in a journey's own {@link SendLog}.
 */
final class PortfolioSends {
    private long[] time = new long[16];
    private byte[] channel = new byte[16];
    private boolean[] transactional = new boolean[16];
    private int[] rank = new int[16];
    private int[] lane = new int[16];
    private int size;

    void clear() {
        size = 0;
    }

    void add(long t, int journeyChannel, boolean isTransactional, int journeyRank, int journeyLane) {
        if (size == time.length) {
            time = Arrays.copyOf(time, size * 2);
            channel = Arrays.copyOf(channel, size * 2);
            transactional = Arrays.copyOf(transactional, size * 2);
            rank = Arrays.copyOf(rank, size * 2);
            lane = Arrays.copyOf(lane, size * 2);
        }
        time[size] = t;
        channel[size] = (byte) journeyChannel;
        transactional[size] = isTransactional;
        rank[size] = journeyRank;
        lane[size] = journeyLane;
        size++;
    }

    /** Marketing sends on a journey channel (or on any, with -1) at or after {@code since}. */
    int countTowardsCaps(int journeyChannel, long since) {
        int count = 0;
        for (int i = size - 1; i >= 0 && time[i] >= since; i--) {
            if (counts(i, journeyChannel)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The lane of the latest counted send at or after {@code since} from a journey ranked above {@code journeyRank}
     * (a smaller rank), or -1 when every counted send came from a journey of the same or a lower priority.
     */
    int higherPriorityLane(int journeyChannel, long since, int journeyRank) {
        for (int i = size - 1; i >= 0 && time[i] >= since; i--) {
            if (counts(i, journeyChannel) && rank[i] < journeyRank) {
                return lane[i];
            }
        }
        return -1;
    }

    private boolean counts(int i, int journeyChannel) {
        return !transactional[i] && (journeyChannel < 0 || channel[i] == journeyChannel);
    }
}
