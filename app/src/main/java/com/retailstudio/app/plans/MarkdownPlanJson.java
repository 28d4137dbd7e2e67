package com.retailstudio.app.plans;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.retailstudio.markdown.model.MarkdownRules;
import com.retailstudio.markdown.model.PlanSummary;
import com.retailstudio.markdown.model.PriceChange;
import com.retailstudio.markdown.model.PricePath;
import com.retailstudio.markdown.model.RuleBook;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads and writes the markdown plan document (docs/approvals.md, "Markdown plan documents"): JSON with
 * {@code schemaVersion}, keys in a fixed order, prices in currency units with two decimals, NaN rule values as
 * {@code null}. Reading names the JSON pointer of the first missing or malformed value.
 */
public final class MarkdownPlanJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MarkdownPlanJson() {
    }

    public static String write(MarkdownPlanDocument plan) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", MarkdownPlanDocument.SCHEMA_VERSION);
        root.put("kind", "markdown-plan");
        root.put("id", plan.id());
        root.put("name", plan.name());
        root.put("asOfWeek", plan.asOfWeek().toString());
        plan.dataSetFingerprint().ifPresentOrElse(f -> root.put("dataSetFingerprint", f),
                () -> root.putNull("dataSetFingerprint"));
        writeRuleBook(root.putObject("rules"), plan.rules());
        writeSummary(root.putObject("summary"), plan.summary());
        ArrayNode paths = root.putArray("paths");
        for (PricePath path : plan.paths()) {
            ObjectNode node = paths.addObject();
            node.put("productId", path.productId());
            node.put("storeId", path.storeId());
            node.put("category", path.category());
            node.put("cluster", path.cluster());
            node.put("fullPrice", money(path.fullCents()));
            node.put("currentPrice", money(path.currentCents()));
            node.put("firstWeek", path.firstWeek().toString());
            node.put("seasonWeek", path.seasonWeek());
            node.put("seasonWeeks", path.seasonWeeks());
            node.put("markdownsTaken", path.markdownsTaken());
            node.put("weeksSinceLastMarkdown", path.weeksSinceLast());
            ArrayNode prices = node.putArray("prices");
            for (int cents : path.planCents()) {
                prices.add(money(cents));
            }
        }
        ArrayNode changes = root.putArray("priceChanges");
        for (PriceChange change : plan.priceChanges()) {
            writeChange(changes.addObject(), change);
        }
        return toText(root);
    }

    /** One price-change row as the bundle's {@code price-changes.json} writes it (the CSV's column names). */
    public static void writeChange(ObjectNode node, PriceChange change) {
        node.put("store_id", change.storeId());
        node.put("product_id", change.productId());
        node.put("effective_date", change.effectiveDate().toString());
        node.put("old_price", BigDecimal.valueOf(change.oldPrice()).setScale(2, RoundingMode.HALF_UP));
        node.put("new_price", BigDecimal.valueOf(change.newPrice()).setScale(2, RoundingMode.HALF_UP));
        node.put("discount_pct", BigDecimal.valueOf(change.discountPct()).setScale(1, RoundingMode.HALF_UP));
    }

    public static String toText(JsonNode root) {
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serialises", e);
        }
    }

    public static MarkdownPlanDocument read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new MarkdownPlanFormatException("the plan is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new MarkdownPlanFormatException("the plan is not a JSON object");
        }
        JsonNode kind = root.get("kind");
        if (kind != null && !"markdown-plan".equals(kind.asText())) {
            throw new MarkdownPlanFormatException("/kind is '" + kind.asText() + "'; a markdown plan has kind "
                    + "'markdown-plan'");
        }
        int schemaVersion = integer(root, "schemaVersion", "");
        if (schemaVersion != MarkdownPlanDocument.SCHEMA_VERSION) {
            throw new MarkdownPlanFormatException("/schemaVersion is " + schemaVersion + "; this version reads "
                    + "markdown plans of schema version " + MarkdownPlanDocument.SCHEMA_VERSION);
        }
        JsonNode fingerprint = root.get("dataSetFingerprint");
        RuleBook rules = readRuleBook(required(root, "rules", ""), "/rules");
        List<PricePath> paths = new ArrayList<>();
        JsonNode pathNodes = array(root, "paths", "");
        for (int i = 0; i < pathNodes.size(); i++) {
            paths.add(readPath(pathNodes.get(i), "/paths/" + i));
        }
        List<PriceChange> changes = new ArrayList<>();
        JsonNode changeNodes = array(root, "priceChanges", "");
        for (int i = 0; i < changeNodes.size(); i++) {
            changes.add(readChange(changeNodes.get(i), "/priceChanges/" + i));
        }
        return new MarkdownPlanDocument(text(root, "id", ""), text(root, "name", ""), date(root, "asOfWeek", ""),
                fingerprint == null || fingerprint.isNull() ? Optional.empty() : Optional.of(fingerprint.asText()),
                rules, readSummary(required(root, "summary", ""), "/summary"), paths,
                changes);
    }

    /**
     * A rule book on its own, in the form of a plan document's {@code rules} ({@code defaults} and
     * {@code byCategory}): what {@code plan import --data --rules FILE} reads.
     */
    public static RuleBook readRuleBook(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || !root.isObject()) {
                throw new MarkdownPlanFormatException("the rule book is not a JSON object");
            }
            return readRuleBook(root, "");
        } catch (JsonProcessingException e) {
            throw new MarkdownPlanFormatException("the rule book is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The rule book as a plan document's {@code rules} holds it. */
    public static String writeRuleBook(RuleBook rules) {
        ObjectNode root = MAPPER.createObjectNode();
        writeRuleBook(root, rules);
        return toText(root);
    }

    private static void writeRuleBook(ObjectNode node, RuleBook rules) {
        writeRules(node.putObject("defaults"), rules.defaults());
        ObjectNode byCategory = node.putObject("byCategory");
        new TreeMap<>(rules.byCategory()).forEach((category, r) -> writeRules(byCategory.putObject(category), r));
    }

    private static RuleBook readRuleBook(JsonNode node, String at) {
        MarkdownRules defaults = readRules(required(node, "defaults", at), at + "/defaults");
        Map<String, MarkdownRules> byCategory = new TreeMap<>();
        JsonNode categories = node.get("byCategory");
        if (categories != null && !categories.isNull()) {
            categories.fields().forEachRemaining(entry -> byCategory.put(entry.getKey(),
                    readRules(entry.getValue(), at + "/byCategory/" + entry.getKey())));
        }
        return new RuleBook(defaults, byCategory);
    }

    /** A price-change row of a plan document or of a bundle's {@code price-changes.json}. */
    public static PriceChange readChange(JsonNode node, String at) {
        return new PriceChange(text(node, "store_id", at), text(node, "product_id", at),
                date(node, "effective_date", at), number(node, "old_price", at), number(node, "new_price", at),
                number(node, "discount_pct", at));
    }

    private static PricePath readPath(JsonNode node, String at) {
        JsonNode priceNodes = array(node, "prices", at);
        int[] prices = new int[priceNodes.size()];
        for (int i = 0; i < prices.length; i++) {
            JsonNode price = priceNodes.get(i);
            if (!price.isNumber()) {
                throw new MarkdownPlanFormatException(at + "/prices/" + i + " is not a number");
            }
            prices[i] = cents(price.asDouble());
        }
        return new PricePath(text(node, "productId", at), text(node, "storeId", at), text(node, "category", at),
                text(node, "cluster", at), cents(number(node, "fullPrice", at)),
                cents(number(node, "currentPrice", at)), date(node, "firstWeek", at), integer(node, "seasonWeek", at),
                integer(node, "seasonWeeks", at), integer(node, "markdownsTaken", at),
                integer(node, "weeksSinceLastMarkdown", at), prices);
    }

    private static void writeRules(ObjectNode node, MarkdownRules rules) {
        ArrayNode ladder = node.putArray("ladder");
        rules.ladder().forEach(ladder::add);
        ArrayNode endings = node.putArray("priceEndings");
        rules.priceEndings().forEach(endings::add);
        node.put("maxDepth", rules.maxDepth());
        node.put("minWeeksBetween", rules.minWeeksBetween());
        node.put("maxMarkdowns", rules.maxMarkdowns());
        node.put("noMarkdownBeforeWeek", rules.noMarkdownBeforeWeek());
        node.put("exitWeek", rules.exitWeek());
        putOptional(node, "salvageRate", rules.salvageRate());
        putOptional(node, "sellThroughTarget", rules.sellThroughTarget());
        node.put("clusterPricing", rules.clusterPricing());
    }

    /** Starts from the defaults and sets every field, so a rule added to the model later keeps its default. */
    private static MarkdownRules readRules(JsonNode node, String at) {
        List<Double> ladder = new ArrayList<>();
        array(node, "ladder", at).forEach(step -> ladder.add(step.asDouble()));
        List<Integer> endings = new ArrayList<>();
        array(node, "priceEndings", at).forEach(ending -> endings.add(ending.asInt()));
        String field = "ladder";
        try {
            MarkdownRules rules = MarkdownRules.defaults().withLadder(ladder);
            field = "priceEndings";
            rules = rules.withPriceEndings(endings);
            field = "maxDepth";
            rules = rules.withMaxDepth(number(node, field, at));
            field = "minWeeksBetween";
            rules = rules.withMinWeeksBetween(integer(node, field, at));
            field = "maxMarkdowns";
            rules = rules.withMaxMarkdowns(integer(node, field, at));
            field = "noMarkdownBeforeWeek";
            rules = rules.withNoMarkdownBeforeWeek(integer(node, field, at));
            field = "exitWeek";
            rules = rules.withExitWeek(integer(node, field, at));
            field = "salvageRate";
            rules = rules.withSalvageRate(optionalNumber(node, field));
            field = "sellThroughTarget";
            rules = rules.withSellThroughTarget(optionalNumber(node, field));
            field = "clusterPricing";
            JsonNode cluster = required(node, field, at);
            if (!cluster.isBoolean()) {
                throw new MarkdownPlanFormatException(at + "/clusterPricing is not true or false");
            }
            return rules.withClusterPricing(cluster.asBoolean());
        } catch (IllegalArgumentException e) {
            throw new MarkdownPlanFormatException(at + "/" + field + " is not a valid rule: " + e.getMessage(), e);
        }
    }

    private static void writeSummary(ObjectNode node, PlanSummary s) {
        node.put("margin", round(s.margin()));
        node.put("baselineMargin", round(s.baselineMargin()));
        node.put("noMarkdownMargin", round(s.noMarkdownMargin()));
        node.put("marginUpliftPct", round(s.marginUpliftPct()));
        node.put("revenue", round(s.revenue()));
        node.put("baselineRevenue", round(s.baselineRevenue()));
        node.put("sellThrough", Math.round(s.sellThrough() * 10_000) / 10_000.0);
        node.put("baselineSellThrough", Math.round(s.baselineSellThrough() * 10_000) / 10_000.0);
        node.put("leftoverUnits", round(s.leftoverUnits()));
        node.put("baselineLeftoverUnits", round(s.baselineLeftoverUnits()));
        node.put("productStores", s.productStores());
        node.put("priceChanges", s.priceChanges());
        node.put("projectedUnder", "the fitted demand model (expected units)");
    }

    private static PlanSummary readSummary(JsonNode node, String at) {
        return new PlanSummary(number(node, "margin", at), number(node, "baselineMargin", at),
                number(node, "noMarkdownMargin", at), number(node, "marginUpliftPct", at), number(node, "revenue", at),
                number(node, "baselineRevenue", at), number(node, "sellThrough", at),
                number(node, "baselineSellThrough", at), number(node, "leftoverUnits", at),
                number(node, "baselineLeftoverUnits", at), integer(node, "productStores", at),
                integer(node, "priceChanges", at));
    }

    private static void putOptional(ObjectNode node, String field, double value) {
        if (Double.isNaN(value)) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static double optionalNumber(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Double.NaN : value.asDouble();
    }

    private static BigDecimal money(int cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    private static int cents(double money) {
        return (int) Math.round(money * 100);
    }

    private static double round(double value) {
        return Double.isFinite(value) ? Math.round(value * 100) / 100.0 : 0;
    }

    private static JsonNode required(JsonNode node, String field, String at) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            throw new MarkdownPlanFormatException(at + "/" + field + " is missing");
        }
        return value;
    }

    private static JsonNode array(JsonNode node, String field, String at) {
        JsonNode value = required(node, field, at);
        if (!value.isArray()) {
            throw new MarkdownPlanFormatException(at + "/" + field + " is not an array");
        }
        return value;
    }

    private static String text(JsonNode node, String field, String at) {
        JsonNode value = required(node, field, at);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new MarkdownPlanFormatException(at + "/" + field + " is not a non-blank string");
        }
        return value.asText();
    }

    private static double number(JsonNode node, String field, String at) {
        JsonNode value = required(node, field, at);
        if (!value.isNumber()) {
            throw new MarkdownPlanFormatException(at + "/" + field + " is not a number");
        }
        return value.asDouble();
    }

    private static int integer(JsonNode node, String field, String at) {
        JsonNode value = required(node, field, at);
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new MarkdownPlanFormatException(at + "/" + field + " is not a whole number");
        }
        return value.asInt();
    }

    private static LocalDate date(JsonNode node, String field, String at) {
        String text = text(node, field, at);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new MarkdownPlanFormatException(at + "/" + field + " is not a date (YYYY-MM-DD): " + text, e);
        }
    }
}
