package com.retailstudio.simulator.engine;

import static com.retailstudio.simulator.engine.ResponseModel.AGES;
import static com.retailstudio.simulator.engine.ResponseModel.BUCKETS;
import static com.retailstudio.simulator.engine.ResponseModel.CHANNELS;
import static com.retailstudio.simulator.engine.ResponseModel.HOURS;
import static com.retailstudio.simulator.engine.ResponseModel.KINDS;

import com.retailstudio.data.model.Channel;
import java.io.Serializable;

/**
 * The sends of some customers counted for the fit: sends and primary responses per channel, kind, age band, local
 * hour and attribute bucket, sends per channel and the follow-up counts. Whole numbers only, so the tallies of
 * customer ranges add up to exactly the tally of all customers, whatever the ranges.
 */
final class SendTally implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int OPEN = 1;
    static final int CLICK = 2;
    static final int PURCHASE = 4;
    /** Where the outcome bits sit in a send's byte, above its kind's ordinal (fewer than 8 kinds). */
    static final int OUTCOME_SHIFT = 3;

    static {
        if (KINDS > 1 << OUTCOME_SHIFT) {
            throw new IllegalStateException("a message kind's ordinal no longer fits below the outcome bits");
        }
    }
    private static final int EMAIL = Channel.EMAIL.ordinal();
    private static final int APP = Channel.APP.ordinal();

    final long[] sends = new long[CHANNELS * KINDS * AGES * HOURS * BUCKETS];
    final long[] responses = new long[sends.length];
    final long[] sendsByChannel = new long[CHANNELS];
    long opens;
    long clicks;
    long clickPurchases;
    long pushOpens;
    long pushPurchases;

    /** The kind's ordinal in a send's byte. */
    static int kind(byte send) {
        return send & ((1 << OUTCOME_SHIFT) - 1);
    }

    /** What came of the send ({@link #OPEN}, {@link #CLICK}, {@link #PURCHASE} bits) in a send's byte. */
    static int outcome(byte send) {
        return (send & 0xff) >>> OUTCOME_SHIFT;
    }

    /** Counts one send and what came of it ({@link #OPEN}, {@link #CLICK}, {@link #PURCHASE} bits). */
    void send(int channel, int kind, int ageBand, int hour, int bucket, int outcome) {
        int cell = (((channel * KINDS + kind) * AGES + ageBand) * HOURS + hour) * BUCKETS + bucket;
        sends[cell]++;
        sendsByChannel[channel]++;
        boolean primary = channel == EMAIL || channel == APP ? (outcome & OPEN) != 0 : (outcome & PURCHASE) != 0;
        if (primary) {
            responses[cell]++;
        }
        if (channel == EMAIL && (outcome & OPEN) != 0) {
            opens++;
            if ((outcome & CLICK) != 0) {
                clicks++;
                clickPurchases += (outcome & PURCHASE) != 0 ? 1 : 0;
            }
        }
        if (channel == APP && (outcome & OPEN) != 0) {
            pushOpens++;
            pushPurchases += (outcome & PURCHASE) != 0 ? 1 : 0;
        }
    }

    void add(SendTally other) {
        for (int i = 0; i < sends.length; i++) {
            sends[i] += other.sends[i];
            responses[i] += other.responses[i];
        }
        for (int c = 0; c < CHANNELS; c++) {
            sendsByChannel[c] += other.sendsByChannel[c];
        }
        opens += other.opens;
        clicks += other.clicks;
        clickPurchases += other.clickPurchases;
        pushOpens += other.pushOpens;
        pushPurchases += other.pushPurchases;
    }

    /** The table of {@code counts} as the fit's [channel][kind][age][hour][bucket] doubles (exact below 2^53). */
    static double[][][][][] table(long[] counts) {
        double[][][][][] t = new double[CHANNELS][KINDS][AGES][HOURS][BUCKETS];
        int i = 0;
        for (double[][][][] byKind : t) {
            for (double[][][] byAge : byKind) {
                for (double[][] byHour : byAge) {
                    for (double[] byBucket : byHour) {
                        for (int b = 0; b < BUCKETS; b++) {
                            byBucket[b] = counts[i++];
                        }
                    }
                }
            }
        }
        return t;
    }
}
