package com.retailstudio.data.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.data.io.DataProblem;
import com.retailstudio.data.io.ProblemKind;
import com.retailstudio.data.io.Reference;
import com.retailstudio.data.io.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One bad product row rejects the rows that refer to that product too: the report names the product row's error
 * first, counts the rows that only refer to it under it, and marks every file that lost rows.
 */
class RejectedRowConsequencesTest {

    @Test
    void aNegativePriceOnOneProductIsTheRootAndTheRowsReferringToItAreItsConsequences(@TempDir Path folder)
            throws Exception {
        BundledSample.extractTo(folder);
        Path products = folder.resolve("products.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(products));
        List<String> header = List.of(lines.get(0).split(",", -1));
        String[] fifth = lines.get(4).split(",", -1);
        String productId = fifth[header.indexOf("product_id")];
        fifth[header.indexOf("full_price")] = "-" + fifth[header.indexOf("full_price")];
        lines.set(4, String.join(",", fifth));
        Files.write(products, lines);

        DataQualityReport report = DataQualityChecker.check(folder, Instant.parse("2027-01-01T00:00:00Z"));
        ProblemSummary problems = report.problems();

        DataProblem root = problems.first().get(0);
        assertEquals("products.csv:5:full_price", root.location(), report.toText());
        assertEquals(List.of(root), problems.roots().stream().filter(p -> p.severity() == Severity.ERROR).toList(),
                "one root error: " + report.toText());
        assertEquals(0, problems.count(ProblemKind.UNKNOWN_REFERENCE), "the product is in the file, not unknown");
        long consequences = problems.count(ProblemKind.REJECTED_REFERENCE);
        assertTrue(consequences > 10, "rows refer to the product: " + consequences);
        assertEquals(1 + consequences, problems.errors());
        assertEquals(ProblemKind.REJECTED_REFERENCE, problems.first().get(problems.roots().size()).kind());
        assertTrue(problems.first().get(problems.roots().size()).reason().equals("\"" + productId
                + "\" is the product on products.csv line 5, whose row was rejected"), problems.first().get(problems.roots().size())::reason);

        assertEquals(1, problems.rejectedReferences().size());
        RejectedReferences group = problems.rejectedReferences().get(0);
        assertEquals(Reference.PRODUCT, group.entity());
        assertEquals(consequences, group.rows());
        assertTrue(group.describe().startsWith(String.format(Locale.ROOT,
                "%,d rows refer to rejected product rows in products.csv (", consequences)), group.describe());
        assertEquals(consequences, problems.rejectedReferencesTo("products.csv"));

        // Every file that lost rows says so; the others stay ok.
        assertEquals("1 row rejected", report.file("products.csv").orElseThrow().status());
        for (String file : group.rowsByFile().keySet()) {
            FileQuality quality = report.file(file).orElseThrow();
            assertEquals(group.rowsByFile().get(file), quality.rejectedRows(), file);
            assertNotEquals("ok", quality.status(), file);
        }
        assertEquals("ok", report.file("customers.csv").orElseThrow().status());

        String text = report.toText();
        assertTrue(text.indexOf(root.reason()) < text.indexOf(group.describe()), text);
        JsonNode json = new ObjectMapper().readTree(report.toJson());
        assertEquals(consequences, json.get("rejectedReferences").get(0).get("rows").asLong());
        assertEquals("1 row rejected", json.get("files").get(1).get("status").asText());
    }
}
