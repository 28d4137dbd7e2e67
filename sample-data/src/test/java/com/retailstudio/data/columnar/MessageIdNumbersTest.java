package com.retailstudio.data.columnar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.parquet.io.api.Binary;
import org.junit.jupiter.api.Test;

class MessageIdNumbersTest {

    @Test
    void equalIdsGetEqualNumbersAndDifferentIdsDifferentOnesFromAnyThread() {
        MessageIdNumbers numbers = new MessageIdNumbers();
        int ids = 200_000;
        int[] first = new int[ids];
        // every id numbered from two threads at once, as two partitions would
        IntStream.range(0, 2 * ids).parallel().forEach(i -> {
            int number = numbers.number(Binary.fromString(id(i % ids)));
            if (i < ids) {
                first[i] = number;
            }
        });
        Set<Integer> distinct = new HashSet<>();
        for (int i = 0; i < ids; i++) {
            assertEquals(first[i], numbers.number(Binary.fromString(id(i))), id(i));
            assertTrue(first[i] >= 0 && first[i] < numbers.bound(), id(i));
            distinct.add(first[i]);
        }
        assertEquals(ids, distinct.size());
    }

    @Test
    void idsThatShareAPrefixOrDifferInLengthOrBytesStayApart() {
        MessageIdNumbers numbers = new MessageIdNumbers();
        SplittableRandom random = new SplittableRandom(7);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            String id = "M" + Integer.toString(random.nextInt(40_000), 36) + (random.nextBoolean() ? "" : "é");
            int number = numbers.number(Binary.fromString(id));
            assertEquals(seen.computeIfAbsent(id, k -> number), number, id);
        }
        assertEquals(seen.size(), new HashSet<>(seen.values()).size());
    }

    private static String id(int i) {
        return "MSG-" + i;
    }
}
