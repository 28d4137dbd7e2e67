package com.retailstudio.simulator.engine;

import static com.retailstudio.simulator.engine.ResponseModel.CHANNELS;

import com.retailstudio.data.io.EventTable;
import com.retailstudio.data.model.EventType;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of an event-table range that the fit matches by message id, in file order: sends carrying an id, and
 * opens, clicks and purchases naming one, each with its id's {@link SendIndex#hash}; and unsubscribes per channel.
 */
final class MessageRows {
    int[] sendRows = new int[64];
    int[] sendHashes = new int[64];
    int sends;
    int[] responseRows = new int[64];
    int[] responseHashes = new int[64];
    int responses;
    final long[] unsubscribes = new long[CHANNELS];

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
     * Scans rows [from, to); also writes each send's kind (its ordinal, 0 when it has none) into {@code sends} at the
     * send's row, where the fit later adds what came of it ({@link SendTally#outcome}), so that counting a send reads
     * one byte of it.
     */
    static MessageRows scan(EventTable events, byte[] sends, int from, int to) {
        MessageRows m = new MessageRows();
        for (int r = from; r < to; r++) {
            EventType type = events.eventType(r);
            if (type == EventType.MESSAGE_SENT) {
                sends[r] = (byte) events.messageKind(r).map(Enum::ordinal).orElse(0).intValue();
            }
            if (type == EventType.UNSUBSCRIBE) {
                m.unsubscribes[events.channel(r).ordinal()]++;
            } else if (type == EventType.MESSAGE_SENT || flag(type) != 0) {
                String id = events.messageId(r).orElse(null);
                if (id != null) {
                    m.add(type == EventType.MESSAGE_SENT, r, SendIndex.hash(id));
                }
            }
        }
        return m;
    }

    private void add(boolean send, int row, int hash) {
        if (send) {
            if (sends == sendRows.length) {
                sendRows = Arrays.copyOf(sendRows, sends * 2);
                sendHashes = Arrays.copyOf(sendHashes, sends * 2);
            }
            sendRows[sends] = row;
            sendHashes[sends++] = hash;
        } else {
            if (responses == responseRows.length) {
                responseRows = Arrays.copyOf(responseRows, responses * 2);
                responseHashes = Arrays.copyOf(responseHashes, responses * 2);
            }
            responseRows[responses] = row;
            responseHashes[responses++] = hash;
        }
    }

    /** The ranges' rows one after the other (so in file order when the ranges are), unsubscribes added up. */
    static MessageRows concat(List<MessageRows> parts) {
        MessageRows all = new MessageRows();
        all.sendRows = new int[parts.stream().mapToInt(p -> p.sends).sum()];
        all.sendHashes = new int[all.sendRows.length];
        all.responseRows = new int[parts.stream().mapToInt(p -> p.responses).sum()];
        all.responseHashes = new int[all.responseRows.length];
        for (MessageRows p : parts) {
            System.arraycopy(p.sendRows, 0, all.sendRows, all.sends, p.sends);
            System.arraycopy(p.sendHashes, 0, all.sendHashes, all.sends, p.sends);
            all.sends += p.sends;
            System.arraycopy(p.responseRows, 0, all.responseRows, all.responses, p.responses);
            System.arraycopy(p.responseHashes, 0, all.responseHashes, all.responses, p.responses);
            all.responses += p.responses;
            for (int c = 0; c < CHANNELS; c++) {
                all.unsubscribes[c] += p.unsubscribes[c];
            }
        }
        return all;
    }
}
