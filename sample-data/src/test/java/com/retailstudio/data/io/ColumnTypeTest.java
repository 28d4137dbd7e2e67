package com.retailstudio.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnTypeTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "49.99", "-3", ".5", "1250", "1.5E2", "2e-3", "1E+4"})
    void acceptsDecimalsWithADot(String text) throws InvalidValue {
        assertEquals(Double.parseDouble(text), (Double) ColumnType.DECIMAL.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,5", "1.", "-", ".", "+1", " 1", "1 ", "NaN", "Infinity", "0x1p3", "1d", "1e", "1e+", "--1", "1.2.3", "€5"})
    void refusesAnythingElseAsADecimal(String text) {
        InvalidValue e = assertThrows(InvalidValue.class, () -> ColumnType.DECIMAL.parse(text));
        assertEquals(ProblemKind.WRONG_TYPE, e.kind());
    }

    @ParameterizedTest
    @CsvSource({
            "2026-03-01T09:15:00Z, 2026-03-01T09:15:00Z",
            "2024-02-29T23:59:59Z, 2024-02-29T23:59:59Z",
            "1969-12-31T23:59:59Z, 1969-12-31T23:59:59Z",
            "2026-03-01T09:15:00.250Z, 2026-03-01T09:15:00.250Z"})
    void acceptsUtcTimestampsEndingInZ(String text, String expected) throws InvalidValue {
        assertEquals(Instant.parse(expected), ColumnType.TIMESTAMP.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-01", "2026-13-01T00:00:00Z", "2026-02-29T10:00:00Z", "2026-03-01T24:00:00Z",
            "2026-03-01T09:60:00Z", "2026-03-01T23:59:60Z", "2026-03-01T24:00:00.000Z", "2026-03-01T09:15:00", "2026-03-01T09:15:00+01:00", "2026-03-01 09:15:00Z",
            "2026-03-01T09:15Z", "2026-3-01T09:15:00Z", "20260301T091500Z", "2026-03-01T09:15:00z"})
    void refusesOtherTimestamps(String text) {
        InvalidValue e = assertThrows(InvalidValue.class, () -> ColumnType.TIMESTAMP.parse(text));
        assertEquals("\"" + text + "\" is not an ISO-8601 UTC timestamp", e.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-29", "2026-3-1", "01/03/2026", "2026-03-01T00:00:00Z", "20260301"})
    void refusesOtherDates(String text) {
        assertThrows(InvalidValue.class, () -> ColumnType.DATE.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-29", "2026-12-31"})
    void acceptsRealCalendarDates(String text) throws InvalidValue {
        assertEquals(LocalDate.parse(text), ColumnType.DATE.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1e3", "2147483648", " 7", "True"})
    void refusesNonIntegersAndIntegersBeyondInt(String text) {
        assertThrows(InvalidValue.class, () -> ColumnType.INTEGER.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRUE", "1", "yes", "False"})
    void refusesBooleansOtherThanLowerCaseTrueAndFalse(String text) {
        assertThrows(InvalidValue.class, () -> ColumnType.BOOLEAN.parse(text));
    }
}
