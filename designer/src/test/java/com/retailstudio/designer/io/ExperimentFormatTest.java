package com.retailstudio.designer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.retailstudio.designer.TestJourneys;
import com.retailstudio.designer.model.Experiment;
import com.retailstudio.designer.model.JourneyNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A random split's experiment rule in journey files: written, read back, and refused with the field named. */
class ExperimentFormatTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static ObjectNode experiment(ObjectNode root) {
        for (var node : (ArrayNode) root.get("nodes")) {
            if (node.has("experiment")) {
                return (ObjectNode) node.get("experiment");
            }
        }
        throw new AssertionError("no experiment");
    }

    private static String edited(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(JourneyJson.toJson(TestJourneys.everything()));
        edit.accept(experiment(root));
        return MAPPER.writeValueAsString(root);
    }

    private static String refusal(String json) {
        return assertThrows(JourneyFormatException.class, () -> JourneyJson.parse(json)).getMessage();
    }

    @Test
    void theRuleIsWrittenAndReadBack() throws Exception {
        String json = JourneyJson.toJson(TestJourneys.everything());
        assertEquals("{\"decision\":\"pick_winner\",\"decideAfterDays\":28,\"alpha\":0.05}",
                MAPPER.writeValueAsString(experiment((ObjectNode) MAPPER.readTree(json))));
        JourneyNode.RandomSplit split = (JourneyNode.RandomSplit) JourneyJson.parse(json).node("ab").orElseThrow();
        assertEquals(Optional.of(Experiment.pickWinner(28, 0.05)), split.experiment());
        String fixed = edited(e -> {
            e.put("decision", "fixed_horizon");
            e.remove("decideAfterDays");
            e.remove("alpha");
        });
        assertEquals(Optional.of(Experiment.fixedHorizon(0.05)),
                ((JourneyNode.RandomSplit) JourneyJson.parse(fixed).node("ab").orElseThrow()).experiment());
        assertEquals(List.of(), PublishedSchema.problems(fixed));
    }

    @Test
    void badRulesAreRefusedAtTheirFieldByTheReaderAndTheSchema() throws Exception {
        String unknown = edited(e -> e.put("decision", "best_guess"));
        assertEquals("/nodes/2/experiment/decision: \"best_guess\" is not an experiment decision; use fixed_horizon "
                + "or pick_winner", refusal(unknown));
        assertFalse(PublishedSchema.problems(unknown).isEmpty());
        String noDays = edited(e -> e.remove("decideAfterDays"));
        assertEquals("/nodes/2/experiment/decideAfterDays: is required", refusal(noDays));
        assertFalse(PublishedSchema.problems(noDays).isEmpty());
        String zeroDays = edited(e -> e.put("decideAfterDays", 0));
        assertEquals("/nodes/2/experiment/decideAfterDays: a winner is picked after 1 day or more", refusal(zeroDays));
        assertFalse(PublishedSchema.problems(zeroDays).isEmpty());
        String alpha = edited(e -> e.put("alpha", 1.5));
        assertEquals("/nodes/2/experiment/alpha: the significance level must lie between 0 and 1, e.g. 0.05",
                refusal(alpha));
        assertFalse(PublishedSchema.problems(alpha).isEmpty());
        String daysOnFixed = edited(e -> e.put("decision", "fixed_horizon"));
        assertEquals("/nodes/2/experiment/decideAfterDays: a fixed-horizon experiment has no decision day; remove it "
                + "or use pick_winner", refusal(daysOnFixed));
        assertFalse(PublishedSchema.problems(daysOnFixed).isEmpty());
        String extra = edited(e -> e.put("winner", "a"));
        assertFalse(PublishedSchema.problems(extra).isEmpty());
        refusal(extra);
    }
}
