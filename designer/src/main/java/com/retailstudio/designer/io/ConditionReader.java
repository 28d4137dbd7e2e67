package com.retailstudio.designer.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.Operator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the structured conditions of a journey file (an entry's audience and filters, a split's branches) and of a
 * saved segment: groups of "all" or "any", comparisons of a field with a value, and nested groups.
 */
final class ConditionReader {

    private ConditionReader() {
    }

    static Condition.Group group(JsonNode node, String pointer) throws JourneyFormatException {
        JsonObject o = JsonObject.of(node, pointer, "a condition group");
        boolean all = o.has("all");
        boolean any = o.has("any");
        if (all == any) {
            throw new JourneyFormatException(pointer, "a condition group has exactly one of \"all\" or \"any\"");
        }
        String member = all ? "all" : "any";
        List<Condition> conditions = o.array(member, ConditionReader::condition);
        o.noOtherMembers();
        return new Condition.Group(all ? Condition.Combinator.AND : Condition.Combinator.OR, conditions);
    }

    private static Condition condition(JsonNode node, String pointer) throws JourneyFormatException {
        if (node != null && node.isObject() && (node.has("all") || node.has("any"))) {
            return group(node, pointer);
        }
        JsonObject o = JsonObject.of(node, pointer, "a condition");
        String field = o.nonEmptyText("field");
        Operator operator = o.parsed("operator", Operator::fromJson, "\"{}\" is not an operator; use "
                + String.join(", ", Arrays.stream(Operator.values()).map(Operator::json).toList()));
        ConditionValue value = value(o.required("value"), o.at("value"));
        o.noOtherMembers();
        return new Condition.Comparison(field, operator, value);
    }

    private static ConditionValue value(JsonNode node, String pointer) throws JourneyFormatException {
        if (node.isNumber()) {
            return new ConditionValue.NumberValue(node.asDouble());
        }
        if (node.isTextual()) {
            return new ConditionValue.TextValue(node.asText());
        }
        if (node.isBoolean()) {
            return new ConditionValue.BooleanValue(node.asBoolean());
        }
        if (node.isArray()) {
            List<ConditionValue> values = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                JsonNode element = node.get(i);
                if (element.isArray() || element.isObject() || element.isNull()) {
                    throw new JourneyFormatException(pointer + "/" + i, "a list holds numbers, texts or yes/no values");
                }
                values.add(value(element, pointer + "/" + i));
            }
            return new ConditionValue.ListValue(values);
        }
        throw new JourneyFormatException(pointer, "a condition value is a number, a text, true/false or a list");
    }
}
