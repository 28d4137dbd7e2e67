package com.retailstudio.markdown.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.retailstudio.markdown.model.MarkdownRules;
import com.retailstudio.markdown.model.Objective;
import com.retailstudio.markdown.model.RuleBook;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rule book as JSON, as the workspace keeps it: {@code {"schemaVersion": 1, "objective": "margin", "defaults":
 * {…}, "categories": {"toys": {…}}}} ({@code objective} "margin" or "revenue", missing = margin;
 * {@code plan_markdown_budget} the most markdown cost of the whole plan in currency, null or missing = none). Each
 * rules object
 * has {@code ladder} (shares off full price), {@code price_endings} (cents),
 * {@code max_depth}, {@code first_markdown_min_depth}, {@code min_weeks_between}, {@code max_markdowns},
 * {@code no_markdown_before_week}, {@code exit_week}, {@code salvage_rate} and {@code sell_through_target} (null =
 * the product's own or none), {@code markdown_budget} (currency per product and planning unit; null or missing =
 * none) and {@code cluster_pricing}. Reading names the field of any problem. The workspace's
 * {@code markdown_rules} document, a markdown plan document's {@code rules} and {@code plan import --rules} files all
 * use this one format.
 */
public final class RuleBookJson {

    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private RuleBookJson() {
    }

