package com.retailstudio.app.signing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The one byte form of a JSON value that signatures are made over, so that re-indenting a file or reordering its
 * keys does not break a signature while any change of a value does.
 *
 * <p>The form: UTF-8, no whitespace between tokens, object keys sorted by their UTF-16 code units (as
 * {@link String#compareTo}), strings escaped as Jackson writes them, integers as written, other numbers as their exact
 * decimal value without an exponent (so {@code 0.10} stays {@code 0.10}: a changed number changes the signature). A
 * duplicated key is refused rather than resolved, because two readers could resolve it differently.
 */
public final class CanonicalJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private CanonicalJson() {
    }

    /** Parses JSON text as a tree whose numbers keep their exact value. */
    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON for signing: " + e.getOriginalMessage(), e);
        }
    }

    /** The canonical bytes of JSON text. */
    public static byte[] of(String json) {
        return of(parse(json));
    }

    /** The canonical bytes of a tree. */
    public static byte[] of(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(sorted(node)).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serialises", e);
        }
    }

    /** A new empty object of this form's node factory, for building statements to sign. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            ObjectNode copy = MAPPER.createObjectNode();
            names.forEach(name -> copy.set(name, sorted(node.get(name))));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = MAPPER.createArrayNode();
            node.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }
}
