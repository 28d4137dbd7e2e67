package com.retailstudio.data.io;

/**
 * A map from a text's 64-bit fingerprint to a long, in one primitive array: about 21 to 43 bytes per entry instead of
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

    /**
     * Key and value side by side (key at an even index, its value after it): a probe is a random access into a table
     * of millions, so keeping both in one cache line halves the misses of an insert.
     */
    private long[] entries = new long[2 * 1024];
    private int size;

    /** Stores {@code value} for {@code text} unless present; returns the value already stored, or {@link #ABSENT}. */
    long putIfAbsent(String text, long value) {
        long key = fingerprint(text);
        int slot = find(key);
        if (entries[slot] == key) {
            return entries[slot + 1];
        }
        insert(slot, key, value);
        return ABSENT;
    }

    /** Stores {@code value} for {@code text}, replacing any value stored before. */
    void put(String text, long value) {
        long key = fingerprint(text);
        int slot = find(key);
        if (entries[slot] == key) {
            entries[slot + 1] = value;
        } else {
            insert(slot, key, value);
        }
    }

    /** The value stored for {@code text}, or {@link #ABSENT}. */
    long get(String text) {
        long key = fingerprint(text);
        int slot = find(key);
        return entries[slot] == key ? entries[slot + 1] : ABSENT;
    }

    int size() {
        return size;
    }

    private void insert(int slot, long key, long value) {
        entries[slot] = key;
        entries[slot + 1] = value;
        size++;
        // Resize at three quarters full: probes stay short with a well-mixed hash, and memory stays near 21 bytes a key.
        int capacity = entries.length >> 1;
        if (size > capacity - (capacity >> 2)) {
            rehash();
        }
    }

    /** The index of the key of the slot holding {@code key}, or of the free slot where it belongs. */
    private int find(long key) {
        int mask = (entries.length >> 1) - 1;
        int slot = (int) (key ^ (key >>> 32)) & mask;
        while (entries[2 * slot] != FREE && entries[2 * slot] != key) {
            slot = (slot + 1) & mask;
        }
        return 2 * slot;
    }

    private void rehash() {
        long[] old = entries;
        entries = new long[old.length * 2];
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != FREE) {
                int slot = find(old[i]);
                entries[slot] = old[i];
                entries[slot + 1] = old[i + 1];
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
