package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.testsupport.CommandLineHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulate --journey A --journey B [--portfolio RULES.json]} simulates the journeys together. */
class SimulatePortfolioCommandTest {
    private final CommandLineHarness cli = RetailStudioCli.harness();

    @Test
    void journeysRunTogetherUnderTheRulesFileAndTheReportHasEachJourneyAndThePortfolio(@TempDir Path folder)
            throws Exception {
        Path rules = folder.resolve("rules.portfolio.json");
        Files.writeString(rules, """
                {
                  "schemaVersion": 1,
                  "id": "tight",
                  "name": "One a day",
                  "caps": [{"channel": "all", "max": 1, "per": "1d"}],
                  "globalControlPercent": 10,
                  "priority": ["welcome-series"],
                  "suppressedSegments": [],
                  "suppressedCustomers": []
                }
                """);
        Path report = folder.resolve("portfolio.json");
        assertEquals(0, cli.run("simulate", "--journey", "template:cart-abandonment", "--journey",
                "template:welcome-series", "--portfolio", rules.toString(), "--data", "sample", "--report",
                report.toString()), cli.err());
        assertTrue(cli.out().contains("Simulated 2 journeys together under One a day"), cli.out());
        assertTrue(cli.out().contains("Cannibalisation:"), cli.out());

        JsonNode results = new ObjectMapper().readTree(report.toFile()).path("results");
        List<String> ids = new ArrayList<>();
        results.path("journeys").forEach(j -> ids.add(j.path("id").asText()));
        assertEquals(List.of("welcome-series", "cart-abandonment"), ids);
        JsonNode cart = results.path("journeys").get(1);
        assertTrue(cart.path("suppressed").path("lost_to_priority").asLong() > 0, cart.toString());
        assertTrue(cart.path("suppressed").path("global_control").asLong() > 0, cart.toString());
        JsonNode portfolio = results.path("portfolio");
        assertEquals(portfolio.path("sent").asLong(), results.path("journeys").get(0).path("sent").asLong()
                + cart.path("sent").asLong());
        assertTrue(portfolio.path("uplift").path("control_customers").asLong() > 0);
        assertTrue(portfolio.has("cannibalisation") && portfolio.has("simulated_cannibalisation"));
    }

    @Tag("slow") // one more portfolio run of the sample; fast: journeysRunTogetherUnderTheRulesFile…
    @Test
    void thePortfolioTemplateBringsItsJourneys(@TempDir Path folder) throws Exception {
        Path report = folder.resolve("template.json");
        assertEquals(0, cli.run("simulate", "--portfolio", "template:shared-caps", "--data", "sample", "--report",
                report.toString()), cli.err());
        JsonNode results = new ObjectMapper().readTree(report.toFile()).path("results");
        assertEquals(3, results.path("journeys").size());
        assertTrue(results.path("portfolio").path("simulated_cannibalisation").asDouble() > 0, results.toString());
    }

    @Tag("slow") // two portfolio runs of the sample; fast: journeysRunTogetherUnderTheRulesFile…
    @Test
    void examplesPerJourneyAndReasonAndACustomerTracedAcrossTheJourneys(@TempDir Path folder) throws Exception {
        Path report = folder.resolve("examples.json");
        assertEquals(0, cli.run("simulate", "--portfolio", "template:shared-caps", "--data", "sample", "--examples",
                "1", "--report", report.toString()), cli.err());
        assertTrue(cli.out().contains("Example customers"), cli.out());
        JsonNode journeys = new ObjectMapper().readTree(report.toFile()).path("results").path("journeys");
        String lost = null;
        for (JsonNode journey : journeys) {
            JsonNode examples = journey.path("example_traces").path("lost_to_priority");
            if (lost == null && examples.size() == 1) {
                lost = examples.get(0).path("customer").asText();
                assertTrue(cli.out().contains("lost_to_priority " + lost), cli.out());
            }
        }
        assertTrue(lost != null, "an example of a send lost to priority: " + journeys);

        assertEquals(0, cli.run("simulate", "--portfolio", "template:shared-caps", "--data", "sample", "--trace",
                lost, "--report", report.toString()), cli.err());
        String out = cli.out();
        assertTrue(out.contains("Customer " + lost + " across the journeys:"), out);
        String refusal = out.lines().filter(line -> line.contains("suppressed: lost_to_priority")).findFirst()
                .orElseThrow(() -> new AssertionError(out));
        String winner = refusal.substring(refusal.indexOf("lost to a higher-priority journey: ")
                + "lost to a higher-priority journey: ".length()).split(" ")[0];
        assertTrue(out.lines().anyMatch(line -> line.contains(" " + winner + " ") && line.contains(" sent ")), out);
        JsonNode timeline = new ObjectMapper().readTree(report.toFile()).path("results").path("customer_traces")
                .path(lost);
        assertTrue(timeline.size() > 2 && timeline.get(0).has("journey"), timeline.toString());
    }

    @Test
    void aBadRulesFileIsNamedWithItsLineAndField(@TempDir Path folder) throws Exception {
        Path rules = folder.resolve("bad.portfolio.json");
        Files.writeString(rules, """
                {
                  "schemaVersion": 1,
                  "id": "bad",
                  "name": "Bad",
                  "caps": [{"channel": "all", "max": -1, "per": "1d"}],
                  "globalControlPercent": 10,
                  "priority": [],
                  "suppressedSegments": [],
                  "suppressedCustomers": []
                }
                """);
        Path report = folder.resolve("r.json");
        assertEquals(1, cli.run("simulate", "--journey", "template:winback", "--portfolio", rules.toString(),
                "--data", "sample", "--report", report.toString()));
        assertTrue(cli.err().contains("bad.portfolio.json line 5"), cli.err());
        assertTrue(cli.err().contains("/caps/0/max"), cli.err());
        assertFalse(Files.exists(report));
    }
}
