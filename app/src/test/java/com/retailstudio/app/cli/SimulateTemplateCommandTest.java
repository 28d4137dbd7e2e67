package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Journey;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulate --journey template:NAME} runs a shipped template as if it were the same journey file. */
class SimulateTemplateCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return RetailStudioCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void aTemplateIsSimulatedExactlyLikeTheSameJourneyWrittenToAFile(@TempDir Path folder) throws Exception {
        Path fromTemplate = folder.resolve("template.json");
        assertEquals(0, run("simulate", "--journey", "template:cart-abandonment", "--data", "sample", "--seed", "7",
                "--report", fromTemplate.toString()), err.toString());
        Journey template = JourneyTemplates.load("cart-abandonment").orElseThrow();
        assertTrue(out.toString().contains("Simulated " + template.name()), out.toString());

        Path file = folder.resolve("cart.journey.json");
        JourneyJson.write(template, file);
        Path fromFile = folder.resolve("file.json");
        assertEquals(0, run("simulate", "--journey", file.toString(), "--data", "sample", "--seed", "7",
                "--report", fromFile.toString()), err.toString());

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
        String message = err.toString();
        assertTrue(message.contains("no template 'cart'"), message);
        for (String name : JourneyTemplates.NAMES) {
            assertTrue(message.contains(name), name + " in: " + message);
        }
        assertFalse(Files.exists(report));
    }

    @Test
    void theHelpNamesEveryTemplate() {
        assertEquals(0, run("simulate", "--help"));
        String help = out.toString().replaceAll("\\s+", " ");
        assertTrue(help.contains("template:NAME"), help);
        for (String name : JourneyTemplates.NAMES) {
            assertTrue(help.contains(name), name + " in: " + help);
        }
    }
}
