package com.retailstudio.designer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.data.model.ConsentPurpose;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.MessageKind;
import com.retailstudio.designer.model.Operator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps docs/journey.schema.json and docs/journey-format.md in step with the code's vocabularies and writer. */
class JourneySchemaDocTest {
    private static final Path SCHEMA = Path.of("..", "docs", "journey.schema.json");
    private static final Path DOC = Path.of("..", "docs", "journey-format.md");

    private static JsonNode schema() throws Exception {
        return new ObjectMapper().readTree(Files.readString(SCHEMA));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void schemaVocabulariesMatchTheCode() throws Exception {
        JsonNode defs = schema().get("$defs");
        assertEquals(Arrays.stream(JourneyChannel.values()).map(JourneyChannel::json).toList(),
                texts(defs.get("channel").get("enum")));
        assertEquals(Arrays.stream(MessageKind.values()).map(MessageKind::json).toList(),
                texts(defs.get("message").get("properties").get("kind").get("enum")));
        assertEquals(Arrays.stream(Operator.values()).map(Operator::json).toList(),
                texts(defs.get("condition").get("oneOf").get(1).get("properties").get("operator").get("enum")));
        assertEquals(Arrays.stream(ConsentPurpose.values()).map(ConsentPurpose::csv).toList(),
                texts(defs.get("guardrails").get("properties").get("consent").get("properties").get("email").get("enum")));
        List<String> nodeTypes = new ArrayList<>();
        defs.get("node").get("oneOf").forEach(n -> nodeTypes.add(n.get("properties").get("type").get("const").asText()));
        assertEquals(List.of("entry", "exit", "wait", "condition_split", "random_split", "action", "next_best_action"),
                nodeTypes);
        assertEquals(JourneyJson.SCHEMA_VERSION, schema().get("properties").get("schemaVersion").get("const").asInt());
    }

    @Test
    void everyMemberTheWriterWritesIsInTheSchema() throws Exception {
        JsonNode schema = schema();
        for (String name : JourneyTemplates.NAMES) {
            JsonNode file = new ObjectMapper().readTree(JourneyTemplates.json(name).orElseThrow());
            Iterator<String> members = file.fieldNames();
            while (members.hasNext()) {
                String member = members.next();
                assertTrue(schema.get("properties").has(member), member + " is missing from the schema");
            }
            assertEquals(texts(schema.get("required")), iterate(file.fieldNames()));
        }
    }

    @Test
    void theFormatDocListsEveryNodeTypeAndItsErrorExamples() throws Exception {
        String doc = Files.readString(DOC);
        for (String type : List.of("`entry`", "`wait`", "`condition_split`", "`random_split`", "`action`",
                "`next_best_action`", "`exit`")) {
            assertTrue(doc.contains("| " + type + " |"), type);
        }
        assertTrue(doc.contains("/nodes/2/paths/0/weight: split weights must be numbers"));
    }

    private static List<String> iterate(Iterator<String> names) {
        List<String> out = new ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }
}
