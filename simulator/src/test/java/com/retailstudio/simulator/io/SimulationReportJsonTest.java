package com.retailstudio.simulator.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.data.io.DataSetCurrency;
import com.retailstudio.simulator.engine.BenchmarkJourney;
import com.retailstudio.simulator.engine.SimulationRun;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.simulator.model.ReasonTrace;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.simulator.model.TraceReason;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
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

    private static Journey withTransactionalLastReminder() {
        Journey j = BenchmarkJourney.cartRecovery();
        List<JourneyNode> nodes = new ArrayList<>(j.nodes());
        nodes.replaceAll(n -> n instanceof JourneyNode.Action a && a.id().equals("last-email")
                ? new JourneyNode.Action(a.id(), a.title(), a.position(), a.message().withTransactional(true)) : n);
        return j.withNodes(nodes, j.edges());
    }

    private static JsonNode report(Path folder, Journey journey, SimulationSettings settings, int partitions)
            throws Exception {
        SimulationRun run = SimulationRun.execute(journey, folder, settings, partitions, 2);
        return new ObjectMapper().readTree(SimulationReportJson.toJson(journey, settings, run));
    }

    @Test
    void actionsSayWhetherTheyAreTransactionalAndATransactionalOneIsNeverCapped(@TempDir Path folder)
            throws Exception {
        BundledSample.extractTo(folder);
        JsonNode actions = report(folder, withTransactionalLastReminder(), SimulationSettings.defaults(42), 2)
                .path("results").path("actions");
        for (JsonNode action : actions) {
            assertEquals(action.path("id").asText().equals("last-email"), action.path("transactional").asBoolean(),
                    action.toString());
            assertTrue(action.path("transactional").isBoolean());
        }
        JsonNode last = actions.get(actions.size() - 1);
        assertEquals("last-email", last.path("id").asText());
        assertEquals(0, last.path("suppressed").path("frequency_cap").asLong());
        JsonNode s = last.path("suppressed");
        assertEquals(last.path("attempts").asLong(), last.path("sent").asLong() + s.path("holdout").asLong()
                + s.path("no_consent").asLong() + s.path("quiet_hours").asLong());
        JsonNode marketing = report(folder, BenchmarkJourney.cartRecovery(), SimulationSettings.defaults(42), 2)
                .path("results").path("actions");
        assertTrue(marketing.get(marketing.size() - 1).path("suppressed").path("frequency_cap").asLong() > 0,
                "as a marketing message the last reminder meets the email cap on the sample");
    }

    @Test
    void conversionsByDayAddUpToTheConversionsOfEachGroup(@TempDir Path folder) throws Exception {
        BundledSample.extractTo(folder);
        JsonNode results = report(folder, BenchmarkJourney.cartRecovery(), SimulationSettings.defaults(42), 2)
                .path("results");
        JsonNode days = results.path("conversions_by_day");
        assertTrue(days.size() > 30, "one entry per UTC day of the sample's period: " + days.size());
        long treated = 0;
        long holdout = 0;
        LocalDate expected = LocalDate.parse(days.get(0).path("date").asText());
        for (JsonNode day : days) {
            assertEquals(expected.toString(), day.path("date").asText());
            expected = expected.plusDays(1);
            treated += day.path("treated").asLong();
            holdout += day.path("holdout").asLong();
        }
        assertEquals(results.path("uplift").path("treated_conversions").asLong(), treated);
        assertEquals(results.path("uplift").path("holdout_conversions").asLong(), holdout);
        assertTrue(treated > 0 && holdout > 0);
        assertFalse(results.has("example_traces"), "examples only when asked for");
    }

    @Tag("slow") // runs the sample under several partitionings; fast: the first test here
    @Test
    void exampleTracesAreTheFirstCustomersWithEachReasonWhateverThePartitioning(@TempDir Path folder)
            throws Exception {
        BundledSample.extractTo(folder);
        Journey journey = BenchmarkJourney.cartRecovery();
        JsonNode examples = report(folder, journey, SimulationSettings.defaults(42).withReasonTraces(2), 3)
                .path("results").path("example_traces");
        JsonNode single = report(folder, journey, SimulationSettings.defaults(42).withReasonTraces(2), 1)
                .path("results").path("example_traces");
        assertEquals(single, examples);
        // every customer kept: the first two by id with each reason, found the long way
        SimulationRun everyone = SimulationRun.execute(journey, folder,
                SimulationSettings.defaults(42).withReasonTraces(100_000), 1, 1);
        for (TraceReason reason : TraceReason.values()) {
            List<String> expected = everyone.results().reasonTraces().stream()
                    .filter(t -> t.reasons().contains(reason)).map(ReasonTrace::customerId).limit(2).toList();
            JsonNode list = examples.path(reason.json());
            List<String> actual = new ArrayList<>();
            for (JsonNode example : list) {
                actual.add(example.path("customer").asText());
                assertTrue(example.path("steps").size() > 0);
                List<String> reasons = new ArrayList<>();
                example.path("reasons").forEach(r -> reasons.add(r.asText()));
                assertTrue(reasons.contains(reason.json()), reasons.toString());
            }
            assertEquals(expected, actual, reason.json());
        }
        assertEquals(2, examples.path("sent").size());
        assertEquals(2, examples.path("holdout").size());
    }

    @Test
    void everyObjectOfTheReportKeepsItsKeysInTheOrderWritten(@TempDir Path folder) throws Exception {
        BundledSample.extractTo(folder);
        SimulationSettings settings = SimulationSettings.defaults(42).withReasonTraces(1);
        SimulationRun run = SimulationRun.execute(BenchmarkJourney.cartRecovery(), folder, settings, 2, 2);
        Map<String, Object> report = SimulationReportJson.toMap(BenchmarkJourney.cartRecovery(), settings, run,
                DataSetCurrency.DEFAULT);
        assertEquals(List.of("id", "name", "version"), List.copyOf(((Map<?, ?>) report.get("journey")).keySet()));
        assertEquals(List.of("schemaVersion", "journey", "settings", "results", "response_model", "run"),
                List.copyOf(report.keySet()));
        assertOrdered("report", report);
    }

    /** A map of fixed iteration order everywhere in the tree (Map.of's order is salted per JVM). */
    private static void assertOrdered(String path, Object value) {
        if (value instanceof Map<?, ?> map) {
            assertTrue(map instanceof LinkedHashMap, path + " is a " + map.getClass().getName());
            map.forEach((k, v) -> assertOrdered(path + "." + k, v));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                assertOrdered(path + "[" + i + "]", list.get(i));
            }
        }
    }

    @Tag("slow") // two runs of the sample; fast: the first test here
    @Test
    void twoRunsGiveByteIdenticalReportsApartFromHowTheyRan(@TempDir Path folder) throws Exception {
        BundledSample.extractTo(folder);
        Journey journey = BenchmarkJourney.cartRecovery();
        SimulationSettings settings = SimulationSettings.defaults(7).withTrace(Set.of(), 3)
                .withReasonTraces(1);
        String one = SimulationReportJson.toJson(journey, settings,
                SimulationRun.execute(journey, folder, settings, 1, 1));
        String other = SimulationReportJson.toJson(journey, settings,
                SimulationRun.execute(journey, folder, settings, 5, 2));
        assertEquals(SimulationReportJson.findings(one), SimulationReportJson.findings(other));
        assertTrue(SimulationReportJson.findings(one).contains("\"example_traces\""));
        String run = one.substring(SimulationReportJson.findings(one).length());
        assertTrue(run.startsWith("\n  \"run\" : {") && run.endsWith("}\n"), run);
        assertFalse(run.contains("\"results\""), "nothing the run found is after the run block");
    }
}
