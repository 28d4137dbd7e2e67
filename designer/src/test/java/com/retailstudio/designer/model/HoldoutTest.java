package com.retailstudio.designer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class HoldoutTest {

    @Test
    void bucketsAreTheFirstEightBytesOfSha256ModuloTenThousand() {
        // Expected values computed independently (Python hashlib) so the formula is pinned for the simulator.
        assertEquals(6772, Holdout.bucket("cart-abandonment", "C000001"));
        assertEquals(6152, Holdout.bucket("cart-abandonment", "C000002"));
        assertEquals(3955, Holdout.bucket("winback", "C000001"));
        assertEquals(4165, Holdout.bucket("j", ""));
    }

    @Test
    void aCustomerIsHeldOutWhenTheBucketIsBelowThePercentage() {
        assertFalse(Holdout.isHeldOut("winback", "C000001", 39.55));
        assertTrue(Holdout.isHeldOut("winback", "C000001", 39.56));
        assertFalse(Holdout.isHeldOut("winback", "C000001", 0));
        assertTrue(Holdout.isHeldOut("winback", "C000001", 100));
    }

    @Test
    void theHeldOutShareMatchesThePercentageOnManyCustomers() {
        int held = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            if (Holdout.isHeldOut("cart-abandonment", String.format("C%06d", i), 10)) {
                held++;
            }
        }
        // Binomial standard deviation is about 95; allow five of them.
        assertTrue(Math.abs(held - 10_000) < 475, "held out " + held);
    }

    @Property
    void raisingThePercentageOnlyAddsCustomers(@ForAll String customerId,
            @ForAll @DoubleRange(min = 0, max = 100) double lower, @ForAll @DoubleRange(min = 0, max = 100) double higher) {
        if (lower <= higher && Holdout.isHeldOut("journey", customerId, lower)) {
            assertTrue(Holdout.isHeldOut("journey", customerId, higher));
        }
    }

    @Property
    void bucketsAreStableAndInRange(@ForAll String journeyId, @ForAll String customerId) {
        int bucket = Holdout.bucket(journeyId, customerId);
        assertTrue(bucket >= 0 && bucket < Holdout.BUCKETS);
        assertEquals(bucket, Holdout.bucket(journeyId, customerId));
    }
}
