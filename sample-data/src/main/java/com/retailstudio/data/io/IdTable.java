package com.retailstudio.data.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The ids of one entity, numbered in the order they were added, found by their text or straight from a CSV field's
 * bytes. Reference checks look up one id per row in random order, so the table is laid out for cache misses: a slot
 * is one long holding the id's hash and where its bytes are, and the bytes sit with the id's number in one byte arena.
 * A lookup touches the slot and the arena, and makes no String. About 30 bytes per id besides the id String kept for
 * records, against about 50 for a {@code HashMap<String, Integer>}.
 */
final class IdTable {

    static final int ABSENT = -1;

    private String[] ids = new String[64];
    /** Per slot: the hash in the upper half, arena offset + 1 in the lower; 0 marks a free slot. */
    private long[] slots = new long[128];
    /** Per id: its number (4 bytes), its length in bytes (2 bytes), then its UTF-8 bytes. */
    private byte[] arena = new byte[1024];
    private int arenaLength;
    private final byte[] scratch = new byte[64];
    private int size;

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
        if (bytes.length > 0xFFFF) {
            throw new IllegalArgumentException("an id longer than 65535 bytes");
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size] = id;
        int offset = arenaLength;
        if (arenaLength + 6 + bytes.length > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaLength + 6 + bytes.length));
        }
        arena[offset] = (byte) (size >>> 24);
        arena[offset + 1] = (byte) (size >>> 16);
        arena[offset + 2] = (byte) (size >>> 8);
        arena[offset + 3] = (byte) size;
        arena[offset + 4] = (byte) (bytes.length >>> 8);
        arena[offset + 5] = (byte) bytes.length;
        System.arraycopy(bytes, 0, arena, offset + 6, bytes.length);
        arenaLength += 6 + bytes.length;
        size++;
        place(hash(bytes, 0, bytes.length), offset);
        if (size * 2 > slots.length) {
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
        int mask = slots.length - 1;
        for (int slot = hash & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            long entry = slots[slot];
            if ((int) (entry >>> 32) == hash) {
                int offset = (int) entry - 1;
                if (sameBytes(offset, text, from, to)) {
                    return ((arena[offset] & 0xFF) << 24) | ((arena[offset + 1] & 0xFF) << 16)
                            | ((arena[offset + 2] & 0xFF) << 8) | (arena[offset + 3] & 0xFF);
                }
            }
        }
        return ABSENT;
    }

    private boolean sameBytes(int offset, byte[] text, int from, int to) {
        int length = ((arena[offset + 4] & 0xFF) << 8) | (arena[offset + 5] & 0xFF);
        if (length != to - from) {
            return false;
        }
        return Arrays.equals(arena, offset + 6, offset + 6 + length, text, from, to);
    }

    private void place(int hash, int offset) {
        int mask = slots.length - 1;
        int slot = hash & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = ((long) hash << 32) | (offset + 1L);
    }

    private void rehash() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long entry : old) {
            if (entry != 0) {
                place((int) (entry >>> 32), (int) entry - 1);
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
