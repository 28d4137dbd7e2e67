package com.retailstudio.simulator.engine;

import static com.retailstudio.simulator.engine.ResponseModel.CHANNELS;

import com.retailstudio.data.model.EventType;
import java.util.List;

/**
 * The events the fit matches by message id, as positions of {@link CustomerData}: sends carrying an id, and opens,
 * clicks and purchases naming one; and unsubscribes per channel. Found in two passes over ranges of positions, a
 * count and a fill, so the arrays are made once at their size.
 */
final class MessageRows {
    private static final int SENT = EventType.MESSAGE_SENT.ordinal();
    private static final int UNSUBSCRIBE = EventType.UNSUBSCRIBE.ordinal();
    private static final int EMAIL_OPEN = EventType.EMAIL_OPEN.ordinal();
    private static final int PUSH_OPEN = EventType.PUSH_OPEN.ordinal();
    private static final int EMAIL_CLICK = EventType.EMAIL_CLICK.ordinal();
    private static final int PURCHASE = EventType.PURCHASE.ordinal();
    final int[] sendRows;
    final int[] responseRows;
    final long[] unsubscribes = new long[CHANNELS];

    private MessageRows(int sends, int responses) {
        sendRows = new int[sends];
        responseRows = new int[responses];
    }

    /** What a response tells about its send ({@link SendTally#OPEN}, ...), 0 when the event type is no response. */
    static int flag(int eventType) {
        if (eventType == EMAIL_OPEN || eventType == PUSH_OPEN) {
            return SendTally.OPEN;
        }
        if (eventType == EMAIL_CLICK) {
            return SendTally.CLICK;
        }
        return eventType == PURCHASE ? SendTally.PURCHASE : 0;
    }

    /**
     * Finds the positions; also writes each send's kind (its ordinal, 0 when it has none) into {@code sends} at the
     * send's position, where the fit later adds what came of it ({@link SendTally#outcome}), so counting a send reads
     * one byte.
     */
    static MessageRows scan(CustomerData data, byte[] sends, RangeTasks tasks, int ranges) {
        int n = sends.length;
        List<long[]> counts = tasks.map(n, ranges, (from, to) -> count(data, sends, from, to));
        int parts = counts.size();
        int[] sendStart = new int[parts + 1];
        int[] responseStart = new int[parts + 1];
        long[] unsubscribes = new long[CHANNELS];
        for (int p = 0; p < parts; p++) {
            long[] c = counts.get(p);
            sendStart[p + 1] = Math.toIntExact(sendStart[p] + c[0]);
            responseStart[p + 1] = Math.toIntExact(responseStart[p] + c[1]);
            for (int ch = 0; ch < CHANNELS; ch++) {
                unsubscribes[ch] += c[2 + ch];
            }
        }
        MessageRows m = new MessageRows(sendStart[parts], responseStart[parts]);
        System.arraycopy(unsubscribes, 0, m.unsubscribes, 0, CHANNELS);
        tasks.mapParts(n, ranges, (part, from, to) -> m.fill(data, sendStart[part], responseStart[part], from, to));
        return m;
    }

    /** {sends with an id, responses with an id, unsubscribes per channel...} of positions [from, to). */
    private static long[] count(CustomerData data, byte[] sends, int from, int to) {
        long[] c = new long[2 + CHANNELS];
        for (int p = from; p < to; p++) {
            int type = data.type(p);
            if (type == SENT) {
                sends[p] = (byte) Math.max(0, data.kind(p));
            }
            if (type == UNSUBSCRIBE) {
                c[2 + data.channel(p)]++;
            } else if ((type == SENT || flag(type) != 0) && data.message(p) >= 0) {
                c[type == SENT ? 0 : 1]++;
            }
        }
        return c;
    }

    private Void fill(CustomerData data, int send, int response, int from, int to) {
        for (int p = from; p < to; p++) {
            int type = data.type(p);
            if ((type == SENT || flag(type) != 0) && data.message(p) >= 0) {
                if (type == SENT) {
                    sendRows[send++] = p;
                } else {
                    responseRows[response++] = p;
                }
            }
        }
        return null;
    }
}
