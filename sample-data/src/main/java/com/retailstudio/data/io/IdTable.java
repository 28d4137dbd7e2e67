package com.retailstudio.data.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The ids of one entity, numbered in the order they were added, found by their text or straight from a CSV field's
 * bytes. Reference checks look up one id per row in random order, so the table is laid out for cache misses: a slot
 * is three longs, the id's hash and number, then the id's bytes themselves when it has at most 15 (customer, product
 * and store ids do), so a lookup reads one slot and makes no String. Longer ids are compared in a byte arena.
 * About 50 bytes per id besides the id String kept for records, like a {@code HashMap<String, Integer>}, but one
 * memory access per lookup instead of four.
 */
final class IdTable {

    static final int ABSENT = -1;

    /** Ids up to this many bytes are held in their slot. */
    private static final int INLINE_BYTES = 15;
    /** The length byte of a slot whose id is in the arena. */
    private static final int IN_ARENA = 0xFF;
    private static final int SLOT_LONGS = 3;

    private String[] ids = new String[64];
    /** Per slot: hash (upper half) and id number + 1 (lower half, 0 = free); bytes 0-7; bytes 8-14 and the length. */
    private long[] slots = new long[SLOT_LONGS * 128];
    /** Per id longer than {@link #INLINE_BYTES}, by number: its offset in {@link #arena}. */
    private int[] arenaOffset = new int[64];
    /** Each long id's length (2 bytes) and UTF-8 bytes. */
    private byte[] arena = new byte[256];
    private int arenaLength;
    private int size;
    private final byte[] scratch = new byte[64];

    int size() {
        return size;
    }

    String id(int index) {
        return ids[index];
    }

    /** Adds {@code id}; returns false when it was already known. */
    boolean add(String id) {
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        if (indexOf(bytes, 0, bytes.length) != ABSENT) {
            return false;
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            arenaOffset = Arrays.copyOf(arenaOffset, size * 2);
        }
        ids[size] = id;
        if (bytes.length > INLINE_BYTES) {
            if (bytes.length > 0xFFFF) {
                throw new IllegalArgumentException("an id longer than 65535 bytes");
            }
            if (arenaLength + 2 + bytes.length > arena.length) {
                arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaLength + 2 + bytes.length));
            }
            arenaOffset[size] = arenaLength;
            arena[arenaLength] = (byte) (bytes.length >>> 8);
            arena[arenaLength + 1] = (byte) bytes.length;
            System.arraycopy(bytes, 0, arena, arenaLength + 2, bytes.length);
            arenaLength += 2 + bytes.length;
        }
        size++;
        place(slots, hash(bytes, 0, bytes.length), size, low(bytes, 0, bytes.length), high(bytes, 0, bytes.length));
        if (size * 2 > slots.length / SLOT_LONGS) {
            rehash();
        }
        return true;
    }

    /** The number of {@code id}, or {@link #ABSENT}. */
    int indexOf(String id) {
        int length = id.length();
        if (length <= scratch.length) {
            // ASCII ids (the usual case) are copied into a reused buffer rather than encoded into a new array.
            boolean ascii = true;
            for (int i = 0; i < length && ascii; i++) {
                char c = id.charAt(i);
                scratch[i] = (byte) c;
                ascii = c < 0x80;
            }
            if (ascii) {
                return indexOf(scratch, 0, length);
            }
        }
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        return indexOf(bytes, 0, bytes.length);
    }

    /** The number of the id whose UTF-8 bytes are {@code text[from, to)}, or {@link #ABSENT}. */
    int indexOf(byte[] text, int from, int to) {
        int hash = hash(text, from, to);
        long low = low(text, from, to);
        long high = high(text, from, to);
        boolean inline = to - from <= INLINE_BYTES;
        int mask = slots.length / SLOT_LONGS - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int at = slot * SLOT_LONGS;
            long head = slots[at];
            if (head == 0) {
                return ABSENT;
            }
            if ((int) (head >>> 32) == hash && slots[at + 1] == low && slots[at + 2] == high) {
                int index = (int) head - 1;
                if (inline || sameArenaBytes(index, text, from, to)) {
                    return index;
                }
            }
        }
    }

    private boolean sameArenaBytes(int index, byte[] text, int from, int to) {
        int offset = arenaOffset[index];
        int length = ((arena[offset] & 0xFF) << 8) | (arena[offset + 1] & 0xFF);
        return length == to - from && Arrays.equals(arena, offset + 2, offset + 2 + length, text, from, to);
    }

    /** Bytes 0-7 of the id, little-endian, zero-padded. */
    private static long low(byte[] text, int from, int to) {
        long packed = 0;
        for (int i = Math.min(to, from + 8) - 1; i >= from; i--) {
            packed = (packed << 8) | (text[i] & 0xFF);
        }
        return packed;
    }

    /** Bytes 8-14 of the id and, in the top byte, its length (or {@link #IN_ARENA} for a longer id). */
    private static long high(byte[] text, int from, int to) {
        int length = to - from;
        if (length > INLINE_BYTES) {
            return (long) IN_ARENA << 56 | low(text, from + 8, from + 15);
        }
        long packed = length > 8 ? low(text, from + 8, to) : 0;
        return (long) length << 56 | packed;
    }

    private static void place(long[] table, int hash, int numberPlusOne, long low, long high) {
        int mask = table.length / SLOT_LONGS - 1;
        int slot = hash & mask;
        while (table[slot * SLOT_LONGS] != 0) {
            slot = (slot + 1) & mask;
        }
        int at = slot * SLOT_LONGS;
        table[at] = ((long) hash << 32) | (numberPlusOne & 0xFFFFFFFFL);
        table[at + 1] = low;
        table[at + 2] = high;
    }

    private void rehash() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (int at = 0; at < old.length; at += SLOT_LONGS) {
            if (old[at] != 0) {
                place(slots, (int) (old[at] >>> 32), (int) old[at], old[at + 1], old[at + 2]);
            }
        }
    }

    /** FNV-1a over the bytes, then a multiply to spread ids that differ only in their last digits. */
    private static int hash(byte[] text, int from, int to) {
        int h = 0x811C9DC5;
        for (int i = from; i < to; i++) {
            h = (h ^ text[i]) * 0x01000193;
        }
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
