package com.retailstudio.data.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Events of a block of customers held as primitive columns (about 28 bytes an event), sorted by time and spilled to
 * a binary run file when the block is full. Ties in time keep generation order, i.e. customer order, so the final
 * merge is deterministic.
 */
final class EventBuffer {

    static final int FIELDS = 7;
    static final int RECORD_BYTES = FIELDS * Integer.BYTES;

    int size;
    int[] time;
    int[] customer;
    int[] seq;
    /** event type, channel + 1 and kind + 1, packed a byte each; 0 means empty. */
    int[] meta;
    /** message seq within the customer's events: the send itself for message_sent, the answered send otherwise. */
    int[] ref;
    int[] product;
    int[] valueCents;

    EventBuffer(int initialCapacity) {
        time = new int[initialCapacity];
        customer = new int[initialCapacity];
        seq = new int[initialCapacity];
        meta = new int[initialCapacity];
        ref = new int[initialCapacity];
        product = new int[initialCapacity];
        valueCents = new int[initialCapacity];
    }

    static int meta(int type, int channel, int kind) {
        return type | (channel + 1) << 8 | (kind + 1) << 16;
    }

    void add(int t, int customerIndex, int sequence, int packedMeta, int refSeq, int productIndex, int cents) {
        if (size == time.length) {
            grow();
        }
        time[size] = t;
        customer[size] = customerIndex;
        seq[size] = sequence;
        meta[size] = packedMeta;
        ref[size] = refSeq;
        product[size] = productIndex;
        valueCents[size] = cents;
        size++;
    }

    /**
     * Indices of the events in time order, ties in insertion order: a stable LSD radix sort on the time, 12 bits a
     * pass, linear in the number of events.
     */
    int[] sortedOrder() {
        int maxTime = 0;
        for (int i = 0; i < size; i++) {
            maxTime = Math.max(maxTime, time[i]);
        }
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        int[] scratch = new int[size];
        int[] counts = new int[1 << RADIX_BITS];
        for (int shift = 0; shift == 0 || maxTime >>> shift != 0; shift += RADIX_BITS) {
            java.util.Arrays.fill(counts, 0);
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

    private static final int RADIX_BITS = 12;
    private static final int RADIX_MASK = (1 << RADIX_BITS) - 1;

    /** Writes the events in time order as fixed-size big-endian records and empties the buffer. */
    void spill(Path runFile) throws IOException {
        int[] order = sortedOrder();
        byte[] out = new byte[RECORD_BYTES * 4096];
        int pos = 0;
        try (OutputStream os = new java.io.FileOutputStream(runFile.toFile())) {
            for (int i : order) {
                if (pos == out.length) {
                    os.write(out, 0, pos);
                    pos = 0;
                }
                pos = putInt(out, pos, time[i]);
                pos = putInt(out, pos, customer[i]);
                pos = putInt(out, pos, seq[i]);
                pos = putInt(out, pos, meta[i]);
                pos = putInt(out, pos, ref[i]);
                pos = putInt(out, pos, product[i]);
                pos = putInt(out, pos, valueCents[i]);
            }
            os.write(out, 0, pos);
        }
        size = 0;
    }

    private static int putInt(byte[] b, int pos, int v) {
        b[pos] = (byte) (v >>> 24);
        b[pos + 1] = (byte) (v >>> 16);
        b[pos + 2] = (byte) (v >>> 8);
        b[pos + 3] = (byte) v;
        return pos + 4;
    }

    private void grow() {
        int n = time.length * 2;
        time = Arrays.copyOf(time, n);
        customer = Arrays.copyOf(customer, n);
        seq = Arrays.copyOf(seq, n);
        meta = Arrays.copyOf(meta, n);
        ref = Arrays.copyOf(ref, n);
        product = Arrays.copyOf(product, n);
        valueCents = Arrays.copyOf(valueCents, n);
    }
}
