package com.retailstudio.designer.dmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.io.JourneySchema;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.FieldCatalogue;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Operator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DmnExporterTest {

    private static String test(String field, Operator op, ConditionValue value) {
        return DmnExporter.unaryTest(new Condition.Comparison(field, op, value),
                FieldCatalogue.standard().lookup(field).orElseThrow());
    }

    private static ConditionValue.NumberValue n(double v) {
        return new ConditionValue.NumberValue(v);
    }

    private static ConditionValue.TextValue t(String v) {
        return new ConditionValue.TextValue(v);
    }

    @Test
    void markingMessagesTransactionalChangesNoExportedDecision() {
        for (String name : JourneyTemplates.NAMES) {
            Journey journey = JourneyTemplates.load(name).orElseThrow();
            List<JourneyNode> nodes = new ArrayList<>(journey.nodes());
            nodes.replaceAll(n -> n instanceof JourneyNode.Action a
                    ? new JourneyNode.Action(a.id(), a.title(), a.position(), a.message().withTransactional(true)) : n);
            assertTrue(nodes.stream().anyMatch(n -> n instanceof JourneyNode.Action), name);
            assertEquals(DmnExporter.toDmn(journey), DmnExporter.toDmn(journey.withNodes(nodes, journey.edges())),
                    name);
        }
    }

    @Test
    void eachOperatorBecomesTheFeelUnaryTestThatHoldsExactlyWhenTheSimulatorsComparisonHolds() {
        assertEquals("0.6", test("price_sensitivity", Operator.EQUALS, n(0.6)));
        assertEquals("not(null, 100)", test("lifetime_value", Operator.NOT_EQUALS, n(100)));
        assertEquals("> 2", test("events.purchase.count_30d", Operator.GREATER_THAN, n(2)));
        assertEquals(">= 0.7", test("price_sensitivity", Operator.AT_LEAST, n(0.7)));
        assertEquals("< 1", test("events.purchase.count_7d", Operator.LESS_THAN, n(1)));
        assertEquals("<= 1000000", test("lifetime_value", Operator.AT_MOST, n(1e6)));
        assertEquals("\"gold\"", test("loyalty_tier", Operator.EQUALS, t("gold")));
        assertEquals("not(null, \"gold\")", test("loyalty_tier", Operator.NOT_EQUALS, t("gold")));
        assertEquals("\"gold\", \"platinum\"", test("loyalty_tier", Operator.IN,
                new ConditionValue.ListValue(List.of(t("gold"), t("platinum")))));
        assertEquals("not(null, \"gold\", \"platinum\")", test("loyalty_tier", Operator.NOT_IN,
                new ConditionValue.ListValue(List.of(t("gold"), t("platinum")))));
        assertEquals("contains(?, \"Ber\")", test("country", Operator.CONTAINS, t("Ber")));
        assertEquals("true", test("consent.email_marketing", Operator.EQUALS, new ConditionValue.BooleanValue(true)));
        assertEquals("true", test("consent.email_marketing", Operator.NOT_EQUALS,
                new ConditionValue.BooleanValue(false)));
        assertEquals("date(\"2026-03-01\")", test("signup_date", Operator.EQUALS, t("2026-03-01")));
        assertEquals(">= date(\"2026-03-01\")", test("signup_date", Operator.AT_LEAST, t("2026-03-01")));
        // "never" is null and counts as longer ago than any duration
        assertEquals("null, > duration(\"PT720H\")", test("events.purchase.since_last", Operator.GREATER_THAN,
                t("30d")));
        assertEquals("null, >= duration(\"PT48H\")", test("events.purchase.since_last", Operator.AT_LEAST, t("2d")));
        assertEquals("< duration(\"PT168H\")", test("events.purchase.since_last", Operator.LESS_THAN, t("7d")));
    }

    @Test
    void textIsQuotedAndEscaped() {
        assertEquals("\"say \\\"hi\\\" \\\\ bye\"", DmnExporter.text("say \"hi\" \\ bye"));
    }

    @Test
    void groupsBecomeAnOrOfAndsSoEachAndIsOneRule() {
        Condition a = new Condition.Comparison("lifetime_value", Operator.AT_LEAST, n(1));
        Condition b = new Condition.Comparison("lifetime_value", Operator.AT_LEAST, n(2));
        Condition c = new Condition.Comparison("price_sensitivity", Operator.AT_LEAST, n(3));

        assertEquals(List.of(List.of(a, c), List.of(b, c)),
                DmnExporter.dnf(Condition.Group.all(Condition.Group.any(a, b), c)));
        assertEquals(List.of(List.of()), DmnExporter.dnf(Condition.Group.always()));
        assertEquals(List.of(List.of()), DmnExporter.dnf(new Condition.Group(Condition.Combinator.OR, List.of())));
    }

    @Test
    void aSplitIsAFirstHitTableWithItsBranchesInOrderAndElseAsTheLastRule() throws Exception {
        Journey journey = JourneyTemplates.load("cart-abandonment").orElseThrow();
        Document dmn = parse(DmnExporter.toDmn(journey));

        Element root = dmn.getDocumentElement();
        assertEquals("definitions", root.getLocalName());
        assertEquals(DmnExporter.DMN_NAMESPACE, root.getNamespaceURI());
        Element split = decision(dmn, DmnExporter.splitDecision("price-split"));
        Element table = (Element) split.getElementsByTagNameNS(DmnExporter.DMN_NAMESPACE, "decisionTable").item(0);
        assertEquals("FIRST", table.getAttribute("hitPolicy"));
        assertEquals(List.of("price_sensitivity", "consent.personalised_offers"), attributes(table, "input", "label"));
        List<List<String>> rules = new ArrayList<>();
        NodeList ruleNodes = table.getElementsByTagNameNS(DmnExporter.DMN_NAMESPACE, "rule");
        for (int i = 0; i < ruleNodes.getLength(); i++) {
            rules.add(texts((Element) ruleNodes.item(i)));
        }
        assertEquals(List.of(List.of(">= 0.6", "true", "\"sensitive\""), List.of("-", "-", "\"else\"")), rules);
    }

    @Test
    void everyTemplateExportsItsAudienceItsSplitsAndItsNextBestActions() throws Exception {
        for (String name : JourneyTemplates.NAMES) {
            Journey journey = JourneyTemplates.load(name).orElseThrow();
            Document dmn = parse(DmnExporter.toDmn(journey));
            List<String> expected = new ArrayList<>(List.of(DmnExporter.AUDIENCE_DECISION));
            for (JourneyNode node : journey.nodes()) {
                if (node instanceof JourneyNode.ConditionSplit) {
                    expected.add(DmnExporter.splitDecision(node.id()));
                } else if (node instanceof JourneyNode.NextBestAction) {
                    expected.add(DmnExporter.nbaDecision(node.id()));
                }
            }
            // the send hours follow, one per message sent at the best hour
            for (JourneyNode node : journey.nodes()) {
                if (node instanceof JourneyNode.Action a && a.sendAtBestHour()) {
                    expected.add(DmnExporter.sendHourDecision(a.id()));
                } else if (node instanceof JourneyNode.NextBestAction nba && nba.sendAtBestHour()) {
                    nba.candidates().forEach(c -> expected.add(DmnExporter.sendHourDecision(nba.id() + "/" + c.id())));
                }
            }
            assertEquals(expected, attributes(dmn.getDocumentElement(), "decision", "id"), name);
        }
    }

    @Test
    void aConditionOnAFieldOutsideTheCatalogueCannotBeExported() {
        Journey journey = JourneyTemplates.load("welcome-series").orElseThrow().withAudience(Condition.Group.all(
                new Condition.Comparison("shoe_size", Operator.AT_LEAST, n(40))));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DmnExporter.toDmn(journey));
        assertEquals("the field catalogue has no field shoe_size", e.getMessage());
    }

    @Test
    void variablesAreFeelNamesOfTheFieldPaths() {
        assertEquals("events_purchase_count_30d", DmnExporter.variable("events.purchase.count_30d"));
        assertEquals("journey_email_1_sent", DmnExporter.variable("journey.email-1.sent"));
        assertEquals("propensity_nba_pct", DmnExporter.propensityVariable("nba", "pct"));
    }

    /** Text an XML writer must escape: markup, an entity start, both quotes, a CDATA end and a non-BMP character. */
    static final String AWKWARD = "Spring <sale> & \"friends\" 'n' ]]> \uD83D\uDED2 caf\u00e9";

    /** The cart-abandonment template with {@link #AWKWARD} in its name, titles, branch label and a text comparison. */
    static Journey awkwardJourney() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = (ObjectNode) mapper.readTree(JourneyTemplates.json("cart-abandonment").orElseThrow());
        json.put("name", AWKWARD);
        for (JsonNode node : json.get("nodes")) {
            ((ObjectNode) node).put("title", AWKWARD + " " + node.get("id").asText());
            for (JsonNode branch : node.path("branches")) {
                ((ObjectNode) branch).put("label", AWKWARD);
                ((ArrayNode) branch.get("when").get("all")).addObject()
                        .put("field", "country").put("operator", "contains").put("value", AWKWARD);
            }
        }
        return JourneyJson.parse(mapper.writeValueAsString(json));
    }

    @Test
    void namesAndTextWithXmlSpecialCharactersSurviveInWellFormedXml() throws Exception {
        Document dmn = parse(DmnExporter.toDmn(awkwardJourney()));

        assertEquals(AWKWARD + " v1", dmn.getDocumentElement().getAttribute("name"));
        assertEquals("Audience eligibility of " + AWKWARD,
                decision(dmn, DmnExporter.AUDIENCE_DECISION).getAttribute("name"));
        Element split = decision(dmn, DmnExporter.splitDecision("price-split"));
        assertEquals(AWKWARD + " price-split", split.getAttribute("name"));
        Element rule = (Element) split.getElementsByTagNameNS(DmnExporter.DMN_NAMESPACE, "rule").item(0);
        assertEquals(List.of(">= 0.6", "true", "contains(?, " + DmnExporter.text(AWKWARD) + ")", "\"sensitive\""),
                texts(rule));
        assertTrue(rule.getElementsByTagNameNS(DmnExporter.DMN_NAMESPACE, "description").item(0).getTextContent()
                .startsWith(AWKWARD + ": "));
    }

    @Test
    void oneJourneyAlwaysExportsToTheSameBytes() throws Exception {
        for (String name : JourneyTemplates.NAMES) {
            assertEquals(DmnExporter.toDmn(JourneyTemplates.load(name).orElseThrow()),
                    DmnExporter.toDmn(JourneyTemplates.load(name).orElseThrow()), name);
        }
        assertEquals(DmnExporter.toDmn(awkwardJourney()), DmnExporter.toDmn(awkwardJourney()));
    }

    /**
     * The files under {@code exported/} are what the exporter wrote before it used an XML writer; a change to them is a
     * change to every production decision service's input, so it must be deliberate.
     */
    @Test
    void everyTemplateExportsToTheSameBytesAsTheReleasedExporter() throws Exception {
        for (String name : JourneyTemplates.NAMES) {
            try (var expected = DmnExporterTest.class.getResourceAsStream("exported/" + name + ".dmn")) {
                assertEquals(new String(expected.readAllBytes(), StandardCharsets.UTF_8),
                        DmnExporter.toDmn(JourneyTemplates.load(name).orElseThrow()), name);
            }
        }
    }

    @Test
    void theShippedJourneySchemaIsTheDocumentedOne() throws Exception {
        assertEquals(Files.readString(Path.of("../docs/journey.schema.json")), JourneySchema.json());
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element decision(Document dmn, String id) {
        NodeList decisions = dmn.getElementsByTagNameNS(DmnExporter.DMN_NAMESPACE, "decision");
        for (int i = 0; i < decisions.getLength(); i++) {
            Element e = (Element) decisions.item(i);
            if (e.getAttribute("id").equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no decision " + id);
    }

    private static List<String> attributes(Element parent, String tag, String attribute) {
        List<String> values = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagNameNS(DmnExporter.DMN_NAMESPACE, tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(((Element) nodes.item(i)).getAttribute(attribute));
        }
        return values;
    }

    private static List<String> texts(Element rule) {
        List<String> values = new ArrayList<>();
        NodeList nodes = rule.getElementsByTagNameNS(DmnExporter.DMN_NAMESPACE, "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }
}
