package com.retailstudio.data.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.data.io.DataFile;
import com.retailstudio.data.io.SampleFolder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataQualityRenderingTest {

    private static final Instant NOW = Instant.parse("2026-03-05T10:00:00Z");

    @TempDir
    Path folder;

    private DataQualityReport brokenReport() {
        SampleFolder.valid().withLine(DataFile.EVENTS, 4, "E3,2026-03-01T10:00:00Z,C9,product_view,web,,,P1,").writeTo(folder);
        return DataQualityChecker.check(folder, NOW);
    }

    @Test
    void textNamesVerdictFileRowsCompletenessCoverageAndProblemLocations() {
        String text = brokenReport().toText();
        List<String> lines = text.lines().toList();

        assertTrue(lines.get(1).startsWith("Checked at 2026-03-05T10:00:00Z: NOT USABLE (1 error, 0 warnings)"), text);
        // A file that lost a row says so rather than "ok".
        assertTrue(lines.contains(String.format("%-18s %-24s %12d %12d", "events.csv", "1 row rejected", 4, 3)), text);
        assertTrue(lines.contains("    product_id             50.0%  (optional)"), text);
        assertTrue(lines.contains("  email_marketing                 2   66.7%"), text);
        assertTrue(lines.contains("Freshness: newest event 2026-03-02T10:00:00Z, 3d 0h old"), text);
        assertTrue(lines.contains("  ERROR   events.csv:4:customer_id: \"C9\" is not a known customer (no such customer_id in customers.csv)"),
                text);
    }

    @Test
    void textOfAValidDataSetSaysUsableAndNoProblems() {
        String text = DataQualityChecker.check(SampleFolder.valid().writeTo(folder), NOW).toText();

        assertTrue(text.contains(": USABLE (0 errors, 0 warnings)"), text);
        assertTrue(text.contains("Problems: none"), text);
    }

    @Test
    void jsonCarriesSchemaVersionVerdictCountsAndLocatedProblems() throws Exception {
        JsonNode json = new ObjectMapper().readTree(brokenReport().toJson());

        assertEquals(1, json.get("schemaVersion").asInt());
        assertFalse(json.get("usable").asBoolean());
        assertEquals(1, json.get("errorCount").asLong());
        assertEquals(1, json.get("problemCounts").get("unknown_reference").asLong());
        JsonNode problem = json.get("problems").get(0);
        assertEquals("events.csv", problem.get("file").asText());
        assertEquals(4, problem.get("line").asLong());
        assertEquals("customer_id", problem.get("column").asText());
        assertEquals("error", problem.get("severity").asText());
        assertEquals("2026-03-02T10:00:00Z", json.get("freshness").get("newestEvent").asText());
        assertEquals(3 * 24 * 3600, json.get("freshness").get("ageSeconds").asLong());
        JsonNode events = json.get("files").get(5);
        assertEquals("events.csv", events.get("file").asText());
        assertEquals(4, events.get("rows").asLong());
        assertEquals("email_marketing", json.get("consentCoverage").get(0).get("purpose").asText());
        assertEquals(2.0 / 3, json.get("consentCoverage").get(0).get("share").asDouble(), 1e-12);
    }
}
