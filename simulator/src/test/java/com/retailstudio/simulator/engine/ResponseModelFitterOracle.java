package com.retailstudio.simulator.engine;

import static com.retailstudio.simulator.engine.ResponseModel.AGES;
import static com.retailstudio.simulator.engine.ResponseModel.BUCKETS;
import static com.retailstudio.simulator.engine.ResponseModel.CHANNELS;
import static com.retailstudio.simulator.engine.ResponseModel.HOURS;
import static com.retailstudio.simulator.engine.ResponseModel.KINDS;

import com.retailstudio.data.io.EventTable;
import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.EventType;
import java.util.HashMap;
import java.util.Map;

/**
 * The response model's counting as it was before the fit was made parallel (commit a8a43f5), kept unchanged as the
 * oracle the fast fitter must match bit for bit: a String map from message id to send, a time-zone lookup per send,
 * one thread. Only the counting is kept here; both hand their tables to the same {@link ResponseModelFitter#fitFactors}.
 */
final class ResponseModelFitterOracle {
    private static final int OPEN = 1;
    private static final int CLICK = 2;
    private static final int PURCHASE = 4;

    private ResponseModelFitterOracle() {
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
        double[][][] factors = ResponseModelFitter.fitFactors(sends, responses);
        return new ResponseModel(factors[0], factors[1], factors[2], ratio(clicks, opens), ratio(clickPurchases, clicks),
                ratio(pushPurchases, pushOpens), unsubscribeRate, purchaseValue);
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

}
