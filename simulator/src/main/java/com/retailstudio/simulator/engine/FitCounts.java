package com.retailstudio.simulator.engine;

import static com.retailstudio.simulator.engine.ResponseModel.CHANNELS;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What the response model is fitted from, counted over some customers' events: the send table ({@link SendTally}),
 * unsubscribes per channel, and every attributed purchase with its row in the data set's file order, the send's
 * channel and its value. Counts are whole numbers, so the counts of any split of the customers {@link #merge} to
 * exactly the counts of all of them; purchase values are fractions whose sum depends on the order of adding, so they
 * are kept one by one and {@link #toModel} adds them in file order, as the desktop fitter always has.
 *
 * <p>Exact only when each message id's sends and responses belong to one customer: the fitter gives a response to the
 * last send carrying its id anywhere in the data, which a part of the customers cannot see.
 */
public final class FitCounts implements Serializable {
    private static final long serialVersionUID = 1L;
    private final SendTally tally;
    private final long[] unsubscribes;
    /** Attributed purchases in file order: the purchase's file row, the send's channel, the value (0 when none). */
    private final long[] purchaseRow;
    private final byte[] purchaseChannel;
    private final double[] purchaseValue;

    FitCounts(SendTally tally, long[] unsubscribes, long[] purchaseRow, byte[] purchaseChannel,
            double[] purchaseValue) {
        this.tally = tally;
        this.unsubscribes = unsubscribes;
        this.purchaseRow = purchaseRow;
        this.purchaseChannel = purchaseChannel;
        this.purchaseValue = purchaseValue;
    }

    /** Attributed purchases counted. */
    public int purchases() {
        return purchaseRow.length;
    }

    /**
     * The counts of both parts' customers (which must not overlap); neither part changes. The purchases stay in file
     * order, so merging parts in any order gives the same model.
     */
    public FitCounts merge(FitCounts other) {
        SendTally sum = new SendTally();
        sum.add(tally);
        sum.add(other.tally);
        long[] unsub = unsubscribes.clone();
        for (int c = 0; c < CHANNELS; c++) {
            unsub[c] += other.unsubscribes[c];
        }
        int n = purchaseRow.length + other.purchaseRow.length;
        long[] rows = new long[n];
        byte[] channels = new byte[n];
        double[] values = new double[n];
        int i = 0;
        int j = 0;
        for (int k = 0; k < n; k++) {
            boolean mine = j == other.purchaseRow.length
                    || i < purchaseRow.length && purchaseRow[i] <= other.purchaseRow[j];
            FitCounts from = mine ? this : other;
            int at = mine ? i++ : j++;
            rows[k] = from.purchaseRow[at];
            channels[k] = from.purchaseChannel[at];
            values[k] = from.purchaseValue[at];
        }
        return new FitCounts(sum, unsub, rows, channels, values);
    }

    /** The fitted model: the desktop fitter's arithmetic, step for step, on these counts. */
    public ResponseModel toModel() {
        double[] purchaseSum = new double[CHANNELS];
        long[] purchaseCount = new long[CHANNELS];
        for (int p = 0; p < purchaseRow.length; p++) {
            purchaseSum[purchaseChannel[p]] += purchaseValue[p];
            purchaseCount[purchaseChannel[p]]++;
        }
        double[] unsubscribeRate = new double[CHANNELS];
        double[] value = new double[CHANNELS];
        double allValue = 0;
        long allPurchases = 0;
        for (int c = 0; c < CHANNELS; c++) {
            unsubscribeRate[c] = tally.sendsByChannel[c] == 0 ? 0 : (double) unsubscribes[c] / tally.sendsByChannel[c];
            allValue += purchaseSum[c];
            allPurchases += purchaseCount[c];
        }
        double meanValue = allPurchases == 0 ? 0 : allValue / allPurchases;
        for (int c = 0; c < CHANNELS; c++) {
            value[c] = purchaseCount[c] == 0 ? meanValue : purchaseSum[c] / purchaseCount[c];
        }
        double[][][] factors = ResponseModelFitter.fitFactors(SendTally.table(tally.sends),
                SendTally.table(tally.responses));
        return new ResponseModel(factors[0], factors[1], factors[2], ratio(tally.clicks, tally.opens),
                ratio(tally.clickPurchases, tally.clicks), ratio(tally.pushPurchases, tally.pushOpens),
                unsubscribeRate, value);
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** Purchases given in any order, sorted by file row (a stable sort, so equal rows keep their order). */
    static FitCounts of(SendTally tally, long[] unsubscribes, long[] rows, byte[] channels, double[] values) {
        Integer[] order = new Integer[rows.length];
        boolean sorted = true;
        for (int p = 0; p < rows.length; p++) {
            order[p] = p;
            sorted &= p == 0 || rows[p - 1] <= rows[p];
        }
        if (sorted) {
            return new FitCounts(tally, unsubscribes, rows, channels, values);
        }
        Arrays.sort(order, (x, y) -> Long.compare(rows[x], rows[y]));
        long[] r = new long[rows.length];
        byte[] c = new byte[rows.length];
        double[] v = new double[rows.length];
        for (int p = 0; p < rows.length; p++) {
            r[p] = rows[order[p]];
            c[p] = channels[order[p]];
            v[p] = values[order[p]];
        }
        return new FitCounts(tally, unsubscribes, r, c, v);
    }
}
