package com.retailstudio.data.columnar;

import java.util.Arrays;
import org.apache.parquet.io.api.Binary;

/**
 * Numbers message ids by their bytes, the same number for the same id in any partition, so the whole data set's ids
 * are matched exactly without a String per id: each id's bytes are kept once in an arena and looked up through an
 * open-addressing table of longs (hash beside number). The table is {@value #SEGMENTS} segments chosen by the hash,
 * each with its own lock, so partitions read in parallel rarely wait for each other.
 */
final class MessageIdNumbers {
    private static final int SEGMENT_BITS = 6;
    private static final int SEGMENTS = 1 << SEGMENT_BITS;
    private final Segment[] segments = new Segment[SEGMENTS];

    MessageIdNumbers() {
        for (int s = 0; s < SEGMENTS; s++) {
            segments[s] = new Segment();
        }
    }

    /** The id's number: below {@link #bound()}, equal for equal bytes and different for different ones. */
    int number(Binary id) {
        byte[] bytes = id.getBytesUnsafe();
        int hash = hash(bytes);
        int segment = hash >>> (Integer.SIZE - SEGMENT_BITS);
        return segments[segment].number(bytes, hash) * SEGMENTS + segment;
    }

    /** One past the largest number given so far. */
    int bound() {
        int most = 0;
        for (Segment segment : segments) {
            most = Math.max(most, segment.count);
        }
        return most * SEGMENTS;
    }

    private static int hash(byte[] bytes) {
        int h = Arrays.hashCode(bytes) * 0x9E3779B9;
        return h ^ (h >>> 15);
    }

    private static final class Segment {
        private byte[] arena = new byte[1 << 12];
        /** Where id {@code n}'s bytes start in the arena; they end where id {@code n + 1}'s start. */
        private int[] start = new int[1 << 8];
        /** {@code hash << 32 | (number + 1)}, 0 for an empty slot; at most half full. */
        private long[] slots = new long[1 << 9];
        private int count;

        synchronized int number(byte[] bytes, int hash) {
            int mask = slots.length - 1;
            for (int at = hash & mask;; at = (at + 1) & mask) {
                long slot = slots[at];
                if (slot == 0) {
                    return add(bytes, hash, at);
                }
                int n = (int) slot - 1;
                if ((int) (slot >>> 32) == hash
                        && Arrays.equals(arena, start[n], start[n + 1], bytes, 0, bytes.length)) {
                    return n;
                }
            }
        }

        private int add(byte[] bytes, int hash, int at) {
            int n = count++;
            if (n + 2 > start.length) {
                start = Arrays.copyOf(start, start.length * 2);
            }
            int from = start[n];
            if (from + bytes.length > arena.length) {
                arena = Arrays.copyOf(arena, Math.max(arena.length * 2, from + bytes.length));
            }
            System.arraycopy(bytes, 0, arena, from, bytes.length);
            start[n + 1] = from + bytes.length;
            slots[at] = (long) hash << 32 | (n + 1L);
            if (count * 2 > slots.length) {
                grow();
            }
            return n;
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            int mask = slots.length - 1;
            for (long slot : old) {
                if (slot != 0) {
                    int at = (int) (slot >>> 32) & mask;
                    while (slots[at] != 0) {
                        at = (at + 1) & mask;
                    }
                    slots[at] = slot;
                }
            }
        }
    }
}
