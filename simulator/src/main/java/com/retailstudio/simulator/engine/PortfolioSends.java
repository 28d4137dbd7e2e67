package com.retailstudio.simulator.engine;

import java.util.Arrays;

/**
 * One customer's sends from every journey of a portfolio run, in time order: a {@link SendLog} (what the portfolio's
 * caps count, transactional sends kept but never counted) with the rank and lane of the journey that sent each, to
 * tell who a refused send lost to.
 */
final class PortfolioSends {
    private final SendLog log = new SendLog();
    private int[] rank = new int[16];
    private int[] lane = new int[16];

    void clear() {
        log.clear();
    }

    void add(long t, int journeyChannel, boolean isTransactional, int journeyRank, int journeyLane) {
        int i = log.size();
        if (i == rank.length) {
            rank = Arrays.copyOf(rank, i * 2);
            lane = Arrays.copyOf(lane, i * 2);
        }
        log.add(t, journeyChannel, isTransactional);
        rank[i] = journeyRank;
        lane[i] = journeyLane;
    }

    /** The sends as the caps count them. */
    SendLog log() {
        return log;
    }

    /**
     * The lane of the latest counted send at or after {@code since} from a journey ranked above {@code journeyRank}
     * (a smaller rank), or -1 when every counted send came from a journey of the same or a lower priority.
     */
    int higherPriorityLane(int journeyChannel, long since, int journeyRank) {
        for (int i = log.size() - 1; i >= 0 && log.time(i) >= since; i--) {
            if (log.countsTowardsCaps(i, journeyChannel) && rank[i] < journeyRank) {
                return lane[i];
            }
        }
        return -1;
    }
}
