package com.retailstudio.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FingerprintTableTest {

    @Test
    void remembersTheFirstValueOfEveryKeyAcrossManyResizes() {
        FingerprintTable table = new FingerprintTable();
        int keys = 200_000;
        for (int i = 0; i < keys; i++) {
            assertEquals(FingerprintTable.ABSENT, table.putIfAbsent("E" + i, i + 2));
        }

        assertEquals(keys, table.size());
        for (int i = 0; i < keys; i += 997) {
            assertEquals(i + 2, table.putIfAbsent("E" + i, -1), "key E" + i);
        }
        assertEquals(FingerprintTable.ABSENT, table.get("E" + keys));
    }

    @Test
    void putReplacesTheValueOfAKnownKey() {
        FingerprintTable table = new FingerprintTable();
        table.put("S1\u0000V1", 10);
        table.put("S1\u0000V1", 20);

        assertEquals(20, table.get("S1\u0000V1"));
        assertEquals(1, table.size());
    }

    @Test
    void textsThatDifferOnlyInWhereTheSeparatorFallsAreDifferentKeys() {
        FingerprintTable table = new FingerprintTable();
        table.putIfAbsent("S1\u0000V12", 1);

        assertEquals(FingerprintTable.ABSENT, table.putIfAbsent("S1V\u000012", 2));
    }
}
