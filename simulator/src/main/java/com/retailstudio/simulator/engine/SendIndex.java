package com.retailstudio.simulator.engine;

import com.retailstudio.data.io.EventTable;

/**
 * The send each message id names: an open-addressing table from message id to the event-table row of the last
 * {@code message_sent} carrying it (the last in file order, as a map filled in file order would keep). A slot is one
 * long, the id's hash beside the row, so a probe reads one slot and compares the id's text only when the hashes
 * agree; no boxed key or value per send.
 */
final class SendIndex {
    private final EventTable events;
    private final long[] slots;
    private final int mask;

    /**
     * @param sendRows rows of the sends that carry a message id, in file order
     * @param hashes   {@link #hash} of each of those sends' message id
     */
    SendIndex(EventTable events, int[] sendRows, int[] hashes) {
        this.events = events;
        int capacity = Integer.highestOneBit(Math.max(16, sendRows.length * 2 - 1)) << 1;
        slots = new long[capacity];
        mask = capacity - 1;
        for (int i = 0; i < sendRows.length; i++) {
            int row = sendRows[i];
            int hash = hashes[i];
            int at = probe(events.messageId(row).orElseThrow(), hash);
            slots[at] = ((long) hash << 32) | (row + 1L);
        }
    }

    /** A well-spread hash of a message id (String's own, mixed so that consecutive ids do not share runs of slots). */
    static int hash(String messageId) {
        int h = messageId.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 15);
    }

    /** The row of the last send carrying the id, or -1 when no send carries it. */
    int sendRow(String messageId, int hash) {
        long slot = slots[probe(messageId, hash)];
        return slot == 0 ? -1 : (int) slot - 1;
    }

    /** The slot holding the id, or the empty slot where it belongs. */
    private int probe(String messageId, int hash) {
        int at = hash & mask;
        while (true) {
            long slot = slots[at];
            if (slot == 0 || ((int) (slot >>> 32) == hash
                    && events.messageId((int) slot - 1).orElseThrow().equals(messageId))) {
                return at;
            }
            at = (at + 1) & mask;
        }
    }
}
