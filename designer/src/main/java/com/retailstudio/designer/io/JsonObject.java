package com.retailstudio.designer.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A JSON object being read, with its pointer: typed getters that fail with the pointer of the bad member, and a
 * final check that no unknown member was left (a misspelt field must not be ignored silently).
 */
final class JsonObject {
    private final JsonNode node;
    private final String pointer;
    private final Set<String> read = new HashSet<>();

    private JsonObject(JsonNode node, String pointer) {
        this.node = node;
        this.pointer = pointer;
    }

    static JsonObject of(JsonNode node, String pointer, String what) throws JourneyFormatException {
        if (node == null || !node.isObject()) {
            throw new JourneyFormatException(pointer, what + " must be an object");
        }
        return new JsonObject(node, pointer);
    }

    String pointer() {
        return pointer;
    }

    String at(String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    boolean has(String name) {
        return node.has(name) && !node.get(name).isNull();
    }

    JsonNode required(String name) throws JourneyFormatException {
        read.add(name);
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new JourneyFormatException(at(name), "is required");
        }
        return value;
    }

    Optional<JsonNode> optional(String name) {
        read.add(name);
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    String text(String name) throws JourneyFormatException {
        JsonNode value = required(name);
        if (!value.isTextual()) {
            throw new JourneyFormatException(at(name), "must be text");
        }
        return value.asText();
    }

    String nonEmptyText(String name) throws JourneyFormatException {
        String text = text(name);
        if (text.isBlank()) {
            throw new JourneyFormatException(at(name), "must not be empty");
        }
        return text;
    }

    Optional<String> optionalText(String name) throws JourneyFormatException {
        Optional<JsonNode> value = optional(name);
        if (value.isPresent() && !value.get().isTextual()) {
            throw new JourneyFormatException(at(name), "must be text");
        }
        return value.map(JsonNode::asText);
    }

    double number(String name, String mustBe) throws JourneyFormatException {
        JsonNode value = required(name);
        if (!value.isNumber()) {
            throw new JourneyFormatException(at(name), mustBe);
        }
        return value.asDouble();
    }

    int integer(String name) throws JourneyFormatException {
        JsonNode value = required(name);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new JourneyFormatException(at(name), "must be a whole number");
        }
        return value.asInt();
    }

    boolean bool(String name) throws JourneyFormatException {
        JsonNode value = required(name);
        if (value.getNodeType() != JsonNodeType.BOOLEAN) {
            throw new JourneyFormatException(at(name), "must be true or false");
        }
        return value.asBoolean();
    }

    JsonObject object(String name, String what) throws JourneyFormatException {
        return of(required(name), at(name), what);
    }

    /** Reads each element of an array member with its pointer. */
    <T> List<T> array(String name, ElementReader<T> reader) throws JourneyFormatException {
        JsonNode value = required(name);
        if (!value.isArray()) {
            throw new JourneyFormatException(at(name), "must be a list");
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            out.add(reader.read(value.get(i), at(name) + "/" + i));
        }
        return out;
    }

    /** Parses a text member, failing with {@code reason} when the parser finds nothing. */
    <T> T parsed(String name, Function<String, Optional<T>> parser, String reason) throws JourneyFormatException {
        String text = text(name);
        return parser.apply(text).orElseThrow(() -> new JourneyFormatException(at(name), reason.replace("{}", text)));
    }

    /** Fails on the first member that was never asked for. */
    void noOtherMembers() throws JourneyFormatException {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!read.contains(name)) {
                throw new JourneyFormatException(at(name), "unknown field \"" + name + "\"");
            }
        }
    }

    /** Reads one element of an array. */
    @FunctionalInterface
    interface ElementReader<T> {
        T read(JsonNode element, String pointer) throws JourneyFormatException;
    }
}
