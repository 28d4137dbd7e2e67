package com.retailstudio.simulator.engine;

import com.retailstudio.data.io.EventTable;

/**
 * The send each message id names: an open-addressing table from message id to the event-table row of the last
 * {@code message_sent} carrying it (the last in file order, as a map filled in file order would keep). A slot is one
 * long, the id's hash beside the row, so a probe reads one slot and compares the id's text only when the hashes
 * agree; no boxed key or value per send.
 *
 * <p>The table is {@value #SEGMENTS} segments chosen by the hash's top bits, each sized for the sends that fall in it
 * and filled by one thread in file order; so segments fill in parallel, and the table (hence every answer) is the same
 * whatever the number of threads.
 */
final class SendIndex {
    private static final int SEGMENT_BITS = 6;
    static final int SEGMENTS = 1 << SEGMENT_BITS;
    private final EventTable events;
    private final long[] slots;
    private final int[] start = new int[SEGMENTS];
    private final int[] mask = new int[SEGMENTS];

    /**
     * @param sendRows rows of the sends that carry a message id, in file order
     * @param hashes   {@link #hash} of each of those sends' message id
     */
    SendIndex(EventTable events, int[] sendRows, int[] hashes, RangeTasks tasks) {
        this.events = events;
        int[] count = new int[SEGMENTS + 1];
        for (int h : hashes) {
            count[segment(h) + 1]++;
        }
        int size = 0;
        for (int s = 0; s < SEGMENTS; s++) {
            // at most half full, so a probe ends after a few slots
            int capacity = Integer.highestOneBit(Math.max(1, count[s + 1] * 2 - 1)) << 1;
            start[s] = size;
            mask[s] = capacity - 1;
            size += capacity;
            count[s + 1] += count[s];
        }
        slots = new long[size];
        // the sends of each segment side by side, still in file order, so each segment's thread reads them in a run
        int[] rows = new int[hashes.length];
        int[] rowHashes = new int[hashes.length];
        int[] fill = count.clone();
        for (int i = 0; i < hashes.length; i++) {
            int at = fill[segment(hashes[i])]++;
            rows[at] = sendRows[i];
            rowHashes[at] = hashes[i];
        }
        tasks.map(SEGMENTS, SEGMENTS, (from, to) -> {
            for (int i = count[from]; i < count[to]; i++) {
                slots[probe(null, rows[i], rowHashes[i])] = ((long) rowHashes[i] << 32) | (rows[i] + 1L);
            }
            return null;
        });
    }

    /** A well-spread hash of a message id (String's own, mixed so that consecutive ids do not share runs of slots). */
    static int hash(String messageId) {
        int h = messageId.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 15);
    }

    private static int segment(int hash) {
        return hash >>> (Integer.SIZE - SEGMENT_BITS);
    }

    /** The row of the last send carrying the id, or -1 when no send carries it. */
    int sendRow(String messageId, int hash) {
        long slot = slots[probe(messageId, -1, hash)];
        return slot == 0 ? -1 : (int) slot - 1;
    }

    /**
     * The slot holding the id, or the empty slot of its segment where it belongs. The id is {@code messageId}, or
     * when that is null the message id of row {@code row}, read only if a slot's hash agrees (reading an id's text
     * is a trip to memory).
     */
    private int probe(String messageId, int row, int hash) {
        int s = segment(hash);
        int base = start[s];
        int m = mask[s];
        String id = messageId;
        for (int at = hash & m;; at = (at + 1) & m) {
            long slot = slots[base + at];
            if (slot == 0) {
                return base + at;
            }
            if ((int) (slot >>> 32) == hash) {
                if (id == null) {
                    id = events.messageId(row).orElseThrow();
                }
                if (events.messageId((int) slot - 1).orElseThrow().equals(id)) {
                    return base + at;
                }
            }
        }
    }
}
