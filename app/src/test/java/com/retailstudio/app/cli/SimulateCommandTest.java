package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.simulator.engine.BenchmarkJourney;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return RetailStudioCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void simulateWritesNodesActionsUpliftAndRunFigures(@TempDir Path folder) throws Exception {
        Path journey = folder.resolve("cart.journey.json");
        JourneyJson.write(BenchmarkJourney.cartRecovery(), journey);
        Path report = folder.resolve("report.json");

        assertEquals(0, run("simulate", "--journey", journey.toString(), "--data", "sample", "--seed", "7",
                "--partitions", "3", "--report", report.toString()), err.toString());

        JsonNode json = new ObjectMapper().readTree(report.toFile());
        JsonNode results = json.path("results");
        assertEquals(12, results.path("nodes").size());
        assertTrue(results.path("nodes").get(0).path("entered").asLong() > 0);
        assertTrue(results.path("actions").size() >= 7, "four actions and three candidates");
        for (String field : new String[] {"treated_rate", "holdout_rate", "absolute", "relative", "ci_low", "ci_high",
            "incremental_revenue"}) {
            assertTrue(results.path("uplift").has(field), field);
        }
        JsonNode run = json.path("run");
        assertEquals(3000, run.path("customers").asLong());
        assertTrue(run.path("events").asLong() > 0 && run.path("events_per_second").asLong() > 0);
        assertTrue(run.path("peak_heap_bytes").asLong() > 0 && run.path("timings").has("simulate_ms"));
        assertTrue(out.toString().contains("uplift"), out.toString());
    }

    @Test
    void aMissingJourneyFileFailsWithOneSentence(@TempDir Path folder) {
        assertEquals(1, run("simulate", "--journey", folder.resolve("none.json").toString(), "--data", "sample",
                "--report", folder.resolve("r.json").toString()));
        assertTrue(err.toString().startsWith("retail-studio: The journey file "), err.toString());
        assertEquals(1, err.toString().strip().lines().count());
    }

    @Test
    void anUnknownQuietHoursChoiceIsBadUsage(@TempDir Path folder) throws Exception {
        Path journey = folder.resolve("cart.journey.json");
        Files.writeString(journey, JourneyJson.toJson(BenchmarkJourney.cartRecovery()));
        assertEquals(2, run("simulate", "--journey", journey.toString(), "--data", "sample", "--quiet-hours", "later",
                "--report", folder.resolve("r.json").toString()));
    }
}
