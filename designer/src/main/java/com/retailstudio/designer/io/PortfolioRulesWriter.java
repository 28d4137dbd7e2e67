package com.retailstudio.designer.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.retailstudio.designer.model.PortfolioRules;

/**
 * Writes portfolio rules in their file format, canonically: suppressed customers sorted, so that read → write of a
 * written file is byte-identical and two versions differ only where the rules do.
 */
public final class PortfolioRulesWriter {

    private PortfolioRulesWriter() {
    }

    public static String write(PortfolioRules rules) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("schemaVersion", PortfolioRulesReader.SCHEMA_VERSION);
        root.put("id", rules.id());
        root.put("name", rules.name());
        ArrayNode caps = root.putArray("caps");
        rules.caps().forEach(cap -> caps.add(JourneyWriter.cap(cap)));
        JourneyWriter.number(root, "globalControlPercent", rules.globalControlPercent());
        ArrayNode priority = root.putArray("priority");
        rules.priority().forEach(priority::add);
        ArrayNode segments = root.putArray("suppressedSegments");
        for (PortfolioRules.SuppressedSegment suppressed : rules.suppressedSegments()) {
            ObjectNode o = segments.addObject();
            o.set("segment", JourneyWriter.segmentReference(suppressed.segment()));
            o.set("conditions", JourneyWriter.group(suppressed.conditions()));
        }
        ArrayNode customers = root.putArray("suppressedCustomers");
        rules.suppressedCustomers().stream().sorted().forEach(customers::add);
        return JourneyWriter.print(root);
    }
}
