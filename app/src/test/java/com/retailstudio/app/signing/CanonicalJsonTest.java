package com.retailstudio.app.signing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void keysAreSortedAndInsignificantWhitespaceIsDropped() {
        String canonical = new String(CanonicalJson.of("{ \"b\" : [ 1, {\"z\": true, \"a\": null} ],\n\t\"a\": \"x\" }"),
                StandardCharsets.UTF_8);

        assertEquals("{\"a\":\"x\",\"b\":[1,{\"a\":null,\"z\":true}]}", canonical);
    }

    @Test
    void theSameDocumentIndentedOrReorderedGivesTheSameBytes() {
        assertArrayEquals(CanonicalJson.of("{\"holdoutPercent\": 10, \"id\": \"clearance\"}"),
                CanonicalJson.of("{\n  \"id\" : \"clearance\",\n  \"holdoutPercent\" : 10\n}\n"));
    }

    @Test
    void anyChangedValueChangesTheBytesNumbersKeptExactly() {
        byte[] ten = CanonicalJson.of("{\"depth\": 0.10}");

        assertFalse(Arrays.equals(ten, CanonicalJson.of("{\"depth\": 0.1}")), "0.10 and 0.1 are written as given");
        assertFalse(Arrays.equals(ten, CanonicalJson.of("{\"depth\": 0.90}")));
        assertEquals("{\"depth\":0.10,\"huge\":1000000000000000000000.5}", new String(
                CanonicalJson.of("{\"huge\": 1000000000000000000000.5, \"depth\": 0.10}"), StandardCharsets.UTF_8));
    }

    @Test
    void aDuplicatedKeyIsRefusedBecauseTwoReadersCouldResolveItDifferently() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> CanonicalJson.of("{\"holdoutPercent\": 10, \"holdoutPercent\": 0}"));

        assertTrue(refused.getMessage().contains("Duplicate field 'holdoutPercent'"), refused.getMessage());
    }

    @Test
    void anApprovalStatementNamesWhatWasApprovedByWhom() {
        String statement = new String(new ApprovedContent("journey", "clearance", 3, "ana", "ben",
                "{\"id\": \"clearance\"}").bytes(), StandardCharsets.UTF_8);

        assertEquals("{\"approvedBy\":\"ben\",\"author\":\"ana\",\"content\":{\"id\":\"clearance\"},"
                + "\"id\":\"clearance\",\"kind\":\"journey\",\"purpose\":\"retail-studio approval v1\",\"version\":3}",
                statement);
    }
}