    public static String write(RuleBook book) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(toTree(book));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a rule book always serialises", e);
        }
    }

    /** The rule book as a JSON object, for a document that embeds it (a markdown plan keeps the rules it must keep). */
    public static ObjectNode toTree(RuleBook book) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("objective", book.objective().label());
        if (book.hasPlanMarkdownBudget()) {
            root.put("plan_markdown_budget", book.planMarkdownBudget());
        } else {
            root.putNull("plan_markdown_budget");
        }
        root.set("defaults", rules(book.defaults()));
        ObjectNode categories = root.putObject("categories");
        new TreeMap<>(book.byCategory()).forEach((category, rules) -> categories.set(category, rules(rules)));
        return root;
    }

    /** Reads a rule book; a problem is reported as an {@link IllegalArgumentException} naming the field. */
    public static RuleBook read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the markdown rules are not JSON: " + e.getOriginalMessage());
        }
        RuleBook book;
        try {
            book = fromTree(root);
        } catch (IllegalArgumentException e) {
            // "/defaults/max_depth is missing" because it was written max_dept: the misspelling says more
            refuseUnknownFields(json, root, toTree(RuleBook.standard()));
            throw e;
        }
        refuseUnknownFields(json, root, toTree(book));
        return book;
    }

    /**
     * A rules file is refused, as a journey file is, when it holds a field this format does not have: a misspelt
     * {@code max_dept} would otherwise leave the rule at its default without a word. The known fields are those the
     * writer writes for the book read, so a field added to the format is known here at once.
     */
    private static void refuseUnknownFields(String json, JsonNode root, ObjectNode written) {
        JsonNode rulesFields = written.get("defaults");
        List<String> unknown = new ArrayList<>();
        unknownFields(root, written, "", unknown);
        unknownFields(root.get("defaults"), rulesFields, "/defaults", unknown);
        JsonNode categories = root.get("categories");
        if (categories != null && categories.isObject()) {
            categories.fields().forEachRemaining(category -> unknownFields(category.getValue(), rulesFields,
                    "/categories/" + category.getKey(), unknown));
        }
        if (!unknown.isEmpty()) {
            String pointer = unknown.get(0);
            String parent = pointer.substring(0, pointer.lastIndexOf('/'));
            JsonNode known = parent.isEmpty() ? written : rulesFields;
            List<String> names = new ArrayList<>();
            known.fieldNames().forEachRemaining(names::add);
            throw new IllegalArgumentException(pointer + lineOf(json, pointer) + " is not a field of the markdown "
                    + "rules (" + (parent.isEmpty() ? "the file" : parent) + " has " + String.join(", ", names) + ")");
        }
    }

    private static void unknownFields(JsonNode node, JsonNode known, String at, List<String> unknown) {
        if (node == null || !node.isObject() || known == null) {
            return;
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!known.has(name)) {
                unknown.add(at + "/" + name);
            }
        });
    }

    /** " at line N" for the field the pointer names, found by reading the text again; empty if not found. */
    private static String lineOf(String json, String pointer) {
        try (JsonParser parser = JSON.getFactory().createParser(json)) {
            for (var token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME
                        && parser.getParsingContext().pathAsPointer().toString().equals(pointer)) {
                    return " at line " + parser.currentTokenLocation().getLineNr();
                }
            }
        } catch (IOException e) {
            // the text was read once already; without a line the pointer still names the field
        }
        return "";
    }

    /**
     * Reads a rule book from a JSON object (e.g. one embedded in a plan document); a problem is reported as an
     * {@link IllegalArgumentException} whose message starts with the JSON pointer, relative to the object, of the bad
     * value.
     */
    public static RuleBook fromTree(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the markdown rules must be a JSON object");
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.isInt() || version.intValue() != SCHEMA_VERSION) {
            throw new IllegalArgumentException("/schemaVersion must be " + SCHEMA_VERSION + ", not " + version);
        }
        Objective objective = Objective.MARGIN;
        JsonNode objectiveNode = root.get("objective");
        if (objectiveNode != null && !objectiveNode.isNull()) {
            if (!objectiveNode.isTextual()) {
                throw new IllegalArgumentException("/objective must be \"margin\" or \"revenue\", not " + objectiveNode);
            }
            try {
                objective = Objective.parse(objectiveNode.textValue());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("/objective must be \"margin\" or \"revenue\", not "
                        + objectiveNode);
            }
        }
        double planBudget = Double.NaN;
        JsonNode budgetNode = root.get("plan_markdown_budget");
        if (budgetNode != null && !budgetNode.isNull()) {
            if (!budgetNode.isNumber()) {
                throw new IllegalArgumentException("/plan_markdown_budget must be a number, not " + budgetNode);
            }
            planBudget = budgetNode.doubleValue();
            if (!(planBudget >= 0 && planBudget < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("/plan_markdown_budget must be 0 or more, not " + budgetNode);
            }
        }
        MarkdownRules defaults = rules(root.get("defaults"), "/defaults");
        Map<String, MarkdownRules> categories = new TreeMap<>();
        JsonNode byCategory = root.get("categories");
        if (byCategory != null && !byCategory.isNull()) {
            if (!byCategory.isObject()) {
                throw new IllegalArgumentException("/categories must be an object");
            }
            Iterator<Map.Entry<String, JsonNode>> fields = byCategory.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                categories.put(e.getKey(), rules(e.getValue(), "/categories/" + e.getKey()));
            }
        }
        return new RuleBook(defaults, categories, objective, planBudget);
    }

    private static ObjectNode rules(MarkdownRules r) {
        ObjectNode node = JSON.createObjectNode();
        ArrayNode ladder = node.putArray("ladder");
        r.ladder().forEach(ladder::add);
        ArrayNode endings = node.putArray("price_endings");
        r.priceEndings().forEach(endings::add);
        node.put("max_depth", r.maxDepth());
        node.put("first_markdown_min_depth", r.firstMarkdownMinDepth());
        node.put("min_weeks_between", r.minWeeksBetween());
        node.put("max_markdowns", r.maxMarkdowns());
        node.put("no_markdown_before_week", r.noMarkdownBeforeWeek());
        if (r.exitWeek() < 0) {
            node.putNull("exit_week");
        } else {
            node.put("exit_week", r.exitWeek());
        }
        putOrNull(node, "salvage_rate", r.salvageRate());
        putOrNull(node, "sell_through_target", r.sellThroughTarget());
        putOrNull(node, "markdown_budget", r.markdownBudget());
        node.put("cluster_pricing", r.clusterPricing());
        return node;
    }

    private static void putOrNull(ObjectNode node, String name, double value) {
        if (Double.isNaN(value)) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }

    /**
     * Sets the fields one by one on the defaults, so that an impossible value is reported under its own field (each
     * rule's range is checked on its own) and a rule added to the model later keeps its default in older files.
     */
    private static MarkdownRules rules(JsonNode node, String at) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(at + " must be an object of rules");
        }
        MarkdownRules r = MarkdownRules.defaults();
        String name = "ladder";
        try {
            r = r.withLadder(doubles(node, name, at));
            name = "price_endings";
            r = r.withPriceEndings(ints(node, name, at));
            name = "max_depth";
            r = r.withMaxDepth(number(node, name, at, false));
            name = "first_markdown_min_depth";
            if (node.has(name)) {
                r = r.withFirstMarkdownMinDepth(number(node, name, at, false));
            }
            name = "min_weeks_between";
            r = r.withMinWeeksBetween(whole(node, name, at));
            name = "max_markdowns";
            r = r.withMaxMarkdowns(whole(node, name, at));
            name = "no_markdown_before_week";
            r = r.withNoMarkdownBeforeWeek(whole(node, name, at));
            name = "exit_week";
            r = r.withExitWeek(node.hasNonNull(name) ? whole(node, name, at) : -1);
            name = "salvage_rate";
            r = r.withSalvageRate(number(node, name, at, true));
            name = "sell_through_target";
            r = r.withSellThroughTarget(number(node, name, at, true));
            name = "markdown_budget";
            if (node.has(name)) {
                r = r.withMarkdownBudget(number(node, name, at, true));
            }
            name = "cluster_pricing";
            return r.withClusterPricing(bool(node, name, at));
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("/")) {
                throw e;
            }
            throw new IllegalArgumentException(at + "/" + name + " is not a valid rule: " + e.getMessage(), e);
        }
    }

    private static JsonNode field(JsonNode node, String name, String at) {
        JsonNode value = node.get(name);
        if (value == null) {
            throw new IllegalArgumentException(at + "/" + name + " is missing");
        }
        return value;
    }

    private static double number(JsonNode node, String name, String at, boolean nullable) {
        JsonNode value = field(node, name, at);
        if (nullable && value.isNull()) {
            return Double.NaN;
        }
        if (!value.isNumber()) {
            throw new IllegalArgumentException(at + "/" + name + " must be a number, not " + value);
        }
        return value.doubleValue();
    }

    private static int whole(JsonNode node, String name, String at) {
        JsonNode value = field(node, name, at);
        if (!value.isInt()) {
            throw new IllegalArgumentException(at + "/" + name + " must be a whole number, not " + value);
        }
        return value.intValue();
    }

    private static boolean bool(JsonNode node, String name, String at) {
        JsonNode value = field(node, name, at);
        if (!value.isBoolean()) {
            throw new IllegalArgumentException(at + "/" + name + " must be true or false, not " + value);
        }
        return value.booleanValue();
    }

    private static List<Double> doubles(JsonNode node, String name, String at) {
        JsonNode value = field(node, name, at);
        if (!value.isArray()) {
            throw new IllegalArgumentException(at + "/" + name + " must be an array of numbers");
        }
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isNumber()) {
                throw new IllegalArgumentException(at + "/" + name + "/" + i + " must be a number");
            }
            out.add(value.get(i).doubleValue());
        }
        return out;
    }

    private static List<Integer> ints(JsonNode node, String name, String at) {
        JsonNode value = field(node, name, at);
        if (!value.isArray()) {
            throw new IllegalArgumentException(at + "/" + name + " must be an array of whole numbers");
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isInt()) {
                throw new IllegalArgumentException(at + "/" + name + "/" + i + " must be a whole number");
            }
            out.add(value.get(i).intValue());
        }
        return out;
    }
}
