package com.retailstudio.data.io;

/**
 * A map from a text's 64-bit fingerprint to a long, in two primitive arrays: about 21 to 43 bytes per entry instead of
 * about 100 for a {@code HashMap<String, Long>}, so duplicate and order checks stay affordable on files with
 * millions of rows. Two different texts share a fingerprint with probability about n²/2⁶⁵ (under one in a
 * hundred thousand for ten million keys); such a pair would be reported as a duplicate.
 */
final class FingerprintTable {

    /** Marks a free slot; a text whose fingerprint is this value is stored as {@link #FREE_SUBSTITUTE}. */
    private static final long FREE = 0L;
    private static final long FREE_SUBSTITUTE = 0x9E3779B97F4A7C15L;

    /** Returned by {@link #putIfAbsent} when the key was new. */
    static final long ABSENT = Long.MIN_VALUE;

    private long[] keys = new long[1024];
    private long[] values = new long[1024];
    private int size;

    /** Stores {@code value} for {@code text} unless present; returns the value already stored, or {@link #ABSENT}. */
    long putIfAbsent(String text, long value) {
        long key = fingerprint(text);
        int slot = find(key);
        if (keys[slot] == key) {
            return values[slot];
        }
        insert(slot, key, value);
        return ABSENT;
    }

    /** Stores {@code value} for {@code text}, replacing any value stored before. */
    void put(String text, long value) {
        long key = fingerprint(text);
        int slot = find(key);
        if (keys[slot] == key) {
            values[slot] = value;
        } else {
            insert(slot, key, value);
        }
    }

    /** The value stored for {@code text}, or {@link #ABSENT}. */
    long get(String text) {
        long key = fingerprint(text);
        int slot = find(key);
        return keys[slot] == key ? values[slot] : ABSENT;
    }

    int size() {
        return size;
    }

    private void insert(int slot, long key, long value) {
        keys[slot] = key;
        values[slot] = value;
        size++;
        // Resize at three quarters full: probes stay short with a well-mixed hash, and memory stays near 21 bytes a key.
        if (size > keys.length - (keys.length >> 2)) {
            rehash();
        }
    }

    /** The slot holding {@code key}, or the free slot where it belongs. */
    private int find(long key) {
        int mask = keys.length - 1;
        int slot = (int) (key ^ (key >>> 32)) & mask;
        while (keys[slot] != FREE && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void rehash() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldValues.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                int slot = find(oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    /** FNV-1a over the UTF-16 code units, then MurmurHash3's 64-bit finaliser to spread the bits. */
    static long fingerprint(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        hash ^= text.length();
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return hash == FREE ? FREE_SUBSTITUTE : hash;
    }
}
