package com.retailstudio.designer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.retailstudio.designer.TestJourneys;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * docs/journey.schema.json checked with a real JSON Schema validator: what the writer writes passes it, and files
 * the reader refuses for a reason the schema can express fail it too. The reader is the truth; the schema follows it.
 */
class JourneySchemaValidationTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    @Test
    void everyTemplatePassesTheSchema() {
        assertEquals(6, JourneyTemplates.NAMES.size());
        for (String name : JourneyTemplates.NAMES) {
            assertEquals(List.of(), PublishedSchema.problems(JourneyTemplates.json(name).orElseThrow()), name);
        }
    }

    @Test
    void aJourneyUsingEveryKindOfStepConditionAndOfferPassesTheSchema() {
        assertEquals(List.of(), PublishedSchema.problems(JourneyJson.toJson(TestJourneys.everything())));
    }

    /** The full journey's file changed by {@code edit}: refused by the reader and by the schema. */
    private static List<String> problemsAfter(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(JourneyJson.toJson(TestJourneys.everything()));
        edit.accept(root);
        String json = MAPPER.writeValueAsString(root);
        assertThrows(JourneyFormatException.class, () -> JourneyJson.parse(json), "the reader refuses it");
        return PublishedSchema.problems(json);
    }

    private static ObjectNode node(ObjectNode root, String type) {
        for (var node : (ArrayNode) root.get("nodes")) {
            if (node.get("type").asText().equals(type)) {
                return (ObjectNode) node;
            }
        }
        throw new AssertionError("no " + type + " step");
    }

    @Test
    void aFileOfAnotherSchemaVersionFailsIt() throws Exception {
        List<String> problems = problemsAfter(root -> root.put("schemaVersion", 2));
        assertFalse(problems.isEmpty());
        assertEquals("/schemaVersion", problems.get(0).substring(0, problems.get(0).indexOf(':')));
    }

    @Test
    void aMissingMemberAnUnknownMemberAndAnUnknownStepTypeFailIt() throws Exception {
        assertFalse(problemsAfter(root -> root.remove("guardrails")).isEmpty());
        assertFalse(problemsAfter(root -> root.put("owner", "ana")).isEmpty());
        assertFalse(problemsAfter(root -> node(root, "wait").put("type", "sleep")).isEmpty());
    }

    @Test
    void valuesOfTheWrongTypeOrOutOfTheVocabularyFailIt() throws Exception {
        assertFalse(problemsAfter(root -> ((ObjectNode) root.get("guardrails")).put("holdoutPercent", "ten"))
                .isEmpty());
        assertFalse(problemsAfter(root -> ((ObjectNode) node(root, "action").get("message")).put("channel", "fax"))
                .isEmpty());
        assertFalse(problemsAfter(root -> node(root, "wait").put("duration", "3 dyas")).isEmpty());
    }

    /**
     * Removes each member of each object of the full journey's file in turn: where the reader still reads the file
     * (the member is optional), the schema must accept it too; where the reader refuses it, so must the schema.
     */
    @Test
    void theSchemaRequiresAndAllowsExactlyTheMembersTheReaderDoes() throws Exception {
        String json = JourneyJson.toJson(TestJourneys.everything());
        List<String> disagreements = new ArrayList<>();
        int probes = 0;
        for (String pointer : objectPointers(MAPPER.readTree(json), "")) {
            ObjectNode probe = (ObjectNode) MAPPER.readTree(json);
            List<String> members = new ArrayList<>();
            probe.at(pointer.isEmpty() ? "" : pointer).fieldNames().forEachRemaining(members::add);
            for (String member : members) {
                ObjectNode root = (ObjectNode) MAPPER.readTree(json);
                ((ObjectNode) root.at(pointer)).remove(member);
                String changed = MAPPER.writeValueAsString(root);
                boolean readerAccepts;
                try {
                    JourneyJson.parse(changed);
                    readerAccepts = true;
                } catch (JourneyFormatException e) {
                    readerAccepts = false;
                }
                boolean schemaAccepts = PublishedSchema.problems(changed).isEmpty();
                probes++;
                if (readerAccepts != schemaAccepts) {
                    disagreements.add(pointer + "/" + member + (readerAccepts ? " is optional to the reader"
                            : " is required by the reader"));
                }
            }
        }
        // An unknown member added to any object: the reader and the schema agree on whether it is allowed.
        for (String pointer : objectPointers(MAPPER.readTree(json), "")) {
            ObjectNode root = (ObjectNode) MAPPER.readTree(json);
            ((ObjectNode) root.at(pointer)).put("unknownMember", 1);
            String changed = MAPPER.writeValueAsString(root);
            boolean readerAccepts;
            try {
                JourneyJson.parse(changed);
                readerAccepts = true;
            } catch (JourneyFormatException e) {
                readerAccepts = false;
            }
            probes++;
            if (readerAccepts != PublishedSchema.problems(changed).isEmpty()) {
                disagreements.add(pointer + "/unknownMember is " + (readerAccepts ? "accepted" : "refused")
                        + " by the reader");
            }
        }
        assertEquals(List.of(), disagreements);
        assertFalse(probes < 50, "only " + probes + " members probed");
    }

    private static List<String> objectPointers(JsonNode node, String at) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            out.add(at);
            node.fields().forEachRemaining(e -> out.addAll(objectPointers(e.getValue(),
                    at + "/" + e.getKey().replace("~", "~0").replace("/", "~1"))));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.addAll(objectPointers(node.get(i), at + "/" + i));
            }
        }
        return out;
    }
}
