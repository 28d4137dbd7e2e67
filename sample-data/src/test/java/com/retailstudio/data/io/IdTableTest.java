package com.retailstudio.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IdTableTest {

    @Test
    void numbersIdsInOrderAndFindsThemByTextAndByBytesAcrossResizes() {
        IdTable table = new IdTable();
        int ids = 100_000;
        for (int i = 0; i < ids; i++) {
            assertTrue(table.add(String.format("C%08d", i)));
        }
        assertFalse(table.add("C00000042"));
        assertEquals(ids, table.size());
        byte[] row = "E1,C00012345,web".getBytes(StandardCharsets.US_ASCII);
        assertEquals(12_345, table.indexOf(row, 3, 12));
        assertSame(table.id(12_345), table.id(table.indexOf("C00012345")));
        for (int i = 0; i < ids; i += 331) {
            assertEquals(i, table.indexOf(String.format("C%08d", i)));
        }
        assertEquals(IdTable.ABSENT, table.indexOf("C99999999"));
        assertEquals(IdTable.ABSENT, table.indexOf(row, 3, 11), "a prefix of a known id is not known");
    }

    @Test
    void findsNonAsciiIdsByTheirUtf8Bytes() {
        IdTable table = new IdTable();
        table.add("Kö-1");
        table.add("");

        byte[] bytes = "Kö-1".getBytes(StandardCharsets.UTF_8);
        assertEquals(0, table.indexOf(bytes, 0, bytes.length));
        assertEquals(0, table.indexOf("Kö-1"));
        assertEquals(1, table.indexOf(""));
        assertEquals(IdTable.ABSENT, table.indexOf("Ko-1"));
    }

    @Test
    void tellsApartIdsThatDifferOnlyInTheirLengthOrPastTheFirstFifteenBytes() {
        IdTable table = new IdTable();
        table.add("SKU-000000000000-RED");
        table.add("SKU-000000000000-BLUE");
        table.add("A");
        table.add("A\u0000");

        assertEquals(1, table.indexOf("SKU-000000000000-BLUE"));
        assertEquals(0, table.indexOf("SKU-000000000000-RED"));
        assertEquals(IdTable.ABSENT, table.indexOf("SKU-000000000000-GREEN"));
        assertEquals(2, table.indexOf("A"));
        assertEquals(3, table.indexOf("A\u0000"));
    }
}
