package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.testsupport.CommandLineHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulate --journey template:NAME} runs a shipped template as if it were the same journey file. */
class SimulateTemplateCommandTest {
    private final CommandLineHarness cli = RetailStudioCli.harness();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void aTemplateIsSimulatedExactlyLikeTheSameJourneyWrittenToAFile(@TempDir Path folder) throws Exception {
        Path fromTemplate = folder.resolve("template.json");
        assertEquals(0, run("simulate", "--journey", "template:cart-abandonment", "--data", "sample", "--seed", "7",
                "--report", fromTemplate.toString()), cli.err());
        Journey template = JourneyTemplates.load("cart-abandonment").orElseThrow();
        assertTrue(cli.out().contains("Simulated " + template.name()), cli.out());

        Path file = folder.resolve("cart.journey.json");
        JourneyJson.write(template, file);
        Path fromFile = folder.resolve("file.json");
        assertEquals(0, run("simulate", "--journey", file.toString(), "--data", "sample", "--seed", "7",
                "--report", fromFile.toString()), cli.err());

        ObjectMapper json = new ObjectMapper();
        JsonNode a = json.readTree(fromTemplate.toFile());
        JsonNode b = json.readTree(fromFile.toFile());
        assertTrue(a.path("results").path("nodes").get(0).path("entered").asLong() > 0);
        assertEquals(b.path("results"), a.path("results"));
        assertEquals(b.path("journey"), a.path("journey"));
    }

    @Test
    void anUnknownTemplateIsBadUsageNamingTheValidOnes(@TempDir Path folder) {
        Path report = folder.resolve("r.json");
        assertEquals(2, run("simulate", "--journey", "template:cart", "--data", "sample",
                "--report", report.toString()));
        String message = cli.err();
        assertTrue(message.contains("no template 'cart'"), message);
        for (String name : JourneyTemplates.NAMES) {
            assertTrue(message.contains(name), name + " in: " + message);
        }
        assertFalse(Files.exists(report));
    }

    @Test
    void theHelpNamesEveryTemplate() {
        assertEquals(0, run("simulate", "--help"));
        String help = cli.out().replaceAll("\\s+", " ");
        assertTrue(help.contains("template:NAME"), help);
        for (String name : JourneyTemplates.NAMES) {
            assertTrue(help.contains(name), name + " in: " + help);
        }
    }
}
