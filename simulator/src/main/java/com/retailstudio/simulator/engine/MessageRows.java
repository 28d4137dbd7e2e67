package com.retailstudio.simulator.engine;

import static com.retailstudio.simulator.engine.ResponseModel.CHANNELS;

import com.retailstudio.data.io.EventTable;
import com.retailstudio.data.model.EventType;
import java.util.List;

/**
 * The rows the fit matches by message id, in file order: sends carrying an id, and opens, clicks and purchases naming
 * one, each with its id's {@link SendIndex#hash}; and unsubscribes per channel. Found in two passes over ranges of
 * rows, a count and a fill, so the arrays are made once at their size.
 */
final class MessageRows {
    final int[] sendRows;
    final int[] sendHashes;
    final int[] responseRows;
    final int[] responseHashes;
    final long[] unsubscribes = new long[CHANNELS];

    private MessageRows(int sends, int responses) {
        sendRows = new int[sends];
        sendHashes = new int[sends];
        responseRows = new int[responses];
        responseHashes = new int[responses];
    }

    /** What a response row tells about its send ({@link SendTally#OPEN}, ...), 0 when the row is no response. */
    static int flag(EventType type) {
        return switch (type) {
            case EMAIL_OPEN, PUSH_OPEN -> SendTally.OPEN;
            case EMAIL_CLICK -> SendTally.CLICK;
            case PURCHASE -> SendTally.PURCHASE;
            default -> 0;
        };
    }

    /**
     * Finds the rows; also writes each send's kind (its ordinal, 0 when it has none) into {@code sends} at the send's
     * row, where the fit later adds what came of it ({@link SendTally#outcome}), so counting a send reads one byte.
     */
    static MessageRows scan(EventTable events, byte[] sends, RangeTasks tasks, int ranges) {
        int n = events.size();
        List<long[]> counts = tasks.map(n, ranges, (from, to) -> count(events, sends, from, to));
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
        tasks.mapParts(n, ranges, (part, from, to) -> m.fill(events, sendStart[part], responseStart[part], from, to));
        return m;
    }

    /** {sends with an id, responses with an id, unsubscribes per channel...} of rows [from, to). */
    private static long[] count(EventTable events, byte[] sends, int from, int to) {
        long[] c = new long[2 + CHANNELS];
        for (int r = from; r < to; r++) {
            EventType type = events.eventType(r);
            if (type == EventType.MESSAGE_SENT) {
                sends[r] = (byte) events.messageKind(r).map(Enum::ordinal).orElse(0).intValue();
            }
            if (type == EventType.UNSUBSCRIBE) {
                c[2 + events.channel(r).ordinal()]++;
            } else if ((type == EventType.MESSAGE_SENT || flag(type) != 0) && events.messageId(r).isPresent()) {
                c[type == EventType.MESSAGE_SENT ? 0 : 1]++;
            }
        }
        return c;
    }

    private Void fill(EventTable events, int send, int response, int from, int to) {
        for (int r = from; r < to; r++) {
            EventType type = events.eventType(r);
            if (type == EventType.MESSAGE_SENT || flag(type) != 0) {
                String id = events.messageId(r).orElse(null);
                if (id == null) {
                    continue;
                }
                if (type == EventType.MESSAGE_SENT) {
                    sendRows[send] = r;
                    sendHashes[send++] = SendIndex.hash(id);
                } else {
                    responseRows[response] = r;
                    responseHashes[response++] = SendIndex.hash(id);
                }
            }
        }
        return null;
    }
}
