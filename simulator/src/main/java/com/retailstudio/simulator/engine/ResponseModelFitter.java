package com.retailstudio.simulator.engine;

import static com.retailstudio.simulator.engine.ResponseModel.AGES;
import static com.retailstudio.simulator.engine.ResponseModel.BUCKETS;
import static com.retailstudio.simulator.engine.ResponseModel.CHANNELS;
import static com.retailstudio.simulator.engine.ResponseModel.HOURS;
import static com.retailstudio.simulator.engine.ResponseModel.KINDS;

import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.EventType;
import java.util.Arrays;

/**
 * Fits a {@link ResponseModel} from a data set's campaign history: a multiplicative (Poisson log-linear) rate model
 * fitted by iterative proportional fitting on a table of send counts, each factor smoothed towards its prior with
 * {@value #PSEUDO_SENDS} pseudo-sends. The counting runs over ranges of event rows in parallel: message ids are matched
 * through one compact table ({@link SendIndex}), and a send's customer is one packed long ({@link CustomerProfiles})
 * whose zone's offsets are worked out once ({@link ZoneHours}).
 */
public final class ResponseModelFitter {
    static final double PSEUDO_SENDS = 20;
    private static final int ITERATIONS = 50;
    /** Ranges per thread, so a thread that finishes early takes another range. */
    private static final int RANGES_PER_THREAD = 4;
    private static final int PURCHASE = EventType.PURCHASE.ordinal();

    private ResponseModelFitter() {
    }

    /** The model fitted on the calling thread. */
    public static ResponseModel fit(CustomerData data) {
        return fit(data, 1);
    }

    /**
     * The model fitted on up to {@code threads} threads: the same model, bit for bit, whatever the number of threads
     * (every count is a whole number added up per range, and the one sum of fractions, attributed purchase value, is
     * added in file order on one thread).
     */
    public static ResponseModel fit(CustomerData data, int threads) {
        try (RangeTasks tasks = new RangeTasks(threads)) {
            return fit(data, tasks);
        }
    }

    /**
     * The fit's counts over some customers' events, on the calling thread, for a fit spread over machines: each part
     * counts its customers, the parts' counts {@link FitCounts#merge} and {@link FitCounts#toModel} gives the model
     * {@link #fit} gives on all of them, bit for bit, provided every message id's sends and responses belong to one
     * customer (a response goes to the last send carrying its id, which must then be in the same part).
     *
     * @param fileRows each event-table row's ({@link CustomerData#row}) row in the whole data set's file order ({@code events.csv}), so that
     *                 purchase values are added in the desktop's order; the part's rows may be in any order
     */
    public static FitCounts partialCounts(CustomerData part, long[] fileRows) {
        if (fileRows.length != part.eventCount()) {
            throw new IllegalArgumentException(fileRows.length + " file rows for " + part.eventCount() + " events");
        }
        try (RangeTasks tasks = new RangeTasks(1)) {
            return counts(part, tasks, fileRows);
        }
    }

    private static ResponseModel fit(CustomerData data, RangeTasks tasks) {
        return counts(data, tasks, null).toModel();
    }

    /** The counts of {@code data}; {@code fileRows} null when its rows are in file order. */
    private static FitCounts counts(CustomerData data, RangeTasks tasks, long[] fileRows) {
        int n = Math.toIntExact(data.eventCount());
        int ranges = tasks.threads() * RANGES_PER_THREAD;
        // one byte per event position: a send's kind and, further up, what came of it
        byte[] sends = new byte[n];
        MessageRows rows = MessageRows.scan(data, sends, tasks, ranges);
        SendIndex index = new SendIndex(data, rows.sendRows);
        // what came of each send, by the send's position; purchase value is a sum of fractions, so each attributed
        // purchase is kept with its file row and FitCounts adds them in file order, the order it always had
        int attributed = 0;
        for (int p : rows.responseRows) {
            if (data.type(p) == PURCHASE && index.sendPosition(data.message(p)) >= 0) {
                attributed++;
            }
        }
        long[] purchaseRow = new long[attributed];
        byte[] purchaseChannel = new byte[attributed];
        double[] purchaseValue = new double[attributed];
        int purchases = 0;
        for (int p : rows.responseRows) {
            int send = index.sendPosition(data.message(p));
            if (send < 0) {
                continue;
            }
            int flag = MessageRows.flag(data.type(p));
            sends[send] |= (byte) (flag << SendTally.OUTCOME_SHIFT);
            if (flag == SendTally.PURCHASE) {
                purchaseRow[purchases] = fileRows == null ? data.row(p) : fileRows[data.row(p)];
                purchaseChannel[purchases] = (byte) data.channel(send);
                double value = data.value(p);
                purchaseValue[purchases++] = Double.isNaN(value) ? 0 : value;
            }
        }
        CustomerProfiles profiles = new CustomerProfiles(data);
        SendTally tally = new SendTally();
        for (SendTally part : tasks.map(data.size(), ranges, (from, to) -> profiles.tally(sends, from, to))) {
            tally.add(part);
        }
        return FitCounts.of(tally, rows.unsubscribes.clone(), purchaseRow, purchaseChannel, purchaseValue);
    }

