package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.simulator.engine.BenchmarkJourney;
import com.retailstudio.testsupport.CommandLineHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
    private final CommandLineHarness cli = RetailStudioCli.harness();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void simulateWritesNodesActionsUpliftAndRunFigures(@TempDir Path folder) throws Exception {
        Path journey = folder.resolve("cart.journey.json");
        JourneyJson.write(BenchmarkJourney.cartRecovery(), journey);
        Path report = folder.resolve("report.json");

        assertEquals(0, run("simulate", "--journey", journey.toString(), "--data", "sample", "--seed", "7",
                "--partitions", "3", "--report", report.toString()), cli.err());

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
        assertTrue(cli.out().contains("uplift"), cli.out());
    }

    @Test
    void theReportHoldsCustomerIdsOnlyWhenTracesAreAskedForAndTheHelpSaysSo(@TempDir Path folder) throws Exception {
        Path plain = folder.resolve("plain.json");
        Path traced = folder.resolve("traced.json");

        assertEquals(0, run("simulate", "--journey", "template:welcome-series", "--data", "sample", "--report",
                plain.toString()), cli.err());
        assertEquals(0, run("simulate", "--journey", "template:welcome-series", "--data", "sample", "--trace-first",
                "2", "--report", traced.toString()), cli.err());

        Pattern customerId = Pattern.compile("C\\d{8}");
        assertFalse(customerId.matcher(Files.readString(plain)).find(), "a customer id in a report without traces");
        assertEquals(0, new ObjectMapper().readTree(plain.toFile()).path("results").path("traces").size());
        assertTrue(customerId.matcher(Files.readString(traced)).find());
        run("simulate", "--help");
        assertTrue(cli.out().replaceAll("\\s+", " ").contains("The report holds customer ids only when traces "
                + "are asked for (--trace, --trace-first N or --examples N)"), cli.out());
    }

    @Test
    void aMissingJourneyFileFailsWithOneSentence(@TempDir Path folder) {
        assertEquals(1, run("simulate", "--journey", folder.resolve("none.json").toString(), "--data", "sample",
                "--report", folder.resolve("r.json").toString()));
        assertTrue(cli.err().startsWith("retail-studio: The journey file "), cli.err());
        assertEquals(1, cli.err().strip().lines().count());
    }

    @Test
    void theSparkEngineIsNotRunInTheDesktopProcess(@TempDir Path folder) {
        assertEquals(1, run("simulate", "--engine", "spark", "--master", "local[2]", "--journey", "template:winback",
                "--data", "sample", "--report", folder.resolve("r.json").toString()));
        assertTrue(cli.err().contains("./retail-studio simulate --engine spark"), cli.err());
        assertFalse(Files.exists(folder.resolve("r.json")));
        assertEquals(2, run("simulate", "--engine", "cluster", "--journey", "template:winback", "--data", "sample",
                "--report", folder.resolve("r.json").toString()));
    }

    @Test
    void anUnknownQuietHoursChoiceIsBadUsage(@TempDir Path folder) throws Exception {
        Path journey = folder.resolve("cart.journey.json");
        Files.writeString(journey, JourneyJson.toJson(BenchmarkJourney.cartRecovery()));
        assertEquals(2, run("simulate", "--journey", journey.toString(), "--data", "sample", "--quiet-hours", "later",
                "--report", folder.resolve("r.json").toString()));
    }

    @Test
    void examplesAndConversionsByDayGoIntoTheReportAndTransactionalActionsAreMarked(@TempDir Path folder)
            throws Exception {
        Journey cart = BenchmarkJourney.cartRecovery();
        List<JourneyNode> nodes = new ArrayList<>(cart.nodes());
        nodes.replaceAll(n -> n instanceof JourneyNode.Action a && a.id().equals("last-email")
                ? new JourneyNode.Action(a.id(), a.title(), a.position(), a.message().withTransactional(true)) : n);
        Path journey = folder.resolve("cart.journey.json");
        JourneyJson.write(cart.withNodes(nodes, cart.edges()), journey);
        assertTrue(Files.readString(journey).contains("\"transactional\": true"));
        Path report = folder.resolve("report.json");

        assertEquals(0, run("simulate", "--journey", journey.toString(), "--data", "sample", "--examples", "1",
                "--report", report.toString()), cli.err());

        JsonNode results = new ObjectMapper().readTree(report.toFile()).path("results");
        JsonNode examples = results.path("example_traces");
        assertEquals(List.of("converted", "holdout", "sent", "no_consent", "quiet_hours", "frequency_cap",
                "unsubscribed", "exit_criterion"), iterate(examples.fieldNames()));
        assertEquals(1, examples.path("sent").size());
        assertTrue(examples.path("sent").get(0).path("steps").size() > 1);
        long treated = 0;
        for (JsonNode day : results.path("conversions_by_day")) {
            treated += day.path("treated").asLong();
        }
        assertEquals(results.path("uplift").path("treated_conversions").asLong(), treated);
        JsonNode actions = results.path("actions");
        assertTrue(actions.get(actions.size() - 1).path("transactional").asBoolean());
        assertFalse(actions.get(0).path("transactional").asBoolean());
        assertTrue(cli.out().lines().anyMatch(l -> l.contains("last-email") && l.endsWith("(transactional)")),
                cli.out());
    }

    @Test
    void aNegativeExampleCountIsBadUsage(@TempDir Path folder) throws Exception {
        Path journey = folder.resolve("cart.journey.json");
        Files.writeString(journey, JourneyJson.toJson(BenchmarkJourney.cartRecovery()));
        assertEquals(2, run("simulate", "--journey", journey.toString(), "--data", "sample", "--examples", "-1",
                "--report", folder.resolve("r.json").toString()));
        assertTrue(cli.err().contains("--examples must be 0 or more"), cli.err());
    }

    private static List<String> iterate(Iterator<String> names) {
        List<String> out = new ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }
}
