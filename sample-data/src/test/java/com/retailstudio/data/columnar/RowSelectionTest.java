package com.retailstudio.data.columnar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.io.DataFile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A filter's kept rows found by their rank, and a filter's value read as its column's type. */
class RowSelectionTest {

    @Test
    void theNthKeptRowIsTheNthPositionKept() {
        Random random = new Random(5);
        int rows = 300_000;
        RowSelection selection = new RowSelection(rows);
        List<Long> kept = new ArrayList<>();
        for (long position = 0; position < rows; position++) {
            // dense stretches and sparse ones, so a block of 64 words may hold none
            double share = position < 100_000 ? 0.5 : position < 250_000 ? 0.0001 : 0.9;
            if (random.nextDouble() < share) {
                selection.keep(position);
                kept.add(position);
            }
        }
        assertEquals(kept.size(), selection.size());
        for (int row = 0; row < kept.size(); row++) {
            assertEquals(kept.get(row), selection.position(row), "kept row " + row);
        }
        assertThrows(IndexOutOfBoundsException.class, () -> selection.position(kept.size()));
    }

    @Test
    void aFilterComparesValuesOfItsColumnsType() {
        RowFilter.CellTest since = new RowFilter("timestamp", RowFilter.Operator.AT_LEAST, "2026-03-01")
                .test(DataFile.EVENTS);
        assertTrue(since.passes(Instant.parse("2026-03-01T00:00:00Z")));
        assertFalse(since.passes(Instant.parse("2026-02-28T23:59:59Z")));
        assertFalse(since.passes(null));
        RowFilter.CellTest cheap = new RowFilter("value", RowFilter.Operator.LESS, "10").test(DataFile.EVENTS);
        assertTrue(cheap.passes(9.99));
        assertFalse(cheap.passes(10.0));
        assertTrue(new RowFilter("message_kind", RowFilter.Operator.EMPTY, "").test(DataFile.EVENTS).passes(null));
        assertTrue(new RowFilter("channel", RowFilter.Operator.CONTAINS, "MAI").test(DataFile.EVENTS)
                .passes("email"));
        IllegalArgumentException notANumber = assertThrows(IllegalArgumentException.class,
                () -> new RowFilter("value", RowFilter.Operator.GREATER, "ten").test(DataFile.EVENTS));
        assertEquals("events.csv, column value: \"ten\" is not a number (e.g. 12.5).", notANumber.getMessage());
    }
}
