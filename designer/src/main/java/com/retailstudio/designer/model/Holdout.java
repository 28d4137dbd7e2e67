package com.retailstudio.designer.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The stable choice of holdout (control group) customers: a customer's bucket is the first 8 bytes of
 * SHA-256("journeyId:customerId") as an unsigned number modulo 10,000, and the customer is held out when the bucket
 * is below holdoutPercent × 100. The same customer is always in the same bucket for a journey, whatever the machine,
 * the order of customers or the size of the data set, and raising the percentage only adds customers to the
 * holdout. The simulator uses this class; do not change the formula without a schema version change.
 */
public final class Holdout {
    /** Buckets per journey: percentages are honoured to a hundredth of a percent. */
    public static final int BUCKETS = 10_000;
    /**
     * One digest per thread, reused ({@code digest} resets it): a simulation asks for every customer's bucket in every
     * journey, and looking the algorithm up each time cost more than hashing.
     */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(Holdout::newSha256);

    private Holdout() {
    }

    /** The customer's bucket in {@code [0, 10000)} for the journey. */
    public static int bucket(String journeyId, String customerId) {
        byte[] digest = sha256((journeyId + ":" + customerId).getBytes(StandardCharsets.UTF_8));
        long high = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (digest[i] & 0xff);
        }
        return (int) Long.remainderUnsigned(high, BUCKETS);
    }

    public static boolean isHeldOut(String journeyId, String customerId, double holdoutPercent) {
        return bucket(journeyId, customerId) < Math.round(holdoutPercent * (BUCKETS / 100.0));
    }

    private static byte[] sha256(byte[] bytes) {
        return SHA_256.get().digest(bytes);
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
