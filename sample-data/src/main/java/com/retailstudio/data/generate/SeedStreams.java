package com.retailstudio.data.generate;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from the one seed, one per concern and per item, so that changing how many
 * customers are generated does not reshuffle products, prices or stores.
 */
final class SeedStreams {

    static final long CUSTOMER_PROFILE = 1;
    static final long CUSTOMER_EVENTS = 2;
    static final long PRODUCTS = 3;
    static final long PRICES = 4;
    static final long SALES = 5;
    static final long STORES = 6;
    static final long BASKETS = 7;
    static final long PROPENSITIES = 8;
    static final long ZONE_CONVERSION = 9;
    static final long AFFINITY = 10;
    /** Its own stream, so adding birth dates left every other column of the generated data as it was. */
    static final long BIRTH_DATE = 11;

    private final long seed;

    SeedStreams(long seed) {
        this.seed = seed;
    }

    SplittableRandom stream(long concern, long... keys) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L * (concern + 1));
        for (long key : keys) {
            h = mix(h + 0x632BE59BD9B4E019L + key);
        }
        return new SplittableRandom(h);
    }

    /** The SplitMix64 finaliser: a cheap bijective scrambler, so nearby keys give unrelated streams. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
