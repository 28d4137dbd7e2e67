package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.testsupport.CommandLineHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneyCommandTest {

    private final CommandLineHarness cli = RetailStudioCli.harness();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void templateWritesTheShippedFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("j").resolve("cart.json");
        assertEquals(0, run("journey", "template", "cart-abandonment", "--out", file.toString()), cli.err());
        assertEquals(JourneyTemplates.json("cart-abandonment").orElseThrow(), Files.readString(file));
    }

    @Test
    void templateReplacesALongerFileWholeAndLeavesNoTemporaryFileBehind(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("winback.json");
        String longer = JourneyTemplates.json("cart-abandonment").orElseThrow().repeat(3);
        Files.writeString(file, longer);
        assertEquals(0, run("journey", "template", "winback", "--out", file.toString()), cli.err());
        String written = Files.readString(file);
        assertEquals(JourneyTemplates.json("winback").orElseThrow(), written);
        assertEquals(JourneyTemplates.load("winback").orElseThrow(), JourneyJson.parse(written));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "only the journey file, no temporary file beside it");
        }
    }

    @Test
    void unknownTemplateIsBadUsageNamingTheValidOnes(@TempDir Path dir) {
        assertEquals(2, run("journey", "template", "black-friday", "--out", dir.resolve("x.json").toString()));
        assertTrue(cli.err().contains("Unknown template 'black-friday'; choose one of: cart-abandonment, "
                + "welcome-series, winback, clearance-offer, back-in-stock, birthday."), cli.err());
    }

    @Test
    void lintOfACleanTemplateExitsZero(@TempDir Path dir) {
        Path file = dir.resolve("winback.json");
        run("journey", "template", "winback", "--out", file.toString());
        assertEquals(0, run("journey", "lint", "--file", file.toString()), cli.err());
        assertTrue(cli.out().contains("Win-back (winback.json): 0 errors, 0 warnings. It can be submitted for review."),
                cli.out());
    }

    /** The template's file with one change made to its JSON tree. */
    private static String templateWith(String name, Consumer<ObjectNode> edit) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(JourneyTemplates.json(name).orElseThrow());
        edit.accept(root);
        return mapper.writeValueAsString(root);
    }

    @Test
    void lintPrintsFindingsAndExitsOneOnErrors(@TempDir Path dir) throws Exception {
        // The reminder's outgoing connection removed: it becomes a dead end and the step after it unreachable.
        String deadEnd = templateWith("cart-abandonment", root -> {
            ArrayNode edges = (ArrayNode) root.get("edges");
            for (int i = 0; i < edges.size(); i++) {
                if (edges.get(i).get("from").asText().equals("reminder")) {
                    edges.remove(i);
                }
            }
        });
        Path file = dir.resolve("broken.json");
        Files.writeString(file, deadEnd);
        assertEquals(1, run("journey", "lint", "--file", file.toString()));
        assertTrue(cli.out().contains("ERROR DEAD_END [reminder] Nothing follows \"Cart reminder email\""), cli.out());
        assertTrue(cli.out().contains("ERROR UNREACHABLE_NODE [wait-1d]"), cli.out());
        assertTrue(cli.out().contains("Fix the errors before submitting."), cli.out());
    }

    @Test
    void lintOfAnUnreadableFileNamesThePointer(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, templateWith("winback", root ->
                ((ObjectNode) root.get("nodes").get(1).get("paths").get(0)).put("weight", "half")));
        assertEquals(1, run("journey", "lint", "--file", file.toString()));
        assertTrue(cli.err().contains("bad.json: /nodes/1/paths/0/weight: split weights must be numbers"), cli.err());
    }

    @Test
    void lintOfAMissingFileSaysSo(@TempDir Path dir) {
        assertEquals(1, run("journey", "lint", "--file", dir.resolve("nope.json").toString()));
        assertTrue(cli.err().contains("There is no journey file"), cli.err());
    }

    @Test
    void diffListsTheChanges(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        run("journey", "template", "winback", "--out", a.toString());
        Files.writeString(b, Files.readString(a).replace("\"holdoutPercent\": 10", "\"holdoutPercent\": 20"));
        assertEquals(0, run("journey", "diff", a.toString(), b.toString()), cli.err());
        assertTrue(cli.out().contains("~ The holdout is now 20 % of customers (was 10 %)."), cli.out());
    }
}
