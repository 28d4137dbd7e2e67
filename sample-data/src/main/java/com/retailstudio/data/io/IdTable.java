package com.retailstudio.data.io;

import java.util.Arrays;

/**
 * The ids of one entity, numbered in the order they were added, found by their text or straight from a CSV field's
 * bytes. An open-addressing table of int slots over the id Strings: about 12 bytes per id besides the String, against
 * about 50 for a {@code HashMap<String, Integer>}, and a lookup from bytes makes no String. Hashes are computed over
 * UTF-16 code units, which for ASCII are the bytes, so both lookups agree.
 */
final class IdTable {

    static final int ABSENT = -1;

    private String[] ids = new String[64];
    private int[] hashes = new int[64];
    /** Id number + 1 per slot; 0 marks a free slot. */
    private int[] slots = new int[128];
    private int size;

    int size() {
        return size;
    }

    String id(int index) {
        return ids[index];
    }

    /** Adds {@code id}; returns false when it was already known. */
    boolean add(String id) {
        int hash = hash(id);
        int mask = slots.length - 1;
        int slot = hash & mask;
        while (slots[slot] != 0) {
            int known = slots[slot] - 1;
            if (hashes[known] == hash && ids[known].equals(id)) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        ids[size] = id;
        hashes[size] = hash;
        size++;
        slots[slot] = size;
        if (size * 2 > slots.length) {
            rehash();
        }
        return true;
    }

    /** The number of {@code id}, or {@link #ABSENT}. */
    int indexOf(String id) {
        int hash = hash(id);
        int mask = slots.length - 1;
        for (int slot = hash & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            int known = slots[slot] - 1;
            if (hashes[known] == hash && ids[known].equals(id)) {
                return known;
            }
        }
        return ABSENT;
    }

    /** The number of the id spelled by the ASCII bytes {@code text[from, to)}, or {@link #ABSENT}. */
    int indexOfAscii(byte[] text, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + text[i];
        }
        hash = spread(hash);
        int mask = slots.length - 1;
        for (int slot = hash & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            int known = slots[slot] - 1;
            if (hashes[known] == hash && sameAscii(ids[known], text, from, to)) {
                return known;
            }
        }
        return ABSENT;
    }

    private static boolean sameAscii(String id, byte[] text, int from, int to) {
        if (id.length() != to - from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (id.charAt(i - from) != text[i]) {
                return false;
            }
        }
        return true;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int index = 0; index < size; index++) {
            int slot = hashes[index] & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = index + 1;
        }
    }

    private static int hash(String id) {
        return spread(id.hashCode());
    }

    /** Mixes the String hash so ids that differ only in their last digits do not cluster in neighbouring slots. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
