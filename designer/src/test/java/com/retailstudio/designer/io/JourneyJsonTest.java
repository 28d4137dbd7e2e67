package com.retailstudio.designer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.retailstudio.designer.TestJourneys;
import com.retailstudio.designer.model.EntryTrigger;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneyJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static void assertRoundTrips(Journey journey) throws Exception {
        String json = JourneyJson.toJson(journey);
        Journey read = JourneyJson.parse(json);
        assertEquals(journey, read);
        assertEquals(json, JourneyJson.toJson(read));
    }

    @Test
    void aJourneyWithEveryNodeTypeRoundTripsEqualAndByteIdentical() throws Exception {
        assertRoundTrips(TestJourneys.clean());
        assertRoundTrips(TestJourneys.everything());
    }

    @Test
    void scheduleAndAudienceEntriesRoundTrip() throws Exception {
        Journey j = TestJourneys.clean();
        assertRoundTrips(new Journey(j.id(), j.name(), j.description(), 1, j.goal(),
                new EntryTrigger.ScheduleTrigger(LocalDate.of(2026, 3, 2), LocalTime.of(9, 30), EntryTrigger.Repeat.WEEKLY),
                j.audience(), j.reEntry(), j.nodes(), j.edges(), j.guardrails(), j.objectives()));
        assertRoundTrips(new Journey(j.id(), j.name(), j.description(), 1, j.goal(),
                new EntryTrigger.AudienceTrigger("Lapsed VIPs", TestJourneys.everything().nodes().stream()
                        .filter(n -> n instanceof JourneyNode.ConditionSplit)
                        .map(n -> ((JourneyNode.ConditionSplit) n).branches().get(0).condition())
                        .findFirst().orElseThrow()),
                j.audience(), j.reEntry(), j.nodes(), j.edges(), j.guardrails(), j.objectives()));
    }

    @Test
    void theFileNamesNodeTypesNotJavaClassesAndStartsWithTheSchemaVersion() {
        String json = JourneyJson.toJson(TestJourneys.everything());
        assertTrue(json.startsWith("{\n  \"schemaVersion\": 1,\n  \"id\": \"everything\","), json);
        assertTrue(json.contains("\"type\": \"next_best_action\""));
        assertTrue(json.contains("\"type\": \"wait\""));
        assertTrue(json.contains("\"duration\": \"36h\""));
        assertTrue(json.contains("\"weight\": 45.5"));
        assertTrue(json.contains("\"x\": 1440,"));
        assertTrue(!json.contains("com.retailstudio"));
    }

    @Test
    void filesAreWrittenAndReadFromDisk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub").resolve("j.json");
        JourneyJson.write(TestJourneys.everything(), file);
        assertEquals(TestJourneys.everything(), JourneyJson.read(file));
    }

    @Test
    void writingOverAFileReplacesItWholeAndLeavesNoTemporaryFileBehind(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("j.json");
        Files.writeString(file, "{\"an\": \"older, much longer file that must not leave a tail behind\"}".repeat(200));
        JourneyJson.write(TestJourneys.everything(), file);
        assertEquals(JourneyJson.toJson(TestJourneys.everything()), Files.readString(file));
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(file), listing.toList());
        }
    }

    /** The full journey's file, changed by {@code edit}, then read: the error message. */
    static String errorAfter(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(JourneyJson.toJson(TestJourneys.everything()));
        edit.accept(root);
        String json = MAPPER.writeValueAsString(root);
        return assertThrows(JourneyFormatException.class, () -> JourneyJson.parse(json)).getMessage();
    }

    private static ObjectNode node(ObjectNode root, int index) {
        return (ObjectNode) root.get("nodes").get(index);
    }

    @Test
    void nonNumericSplitWeightIsNamedByItsPointer() throws Exception {
        assertEquals("/nodes/2/paths/0/weight: split weights must be numbers",
                errorAfter(r -> ((ObjectNode) node(r, 2).get("paths").get(0)).put("weight", "fifty")));
    }

    @Test
    void unknownNodeTypeListsTheKnownOnes() throws Exception {
        assertEquals("/nodes/4/type: \"delay\" is not a node type; use entry, wait, condition_split, random_split, "
                + "action, next_best_action or exit", errorAfter(r -> node(r, 4).put("type", "delay")));
    }

    @Test
    void missingRequiredFieldIsNamed() throws Exception {
        assertEquals("/goal/within: is required", errorAfter(r -> ((ObjectNode) r.get("goal")).remove("within")));
    }

    @Test
    void badDurationExplainsTheSyntax() throws Exception {
        assertEquals("/nodes/4/duration: \"3 days\" is not a duration (a whole number and m, h, d or w, e.g. 3d)",
                errorAfter(r -> node(r, 4).put("duration", "3 days")));
    }

    @Test
    void duplicateNodeIdNamesTheFirstUse() throws Exception {
        assertEquals("/nodes/5/id: node id \"split\" is already used by /nodes/1",
                errorAfter(r -> node(r, 5).put("id", "split")));
    }

    @Test
    void aMisspeltFieldIsRefusedNotIgnored() throws Exception {
        assertEquals("/guardrails/holdoutPercentage: unknown field \"holdoutPercentage\"",
                errorAfter(r -> ((ObjectNode) r.get("guardrails")).put("holdoutPercentage", 5)));
    }

    @Test
    void aNewerSchemaVersionIsRefusedWithTheReason() throws Exception {
        assertEquals("/schemaVersion: version 2 was written by a newer Retail Studio; this one reads version 1",
                errorAfter(r -> r.put("schemaVersion", 2)));
    }

    @Test
    void conditionErrorsPointIntoTheGroup() throws Exception {
        assertEquals("/nodes/1/branches/0/when/all/1/any/0/operator: \"bigger\" is not an operator; use equals, "
                + "not_equals, greater_than, at_least, less_than, at_most, in, not_in, contains",
                errorAfter(r -> ((ObjectNode) node(r, 1).get("branches").get(0).get("when").get("all").get(1)
                        .get("any").get(0)).put("operator", "bigger")));
        assertEquals("/audience: a condition group has exactly one of \"all\" or \"any\"",
                errorAfter(r -> ((ObjectNode) r.get("audience")).putArray("any")));
    }

    @Test
    void badChannelAndOfferAreNamed() throws Exception {
        assertEquals("/nodes/5/message/channel: \"fax\" is not a channel; use web, email, app_push, sms, "
                + "store_associate, digital_signage, paid_media",
                errorAfter(r -> ((ObjectNode) node(r, 5).get("message")).put("channel", "fax")));
        assertEquals("/nodes/3/candidates/0/message/offer/percent: the percentage off must be above 0 and below 100",
                errorAfter(r -> ((ObjectNode) node(r, 3).get("candidates").get(0).get("message").get("offer"))
                        .put("percent", 120)));
    }

    @Test
    void holdoutOutOfRangeIsRefused() throws Exception {
        assertEquals("/guardrails/holdoutPercent: the holdout must be between 0 and 100 percent",
                errorAfter(r -> ((ObjectNode) r.get("guardrails")).put("holdoutPercent", 150)));
    }

    @Test
    void textThatIsNotJsonSaysWhere() {
        JourneyFormatException e = assertThrows(JourneyFormatException.class,
                () -> JourneyJson.parse("{\n  \"schemaVersion\": 1,\n  \"id\": }"));
        assertTrue(e.getMessage().startsWith("/: not valid JSON at line 3, column"), e.getMessage());
        assertEquals("/: a journey file must be an object",
                assertThrows(JourneyFormatException.class, () -> JourneyJson.parse("[]")).getMessage());
    }

    @Test
    void aTransactionalMessageRoundTripsAndTheMarkIsWrittenOnlyWhenTrue() throws Exception {
        Journey clean = TestJourneys.clean();
        String before = JourneyJson.toJson(clean);
        assertTrue(!before.contains("transactional"), before);
        JourneyNode.Action email = (JourneyNode.Action) clean.node("email").orElseThrow();
        Journey marked = TestJourneys.replacing(clean, new JourneyNode.Action("email", email.title(), email.position(),
                email.message().withTransactional(true)));
        assertRoundTrips(marked);
        String json = JourneyJson.toJson(marked);
        assertTrue(json.contains("\"contentId\": \"cart-reminder\",\n        \"transactional\": true\n"), json);
        assertTrue(((JourneyNode.Action) JourneyJson.parse(json).node("email").orElseThrow()).message().transactional());
        // An explicit false reads as the default and is written back as nothing.
        String explicitFalse = json.replace("\"transactional\": true", "\"transactional\": false");
        Journey read = JourneyJson.parse(explicitFalse);
        assertEquals(clean, read);
        assertEquals(before, JourneyJson.toJson(read));
    }

    @Test
    void aTransactionalMarkThatIsNotABooleanIsNamed() throws Exception {
        assertEquals("/nodes/5/message/transactional: must be true or false",
                errorAfter(r -> ((ObjectNode) node(r, 5).get("message")).put("transactional", "yes")));
    }
}
