package com.retailstudio.markdown.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.retailstudio.markdown.io.RuleBookJson;
import com.retailstudio.markdown.model.RuleBook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario as JSON: {@code {"schemaVersion": 1, "name": "…", "rules": {rule book, as RuleBookJson}, "changes":
 * [{"product_id": "P00017", "store_id": "S001", "week": "2026-09-07", "price": 6.99}]}}; {@code changes} may be
 * missing. Reading errors start with the JSON pointer of the bad value.
 */
public final class ScenarioJson {

    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScenarioJson() {
    }

    public static String write(Scenario scenario) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("name", scenario.name());
        root.set("rules", RuleBookJson.toTree(scenario.rules()));
        ArrayNode changes = root.putArray("changes");
        for (Scenario.HandChange c : scenario.changes()) {
            ObjectNode node = changes.addObject();
            node.put("product_id", c.productId());
            node.put("store_id", c.storeId());
            node.put("week", c.week().toString());
            node.put("price", BigDecimal.valueOf(c.cents(), 2));
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a scenario always serialises", e);
        }
    }

    /** Reads a scenario; a problem is an {@link IllegalArgumentException} whose message starts with the pointer. */
    public static Scenario read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the scenario is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("a scenario must be a JSON object");
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.isInt() || version.intValue() != SCHEMA_VERSION) {
            throw new IllegalArgumentException("/schemaVersion must be " + SCHEMA_VERSION + ", not " + version);
        }
        JsonNode name = root.get("name");
        if (name == null || !name.isTextual() || name.textValue().isBlank()) {
            throw new IllegalArgumentException("/name must be a non-empty text");
        }
        RuleBook rules;
        try {
            rules = RuleBookJson.fromTree(root.get("rules"));
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            throw new IllegalArgumentException(message.startsWith("/") ? "/rules" + message : "/rules: " + message, e);
        }
        List<Scenario.HandChange> changes = new ArrayList<>();
        JsonNode list = root.get("changes");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                throw new IllegalArgumentException("/changes must be an array");
            }
            for (int i = 0; i < list.size(); i++) {
                changes.add(change(list.get(i), "/changes/" + i));
            }
        }
        return new Scenario(name.textValue(), rules, changes);
    }

    private static Scenario.HandChange change(JsonNode node, String at) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(at + " must be an object");
        }
        String product = text(node, "product_id", at);
        String store = text(node, "store_id", at);
        LocalDate week;
        try {
            week = LocalDate.parse(text(node, "week", at));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(at + "/week must be a date like 2026-09-07, not "
                    + node.get("week"));
        }
        JsonNode price = node.get("price");
        if (price == null || !price.isNumber() || !(price.doubleValue() > 0)) {
            throw new IllegalArgumentException(at + "/price must be a positive number, not " + price);
        }
        return new Scenario.HandChange(product, store, week, (int) Math.round(price.doubleValue() * 100));
    }

    private static String text(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            throw new IllegalArgumentException(at + "/" + field + " must be a non-empty text, not " + value);
        }
        return value.textValue();
    }
}
