package com.retailstudio.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReferenceIndexTest {

    @Test
    void anIdFoundFromBytesIsTheRegisteredStringAndKeepsItsNumber() {
        ReferenceIndex index = ReferenceIndex.empty();
        index.add(Reference.CUSTOMER, "C1");
        index.add(Reference.CUSTOMER, "C2");
        index.add(Reference.PRODUCT, "P1");
        byte[] row = "E9,C2,P1".getBytes(StandardCharsets.US_ASCII);

        String customer = index.find(Reference.CUSTOMER, row, 3, 5);
        String product = index.find(Reference.PRODUCT, row, 6, 8);

        assertEquals("C2", customer);
        assertEquals(1, index.indexOf(Reference.CUSTOMER, customer).getAsInt());
        assertEquals(0, index.indexOf(Reference.PRODUCT, product).getAsInt());
        // Other ids, and the same id as another String, still go through the table.
        assertEquals(0, index.indexOf(Reference.CUSTOMER, "C1").getAsInt());
        assertEquals(1, index.indexOf(Reference.CUSTOMER, new String("C2")).getAsInt());
        assertSame(customer, index.find(Reference.CUSTOMER, row, 3, 5));
        assertNull(index.find(Reference.CUSTOMER, row, 0, 2));
        assertEquals(1, index.indexOf(Reference.CUSTOMER, customer).getAsInt(), "a failed lookup forgets nothing it found");
    }
}