    /** Iterative proportional fitting of A[c][k], H[age][hour], M[k][bucket]; returns {A, H, M}. */
    static double[][][] fitFactors(double[][][][][] n, double[][][][][] y) {
        double[][] a = new double[CHANNELS][KINDS];
        double[][] h = fill(AGES, HOURS);
        double[][] m = fill(KINDS, BUCKETS);
        double totalN = 0;
        double totalY = 0;
        double[] channelN = new double[CHANNELS];
        double[] channelY = new double[CHANNELS];
        for (int c = 0; c < CHANNELS; c++) {
            for (int k = 0; k < KINDS; k++) {
                for (int g = 0; g < AGES; g++) {
                    for (int t = 0; t < HOURS; t++) {
                        for (int b = 0; b < BUCKETS; b++) {
                            channelN[c] += n[c][k][g][t][b];
                            channelY[c] += y[c][k][g][t][b];
                        }
                    }
                }
            }
            totalN += channelN[c];
            totalY += channelY[c];
        }
        // channels without history fall back to the rate of attributed purchases per send on non-email, non-app channels
        double fallbackY = 0;
        double fallbackN = 0;
        for (int c = 0; c < CHANNELS; c++) {
            if (c != Channel.EMAIL.ordinal() && c != Channel.APP.ordinal()) {
                fallbackY += channelY[c];
                fallbackN += channelN[c];
            }
        }
        double fallback = fallbackN == 0 ? (totalN == 0 ? 0 : totalY / totalN) : fallbackY / fallbackN;
        double[] prior = new double[CHANNELS];
        for (int c = 0; c < CHANNELS; c++) {
            prior[c] = (channelY[c] + PSEUDO_SENDS * fallback) / (channelN[c] + PSEUDO_SENDS);
            Arrays.fill(a[c], prior[c]);
        }
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            for (int c = 0; c < CHANNELS; c++) {
                for (int k = 0; k < KINDS; k++) {
                    double obs = 0;
                    double exp = 0;
                    for (int g = 0; g < AGES; g++) {
                        for (int t = 0; t < HOURS; t++) {
                            for (int b = 0; b < BUCKETS; b++) {
                                obs += y[c][k][g][t][b];
                                exp += n[c][k][g][t][b] * h[g][t] * m[k][b];
                            }
                        }
                    }
                    a[c][k] = (obs + PSEUDO_SENDS * prior[c]) / (exp + PSEUDO_SENDS);
                }
            }
            for (int g = 0; g < AGES; g++) {
                for (int t = 0; t < HOURS; t++) {
                    double obs = 0;
                    double exp = 0;
                    for (int c = 0; c < CHANNELS; c++) {
                        for (int k = 0; k < KINDS; k++) {
                            for (int b = 0; b < BUCKETS; b++) {
                                obs += y[c][k][g][t][b];
                                exp += n[c][k][g][t][b] * a[c][k] * m[k][b];
                            }
                        }
                    }
                    h[g][t] = (obs + PSEUDO_SENDS * 0.05) / (exp + PSEUDO_SENDS * 0.05);
                }
            }
            for (int k = 0; k < KINDS; k++) {
                for (int b = 0; b < BUCKETS; b++) {
                    double obs = 0;
                    double exp = 0;
                    for (int c = 0; c < CHANNELS; c++) {
                        for (int g = 0; g < AGES; g++) {
                            for (int t = 0; t < HOURS; t++) {
                                obs += y[c][k][g][t][b];
                                exp += n[c][k][g][t][b] * a[c][k] * h[g][t];
                            }
                        }
                    }
                    m[k][b] = (obs + PSEUDO_SENDS * 0.05) / (exp + PSEUDO_SENDS * 0.05);
                }
            }
        }
        normalise(n, a, h, m);
        return new double[][][] {a, h, m};
    }

    /** Scales H to a send-weighted mean of 1 overall and M to 1 per kind, moving the scale into A. */
    private static void normalise(double[][][][][] n, double[][] a, double[][] h, double[][] m) {
        double weighted = 0;
        double total = 0;
        double[][] kindBucket = new double[KINDS][BUCKETS];
        for (int c = 0; c < CHANNELS; c++) {
            for (int k = 0; k < KINDS; k++) {
                for (int g = 0; g < AGES; g++) {
                    for (int t = 0; t < HOURS; t++) {
                        for (int b = 0; b < BUCKETS; b++) {
                            weighted += n[c][k][g][t][b] * h[g][t];
                            total += n[c][k][g][t][b];
                            kindBucket[k][b] += n[c][k][g][t][b];
                        }
                    }
                }
            }
        }
        double hMean = total == 0 ? 1 : weighted / total;
        for (double[] row : h) {
            for (int t = 0; t < HOURS; t++) {
                row[t] /= hMean;
            }
        }
        for (int k = 0; k < KINDS; k++) {
            double kw = 0;
            double kn = 0;
            for (int b = 0; b < BUCKETS; b++) {
                kw += kindBucket[k][b] * m[k][b];
                kn += kindBucket[k][b];
            }
            double mMean = kn == 0 ? 1 : kw / kn;
            for (int b = 0; b < BUCKETS; b++) {
                m[k][b] /= mMean;
            }
            for (int c = 0; c < CHANNELS; c++) {
                a[c][k] *= hMean * mMean;
            }
        }
    }

    private static double[][] fill(int rows, int cols) {
        double[][] x = new double[rows][cols];
        for (double[] row : x) {
            Arrays.fill(row, 1.0);
        }
        return x;
    }
}
