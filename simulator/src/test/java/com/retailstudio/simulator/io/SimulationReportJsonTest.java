package com.retailstudio.simulator.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.simulator.engine.BenchmarkJourney;
import com.retailstudio.simulator.engine.SimulationRun;
import com.retailstudio.simulator.model.SimulationSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationReportJsonTest {
    @Test
    void theReportHoldsEveryNodeActionAndUpliftFigureAndTheRun(@TempDir Path folder) throws Exception {
        BundledSample.extractTo(folder);
        SimulationSettings settings = SimulationSettings.defaults(42);
        SimulationRun run = SimulationRun.execute(BenchmarkJourney.cartRecovery(), folder, settings, 2, 2);
        JsonNode json = new ObjectMapper().readTree(SimulationReportJson.toJson(BenchmarkJourney.cartRecovery(),
                settings, run));

        assertEquals(SimulationReportJson.SCHEMA_VERSION, json.path("schemaVersion").asInt());
        JsonNode results = json.path("results");
        assertEquals(12, results.path("nodes").size());
        JsonNode split = results.path("nodes").get(1);
        assertEquals("vip-split", split.path("id").asText());
        assertEquals(split.path("entered").asLong(),
                split.path("passed").path("vip").asLong() + split.path("passed").path("else").asLong());
        JsonNode nba = results.path("actions").get(3);
        assertEquals("nba/recommend-email", nba.path("id").asText());
        for (String reason : new String[] {"holdout", "no_consent", "quiet_hours", "frequency_cap"}) {
            assertTrue(nba.path("suppressed").has(reason), reason);
        }
        JsonNode uplift = results.path("uplift");
        assertEquals(run.results().uplift().absolute(), uplift.path("absolute").asDouble(), 1e-12);
        assertTrue(uplift.path("ci_low").asDouble() < uplift.path("absolute").asDouble());
        assertEquals(11, results.path("messages_per_customer").size());
        assertEquals(5, results.path("traces").size(), "the first five entering customers by default");
        assertEquals(3000, json.path("run").path("customers").asLong());
        assertEquals(run.events(), json.path("run").path("events").asLong());
    }
}
