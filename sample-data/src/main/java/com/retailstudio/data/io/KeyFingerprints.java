package com.retailstudio.data.io;

import java.util.Arrays;

/**
 * The key fingerprints of a file's rows in the order read, checked for a repeat once the file is read. A scan that
 * stops at its first problem uses this instead of {@link FingerprintTable}: appending is sequential, where a table of
 * millions of keys costs a cache and TLB miss per row (the largest single cost of reading events.csv), and one sort at
 * the end finds whether any key repeats. Which row repeats which is then found by reading the file again with the
 * table, which reports the same problem, at the same line, as checking row by row would have.
 */
final class KeyFingerprints {

    private long[] fingerprints = new long[1024];
    private int size;

    void add(String key) {
        if (size == fingerprints.length) {
            fingerprints = Arrays.copyOf(fingerprints, size * 2);
        }
        fingerprints[size++] = FingerprintTable.fingerprint(key);
    }

    /** Whether two rows had keys of the same fingerprint (so, but for a one-in-10⁵ chance at 10⁷ keys, the same key). */
    boolean anyRepeated() {
        long[] sorted = Arrays.copyOf(fingerprints, size);
        Arrays.parallelSort(sorted);
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                return true;
            }
        }
        return false;
    }
}
