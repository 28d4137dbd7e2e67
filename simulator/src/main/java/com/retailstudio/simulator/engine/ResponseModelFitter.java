package com.retailstudio.simulator.engine;

import static com.retailstudio.simulator.engine.ResponseModel.AGES;
import static com.retailstudio.simulator.engine.ResponseModel.BUCKETS;
import static com.retailstudio.simulator.engine.ResponseModel.CHANNELS;
import static com.retailstudio.simulator.engine.ResponseModel.HOURS;
import static com.retailstudio.simulator.engine.ResponseModel.KINDS;

import com.retailstudio.data.io.EventTable;
import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.EventType;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Fits a {@link ResponseModel} from a data set's campaign history: a multiplicative (Poisson log-linear) rate model
 * fitted by iterative proportional fitting on a table of send counts, each factor smoothed towards its prior with
 * {@value #PSEUDO_SENDS} pseudo-sends.
 */
public final class ResponseModelFitter {
    static final double PSEUDO_SENDS = 20;
    private static final int ITERATIONS = 50;
    private static final int OPEN = 1;
    private static final int CLICK = 2;
    private static final int PURCHASE = 4;

    private ResponseModelFitter() {
    }

    public static ResponseModel fit(CustomerData data) {
        EventTable ev = data.events();
        int n = ev.size();
        Map<String, Integer> sendOf = new HashMap<>();
        int sendCount = 0;
        for (int r = 0; r < n; r++) {
            if (ev.eventType(r) == EventType.MESSAGE_SENT) {
                sendCount++;
            }
        }
        int[] sendRow = new int[sendCount];
        byte[] outcome = new byte[sendCount];
        int s = 0;
        for (int r = 0; r < n; r++) {
            if (ev.eventType(r) == EventType.MESSAGE_SENT) {
                sendRow[s] = r;
                int index = s++;
                ev.messageId(r).ifPresent(id -> sendOf.put(id, index));
            }
        }
        double[] purchaseSum = new double[CHANNELS];
        long[] purchaseCount = new long[CHANNELS];
        long[] unsubscribes = new long[CHANNELS];
        for (int r = 0; r < n; r++) {
            EventType type = ev.eventType(r);
            if (type == EventType.UNSUBSCRIBE) {
                unsubscribes[ev.channel(r).ordinal()]++;
                continue;
            }
            int flag = switch (type) {
                case EMAIL_OPEN, PUSH_OPEN -> OPEN;
                case EMAIL_CLICK -> CLICK;
                case PURCHASE -> PURCHASE;
                default -> 0;
            };
            if (flag == 0) {
                continue;
            }
            Integer send = ev.messageId(r).map(sendOf::get).orElse(null);
            if (send == null) {
                continue;
            }
            outcome[send] |= flag;
            if (flag == PURCHASE) {
                int c = ev.channel(sendRow[send]).ordinal();
                purchaseSum[c] += ev.value(r).orElse(0);
                purchaseCount[c]++;
            }
        }

        double[][][][][] sends = new double[CHANNELS][KINDS][AGES][HOURS][BUCKETS];
        double[][][][][] responses = new double[CHANNELS][KINDS][AGES][HOURS][BUCKETS];
        long[] sendsByChannel = new long[CHANNELS];
        long opens = 0;
        long clicks = 0;
        long clickPurchases = 0;
        long pushOpens = 0;
        long pushPurchases = 0;
        for (int i = 0; i < sendCount; i++) {
            int r = sendRow[i];
            int customer = ev.customerIndex(r);
            int c = ev.channel(r).ordinal();
            int k = ev.messageKind(r).map(Enum::ordinal).orElse(0);
            int age = data.ageBand(customer);
            int hour = LocalClock.localHour(data.zone(customer), ev.epochSecond(r));
            int b = ResponseModel.bucket(k, data.priceSensitivity(customer), data.tier(customer));
            int o = outcome[i];
            sends[c][k][age][hour][b]++;
            sendsByChannel[c]++;
            boolean primary = c == Channel.EMAIL.ordinal() || c == Channel.APP.ordinal()
                    ? (o & OPEN) != 0 : (o & PURCHASE) != 0;
            if (primary) {
                responses[c][k][age][hour][b]++;
            }
            if (c == Channel.EMAIL.ordinal() && (o & OPEN) != 0) {
                opens++;
                if ((o & CLICK) != 0) {
                    clicks++;
                    clickPurchases += (o & PURCHASE) != 0 ? 1 : 0;
                }
            }
            if (c == Channel.APP.ordinal() && (o & OPEN) != 0) {
                pushOpens++;
                pushPurchases += (o & PURCHASE) != 0 ? 1 : 0;
            }
        }
        double[] unsubscribeRate = new double[CHANNELS];
        double[] purchaseValue = new double[CHANNELS];
        double allValue = 0;
        long allPurchases = 0;
        for (int c = 0; c < CHANNELS; c++) {
            unsubscribeRate[c] = sendsByChannel[c] == 0 ? 0 : (double) unsubscribes[c] / sendsByChannel[c];
            allValue += purchaseSum[c];
            allPurchases += purchaseCount[c];
        }
        double meanValue = allPurchases == 0 ? 0 : allValue / allPurchases;
        for (int c = 0; c < CHANNELS; c++) {
            purchaseValue[c] = purchaseCount[c] == 0 ? meanValue : purchaseSum[c] / purchaseCount[c];
        }
        double[][][] factors = fitFactors(sends, responses);
        return new ResponseModel(factors[0], factors[1], factors[2], ratio(clicks, opens), ratio(clickPurchases, clicks),
                ratio(pushPurchases, pushOpens), unsubscribeRate, purchaseValue);
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
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
            java.util.Arrays.fill(a[c], prior[c]);
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
            java.util.Arrays.fill(row, 1.0);
        }
        return x;
    }

    /** The local hour of an instant, for tests. */
    static int hourOf(CustomerData data, int customer, Instant at) {
        return LocalClock.localHour(data.zone(customer), at.getEpochSecond());
    }
}
