package com.retailstudio.data.generate;

import java.util.Arrays;

/**
 * Events of a block of customers held as fixed-size records of seven ints side by side in one array (28 bytes an
 * event, so reading one record touches one cache line), until the block is sorted by time and written out. Ties in
 * time keep generation order, i.e. customer order, so the final merge is deterministic.
 */
final class EventBuffer {

    static final int FIELDS = 7;
    static final int TIME = 0;
    static final int CUSTOMER = 1;
    static final int SEQ = 2;
    /** event type, channel + 1 and kind + 1, packed a byte each; 0 means empty. */
    static final int META = 3;
    /** message seq within the customer's events: the send itself for message_sent, the answered send otherwise. */
    static final int REF = 4;
    static final int PRODUCT = 5;
    static final int VALUE_CENTS = 6;

    private static final int RADIX_BITS = 12;
    private static final int RADIX_MASK = (1 << RADIX_BITS) - 1;

    int size;
    int[] records;

    EventBuffer(int initialCapacity) {
        records = new int[initialCapacity * FIELDS];
    }

    static int meta(int type, int channel, int kind) {
        return type | (channel + 1) << 8 | (kind + 1) << 16;
    }

    void add(int t, int customerIndex, int sequence, int packedMeta, int refSeq, int productIndex, int cents) {
        int base = size * FIELDS;
        if (base + FIELDS > records.length) {
            records = Arrays.copyOf(records, records.length * 2);
        }
        int[] r = records;
        r[base] = t;
        r[base + 1] = customerIndex;
        r[base + 2] = sequence;
        r[base + 3] = packedMeta;
        r[base + 4] = refSeq;
        r[base + 5] = productIndex;
        r[base + 6] = cents;
        size++;
    }

    int get(int event, int field) {
        return records[event * FIELDS + field];
    }

    /**
     * Indices of the events in time order, ties in insertion order: a stable LSD radix sort on the time, 12 bits a
     * pass, linear in the number of events.
     */
    int[] sortedOrder() {
        int[] time = new int[size];
        int maxTime = 0;
        for (int i = 0; i < size; i++) {
            time[i] = records[i * FIELDS];
            maxTime = Math.max(maxTime, time[i]);
        }
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        int[] scratch = new int[size];
        int[] counts = new int[1 << RADIX_BITS];
        for (int shift = 0; shift == 0 || maxTime >>> shift != 0; shift += RADIX_BITS) {
            Arrays.fill(counts, 0);
            for (int i = 0; i < size; i++) {
                counts[time[order[i]] >>> shift & RADIX_MASK]++;
            }
            int sum = 0;
            for (int b = 0; b < counts.length; b++) {
                int c = counts[b];
                counts[b] = sum;
                sum += c;
            }
            for (int i = 0; i < size; i++) {
                int e = order[i];
                scratch[counts[time[e] >>> shift & RADIX_MASK]++] = e;
            }
            int[] t = order;
            order = scratch;
            scratch = t;
        }
        return order;
    }
}
