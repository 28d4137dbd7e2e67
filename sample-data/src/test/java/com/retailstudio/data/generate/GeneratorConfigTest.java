package com.retailstudio.data.generate;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeneratorConfigTest {

    @Test
    void defaultsAreTheDocumentedFixedValues() {
        GeneratorConfig config = GeneratorConfig.defaults();
        assertEquals(5_000, config.customers());
        assertEquals(90, config.days());
        assertEquals(300, config.products());
        assertEquals(3, config.stores());
        assertEquals(42L, config.seed());
        assertEquals(LocalDate.of(2026, 6, 1), config.startDate());
    }

    @Test
    void zeroCustomersIsRejectedWithTheFieldTheRangeAndTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GeneratorConfig.defaults().withCustomers(0));
        assertEquals("Invalid generator config: customers must be between 1 and 50000000, was 0", e.getMessage());
    }

    @Test
    void everyInvalidFieldIsNamedInOneMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GeneratorConfig(-5, 400, 3, 0, 1, LocalDate.of(2026, 1, 1)));
        String message = e.getMessage();
        assertTrue(message.contains("customers must be between 1 and 50000000, was -5"), message);
        assertTrue(message.contains("days must be between 1 and 366, was 400"), message);
        assertTrue(message.contains("products must be between 10 and 5000, was 3"), message);
        assertTrue(message.contains("stores must be between 1 and 50, was 0"), message);
    }

    @Test
    void missingStartDateIsRejectedByName() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> GeneratorConfig.defaults().withStartDate(null));
        assertEquals("startDate must not be null", e.getMessage());
    }

    @Test
    void startDateFarInTheFutureIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GeneratorConfig.defaults().withStartDate(LocalDate.of(2300, 1, 1)));
        assertTrue(e.getMessage().contains("startDate must be between 2000-01-01 and 2100-12-31, was 2300-01-01"),
                e.getMessage());
    }
}
