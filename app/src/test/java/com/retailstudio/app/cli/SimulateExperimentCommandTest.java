package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.model.Experiment;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.simulator.engine.BenchmarkJourney;
import com.retailstudio.testsupport.CommandLineHarness;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulate} on a journey with an experiment split: the report's experiments block and the decision printed. */
class SimulateExperimentCommandTest {
    private final CommandLineHarness cli = RetailStudioCli.harness();

    @Test
    void theWinnerRulesDecisionIsPrintedAndReported(@TempDir Path folder) throws Exception {
        Journey cart = BenchmarkJourney.cartRecovery();
        JourneyNode.RandomSplit ab = (JourneyNode.RandomSplit) cart.node("ab").orElseThrow();
        Journey experiment = cart.withNodes(cart.nodes().stream().map(n -> n == ab
                ? new JourneyNode.RandomSplit(ab.id(), ab.title(), ab.position(), ab.paths(),
                        Optional.of(Experiment.pickWinner(30, 0.05)))
                : n).toList(), cart.edges());
        Path journey = folder.resolve("cart.journey.json");
        JourneyJson.write(experiment, journey);
        Path report = folder.resolve("report.json");

        assertEquals(0, cli.run("simulate", "--journey", journey.toString(), "--data", "sample", "--seed", "7",
                "--partitions", "3", "--report", report.toString()), cli.err());

        JsonNode block = new ObjectMapper().readTree(report.toFile()).at("/results/experiments/0");
        assertEquals("ab", block.get("node").asText());
        assertEquals("pick_winner", block.get("decision_rule").asText());
        assertEquals(2, block.get("variants").size());
        assertTrue(block.at("/variants/0/customers").asLong() + block.at("/variants/1/customers").asLong() > 0);
        String explanation = block.at("/decision/explanation").asText();
        assertTrue(cli.out().contains("Experiment ab: " + explanation), cli.out());
    }
}
