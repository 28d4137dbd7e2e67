package com.retailstudio.simulator.engine;

import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.MessageKind;
import java.io.Serializable;

/**
 * How customers respond to a send, fitted from the data set's history by {@link ResponseModelFitter}: the probability
 * of the channel's primary response (email open, push open, or an attributed purchase on other channels) is
 * {@code A[channel][kind] × H[age band][local hour] × M[kind][attribute bucket]}, capped at 0.95; follow-ups are
 * plain rates per channel. Serializable: a distributed run (simulator-spark) fits it once on its driver and
 * broadcasts it to every task.
 */
public final class ResponseModel implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int CHANNELS = Channel.values().length;
    static final int KINDS = MessageKind.values().length;
    static final int AGES = 6;
    static final int HOURS = 24;
    static final int BUCKETS = 5;
    static final double CAP = 0.95;

    final double[][] a;
    final double[][] h;
    final double[][] m;
    final double clickGivenOpen;
    final double purchaseGivenClick;
    final double purchaseGivenPushOpen;
    final double[] unsubscribePerSend;
    final double[] purchaseValue;

    ResponseModel(double[][] a, double[][] h, double[][] m, double clickGivenOpen, double purchaseGivenClick,
            double purchaseGivenPushOpen, double[] unsubscribePerSend, double[] purchaseValue) {
        this.a = a;
        this.h = h;
        this.m = m;
        this.clickGivenOpen = clickGivenOpen;
        this.purchaseGivenClick = purchaseGivenClick;
        this.purchaseGivenPushOpen = purchaseGivenPushOpen;
        this.unsubscribePerSend = unsubscribePerSend;
        this.purchaseValue = purchaseValue;
    }

    static int bucket(int kind, double priceSensitivity, int tier) {
        if (kind == MessageKind.PROMOTION.ordinal() || kind == MessageKind.SCARCITY.ordinal()) {
            return Math.min(BUCKETS - 1, (int) (priceSensitivity * BUCKETS));
        }
        if (kind == MessageKind.LOYALTY_REWARD.ordinal()) {
            return tier;
        }
        return 0;
    }

    /** P(primary response) to a send on a data channel, for a customer, at a local hour. */
    public double primary(int channel, int kind, int ageBand, int localHour, double priceSensitivity, int tier) {
        return Math.min(CAP, a[channel][kind] * h[ageBand][localHour] * m[kind][bucket(kind, priceSensitivity, tier)]);
    }

    /** P(the send leads to an attributed purchase): the success next-best-action arbitration weighs. */
    public double purchase(int channel, int kind, int ageBand, int localHour, double priceSensitivity, int tier) {
        double p = primary(channel, kind, ageBand, localHour, priceSensitivity, tier);
        if (channel == Channel.EMAIL.ordinal()) {
            return p * clickGivenOpen * purchaseGivenClick;
        }
        if (channel == Channel.APP.ordinal()) {
            return p * purchaseGivenPushOpen;
        }
        return p;
    }

    /** The base rate A of a channel and kind (hour and attribute factors at their mean of 1). */
    public double base(Channel channel, MessageKind kind) {
        return a[channel.ordinal()][kind.ordinal()];
    }

    /** The local hour at which an age band responds most. */
    public int bestHour(int ageBand) {
        int best = 0;
        for (int hour = 1; hour < HOURS; hour++) {
            if (h[ageBand][hour] > h[ageBand][best]) {
                best = hour;
            }
        }
        return best;
    }

    public double clickGivenOpen() {
        return clickGivenOpen;
    }

    public double purchaseGivenClick() {
        return purchaseGivenClick;
    }

    public double purchaseGivenPushOpen() {
        return purchaseGivenPushOpen;
    }

    public double unsubscribePerSend(Channel channel) {
        return unsubscribePerSend[channel.ordinal()];
    }

    public double purchaseValue(Channel channel) {
        return purchaseValue[channel.ordinal()];
    }
}
