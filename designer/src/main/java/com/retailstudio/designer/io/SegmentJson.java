package com.retailstudio.designer.io;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.Segment;

/**
 * A saved segment as JSON, the body of each of its versions in the workspace:
 * {@code {"schemaVersion": 1, "id", "name", "description", "conditions": {"all": [...]}}}, conditions written exactly
 * as in a journey file. Read strictly, naming the JSON pointer of a bad value.
 */
public final class SegmentJson {
    /** The version of the format this code reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    private SegmentJson() {
    }

    public static Segment parse(String json) throws JourneyFormatException {
        JsonObject doc = JourneyReader.document(json, "segment", SCHEMA_VERSION);
        String id = doc.nonEmptyText("id");
        if (!Segment.ID.matcher(id).matches()) {
            throw new JourneyFormatException("/id", "\"" + id + "\" is not a segment id: use letters, digits, - and _");
        }
        String name = doc.nonEmptyText("name");
        String description = doc.text("description");
        Condition.Group conditions = ConditionReader.group(doc.required("conditions"), "/conditions");
        doc.noOtherMembers();
        return new Segment(id, name, description, conditions);
    }

    public static String toJson(Segment segment) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("id", segment.id());
        root.put("name", segment.name());
        root.put("description", segment.description());
        root.set("conditions", JourneyWriter.group(segment.conditions()));
        return JourneyWriter.print(root);
    }
}
