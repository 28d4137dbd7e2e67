package com.retailstudio.app.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class CustomerLookupTest {

    @TempDir
    static Path folder;

    @BeforeAll
    static void extract() throws Exception {
        SampleCsv.extract(folder);
    }

    private static long rowsOf(String fileName, String customerId) {
        int column = SampleCsv.column(folder, fileName, "customer_id");
        return SampleCsv.rows(folder, fileName).stream().filter(row -> row[column].equals(customerId)).count();
    }

    @Test
    void findsTheProfileConsentsEventsInTimeOrderAndBasketsOfOneCustomer() throws Exception {
        String id = "C00000468";

        CustomerRecord record = CustomerLookup.find(folder, " " + id + " ", () -> false);

        assertTrue(record.found());
        assertEquals(1, record.profile().rowCount());
        assertEquals(id, record.profile().getString(0, "customer_id"));
        assertEquals(rowsOf("consents.csv", id), record.consents().rowCount());
        assertEquals(rowsOf("events.csv", id), record.events().rowCount());
        assertTrue(record.events().rowCount() > 0);
        assertEquals(rowsOf("baskets.csv", id), record.baskets().rowCount());
        Table events = record.events();
        for (int row = 1; row < events.rowCount(); row++) {
            assertFalse(events.instantColumn("timestamp").get(row).isBefore(events.instantColumn("timestamp").get(row - 1)));
        }
    }

    @Test
    void anUnknownIdFindsNothingAndAnEmptyOneIsRefused() throws Exception {
        assertFalse(CustomerLookup.find(folder, "C99999999", () -> false).found());
        assertThrows(ExploreException.class, () -> CustomerLookup.find(folder, "  ", () -> false));
    }
}
