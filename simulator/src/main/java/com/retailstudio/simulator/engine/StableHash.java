package com.retailstudio.simulator.engine;

/**
 * Fast, stable 64-bit hashing of text (FNV-1a then the MurmurHash3 finaliser), the same on every machine and in
 * every Java version: used for random splits and for seeding each customer's random stream.
 */
final class StableHash {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private StableHash() {
    }

    static long hash(long seed, String a, String b) {
        long h = FNV_OFFSET ^ seed;
        h = mixIn(h, a);
        h = (h ^ ':') * FNV_PRIME;
        h = mixIn(h, b);
        return finalise(h);
    }

    /** A uniform number in [0, 1) from the hash. */
    static double uniform(long seed, String a, String b) {
        return (hash(seed, a, b) >>> 11) * 0x1.0p-53;
    }

    private static long mixIn(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    private static long finalise(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
