package com.retailstudio.simulator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReasonTraceTest {

    @Test
    void theReasonsReadInTheEnumsOrderWhateverOrderTheyCameIn() {
        List<TraceReason> all = Arrays.asList(TraceReason.values());
        Set<TraceReason> shuffled = new HashSet<>(all);

        ReasonTrace trace = new ReasonTrace("c-1", shuffled, List.of());

        // Set.copyOf's order is salted per JVM: with every reason in the set it is never the enum's by chance.
        assertEquals(all, List.copyOf(trace.reasons()));
        assertEquals("c-1", trace.customerId());
        assertThrows(UnsupportedOperationException.class, () -> trace.reasons().add(TraceReason.values()[0]));
    }
}
