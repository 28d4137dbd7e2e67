package com.retailstudio.designer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.FrequencyCap;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.designer.model.PortfolioRules;
import com.retailstudio.designer.model.SegmentReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioRulesJsonTest {
    private static final Path EXAMPLE = Path.of("..", "docs", "examples", "default.portfolio.json");

    static PortfolioRules rules() {
        return new PortfolioRules("default", "Default rules",
                List.of(FrequencyCap.of(JourneyChannel.EMAIL, 3, Duration.ofDays(7)),
                        FrequencyCap.global(1, Duration.ofDays(1))),
                2.5, List.of("cart-recovery", "welcome-series"),
                List.of(new PortfolioRules.SuppressedSegment(new SegmentReference("lapsed", 3, "Lapsed"),
                        Condition.Group.all(new Condition.Comparison("events.purchase.count_90d", Operator.EQUALS,
                                new ConditionValue.NumberValue(0))))),
                Set.of("C00000007", "C00000003"));
    }

    @Test
    void rulesRoundTripEqualAndByteIdentical() throws Exception {
        String json = PortfolioRulesWriter.write(rules());
        PortfolioRules read = PortfolioRulesReader.parse(json);
        assertEquals(rules(), read);
        assertEquals(json, PortfolioRulesWriter.write(read));
        assertTrue(json.indexOf("C00000003") < json.indexOf("C00000007"), "customers are written sorted: " + json);
        assertTrue(json.contains("\"channel\": \"all\""), json);
        assertTrue(json.contains("\"globalControlPercent\": 2.5"), json);
    }

    @Test
    void theExampleInTheDocsReadsAndIsWrittenBackAsItIs(@TempDir Path dir) throws Exception {
        PortfolioRules example = PortfolioRulesReader.read(EXAMPLE);
        assertEquals(List.of("cart-recovery", "welcome-series", "winback"), example.priority());
        assertEquals(5, example.globalControlPercent());
        assertEquals(Files.readString(EXAMPLE), PortfolioRulesWriter.write(example));
    }

    @Test
    void writtenRulesAndTheExampleFollowThePublishedSchema() throws Exception {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                        .schemas(Map.of("https://retailstudio.example/schemas/journey.schema.json",
                                JourneySchema.json())))
                .getSchema(PortfolioSchema.json(), InputFormat.JSON);
        assertEquals(List.of(), schema.validate(PortfolioRulesWriter.write(rules()), InputFormat.JSON));
        assertEquals(List.of(), schema.validate(Files.readString(EXAMPLE), InputFormat.JSON));
        String badCap = PortfolioRulesWriter.write(rules()).replace("\"max\": 3", "\"max\": -1");
        assertEquals(1, schema.validate(badCap, InputFormat.JSON).size());
    }

    @Test
    void theShippedSchemaIsTheOneInTheDocs() throws Exception {
        assertEquals(Files.readString(Path.of("..", "docs", "portfolio.schema.json")), PortfolioSchema.json());
    }

    private static JourneyFormatException refused(String from, String to) {
        String json = PortfolioRulesWriter.write(rules());
        assertTrue(json.contains(from), from);
        return assertThrows(JourneyFormatException.class, () -> PortfolioRulesReader.parse(json.replace(from, to)));
    }

    @Test
    void aBadValueIsRefusedNamingItsPointer() {
        assertEquals("/caps/0/max", refused("\"max\": 3", "\"max\": -3").pointer());
        assertEquals("/caps/1/channel", refused("\"channel\": \"all\"", "\"channel\": \"fax\"").pointer());
        assertEquals("/caps/0/per", refused("\"per\": \"1w\"", "\"per\": \"soon\"").pointer());
        assertEquals("/caps", refused("\"channel\": \"email\"", "\"channel\": \"all\"").pointer());
        assertEquals("/globalControlPercent", refused("2.5", "120").pointer());
        assertEquals("/priority/1", refused("\"welcome-series\"", "\"cart-recovery\"").pointer());
        assertEquals("/priority/0", refused("\"cart-recovery\"", "\"cart recovery\"").pointer());
        assertEquals("/suppressedSegments/0/segment/version", refused("\"version\": 3", "\"version\": 0").pointer());
        assertEquals("/suppressedSegments/0/conditions/all/0/operator",
                refused("\"operator\": \"equals\"", "\"operator\": \"about\"").pointer());
        assertEquals("/suppressedCustomers/1", refused("\"C00000007\"", "\"C00000003\"").pointer());
        assertEquals("/suppressedCustomers/0", refused("\"C00000003\"", "\" C3\"").pointer());
        assertEquals("/owner", refused("\"name\": \"Default rules\"", "\"name\": \"D\", \"owner\": \"ana\"")
                .pointer());
        assertEquals("/schemaVersion", refused("\"schemaVersion\": 1", "\"schemaVersion\": 2").pointer());
        assertEquals("/id", refused("\"id\": \"default\"", "\"id\": \"my rules\"").pointer());
    }

    @Test
    void aBadFileIsRefusedNamingTheFileTheLineAndTheField(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rules.json");
        String json = PortfolioRulesWriter.write(rules());
        Files.writeString(file, json.replace("\"max\": 1,", "\"max\": \"one\","));
        PortfolioFormatException e = assertThrows(PortfolioFormatException.class,
                () -> PortfolioRulesReader.read(file));
        int line = json.lines().toList().indexOf("      \"max\": 1,") + 1;
        assertEquals(line, e.line());
        assertEquals("/caps/1/max", e.pointer());
        assertEquals(file + " line " + line + ", /caps/1/max: must be a whole number", e.getMessage());

        Files.writeString(file, json.replace("\"globalControlPercent\": 2.5,", ""));
        e = assertThrows(PortfolioFormatException.class, () -> PortfolioRulesReader.read(file));
        assertEquals("/globalControlPercent", e.pointer());
        assertEquals(1, e.line(), "a missing member is on the line of the object that lacks it");

        Files.writeString(file, "{\n  \"schemaVersion\": 1,\n  \"id\": \"x\"\n  \"name\": \"y\"\n}\n");
        e = assertThrows(PortfolioFormatException.class, () -> PortfolioRulesReader.read(file));
        assertEquals(4, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    }
}
