package com.retailstudio.designer.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.retailstudio.data.io.Utf8Text;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.FrequencyCap;
import com.retailstudio.designer.model.PortfolioRules;
import com.retailstudio.designer.model.SegmentReference;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the portfolio rules file format (docs/portfolio-format.md, docs/portfolio.schema.json) strictly: a bad value is
 * refused naming its JSON pointer, and, for a file, the file and the line it is on.
 */
public final class PortfolioRulesReader {
    /** The version of the format this code reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    private PortfolioRulesReader() {
    }

    /** Reads a portfolio rules file, naming the file and line of a bad value. */
    public static PortfolioRules read(Path file) throws IOException, PortfolioFormatException {
        String json = Utf8Text.read(file);
        try {
            return parse(json);
        } catch (JourneyFormatException e) {
            throw new PortfolioFormatException(file, JsonLines.lineOf(json, e), e);
        }
    }

    /** Reads portfolio rules from their JSON (a stored version's body), naming the JSON pointer of a bad value. */
    public static PortfolioRules parse(String json) throws JourneyFormatException {
        JsonObject doc = JourneyReader.document(json, "portfolio rules", SCHEMA_VERSION);
        String id = doc.nonEmptyText("id");
        if (!PortfolioRules.ID.matcher(id).matches()) {
            throw new JourneyFormatException("/id", "\"" + id + "\" is not a portfolio id: use letters, digits, - "
                    + "and _");
        }
        String name = doc.nonEmptyText("name");
        List<FrequencyCap> caps = doc.array("caps", GuardrailsReader::cap);
        if (caps.stream().filter(FrequencyCap::isGlobal).count() > 1) {
            throw new JourneyFormatException("/caps", "there can be only one cap for \"all\" channels");
        }
        double control = doc.number("globalControlPercent", "the global control must be a number of percent");
        if (!(control >= 0 && control <= 100)) {
            throw new JourneyFormatException("/globalControlPercent",
                    "the global control must be between 0 and 100 percent");
        }
        List<String> priority = doc.array("priority", PortfolioRulesReader::journeyId);
        Map<String, Integer> listed = new HashMap<>();
        for (int i = 0; i < priority.size(); i++) {
            Integer earlier = listed.putIfAbsent(priority.get(i), i);
            if (earlier != null) {
                throw new JourneyFormatException("/priority/" + i, "journey \"" + priority.get(i)
                        + "\" is already listed at /priority/" + earlier);
            }
        }
        List<PortfolioRules.SuppressedSegment> segments = doc.array("suppressedSegments",
                PortfolioRulesReader::suppressedSegment);
        Set<String> seenSegments = new LinkedHashSet<>();
        for (int i = 0; i < segments.size(); i++) {
            if (!seenSegments.add(segments.get(i).segment().id())) {
                throw new JourneyFormatException("/suppressedSegments/" + i + "/segment/id", "segment \""
                        + segments.get(i).segment().id() + "\" is suppressed twice");
            }
        }
        List<String> customers = doc.array("suppressedCustomers", PortfolioRulesReader::customerId);
        Set<String> distinct = new LinkedHashSet<>();
        for (int i = 0; i < customers.size(); i++) {
            if (!distinct.add(customers.get(i))) {
                throw new JourneyFormatException("/suppressedCustomers/" + i, "customer \"" + customers.get(i)
                        + "\" is listed twice");
            }
        }
        doc.noOtherMembers();
        return new PortfolioRules(id, name, caps, control, priority, segments, distinct);
    }

    private static String journeyId(JsonNode node, String pointer) throws JourneyFormatException {
        if (!node.isTextual() || !PortfolioRules.ID.matcher(node.asText()).matches()) {
            throw new JourneyFormatException(pointer, node + " is not a journey id: use letters, digits, - and _");
        }
        return node.asText();
    }

    private static String customerId(JsonNode node, String pointer) throws JourneyFormatException {
        if (!node.isTextual() || node.asText().isBlank() || !node.asText().strip().equals(node.asText())) {
            throw new JourneyFormatException(pointer, node + " is not a customer id: text without spaces around it");
        }
        return node.asText();
    }

    private static PortfolioRules.SuppressedSegment suppressedSegment(JsonNode node, String pointer)
            throws JourneyFormatException {
        JsonObject o = JsonObject.of(node, pointer, "a suppressed segment");
        SegmentReference segment = JourneyReader.segmentReference(o.object("segment", "the segment"));
        Condition.Group conditions = ConditionReader.group(o.required("conditions"), o.at("conditions"));
        o.noOtherMembers();
        return new PortfolioRules.SuppressedSegment(segment, conditions);
    }
}
