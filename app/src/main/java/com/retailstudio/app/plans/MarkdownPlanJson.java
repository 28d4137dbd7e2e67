package com.retailstudio.app.plans;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.retailstudio.markdown.io.RuleBookJson;
import com.retailstudio.markdown.model.Objective;
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
import java.util.Optional;

/**
 * Reads and writes the markdown plan document (docs/approvals.md, "Markdown plan documents"): JSON with
 * {@code schemaVersion}, keys in a fixed order, prices in currency units with two decimals, the rule book in the
 * markdown planner's own format ({@link RuleBookJson}, NaN rule values as {@code null}). Reading names the JSON pointer of the first missing or malformed value.
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
        root.set("rules", RuleBookJson.toTree(plan.rules()));
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
        RuleBook rules = readRuleBook(required(root, "rules", ""));
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

    /** The plan's rule book, in the markdown planner's one rule-book format ({@link RuleBookJson}). */
    private static RuleBook readRuleBook(JsonNode node) {
        if (!node.isObject()) {
            throw new MarkdownPlanFormatException("/rules is not an object");
        }
        try {
            return RuleBookJson.fromTree(node);
        } catch (IllegalArgumentException e) {
            throw new MarkdownPlanFormatException("/rules" + e.getMessage(), e);
        }
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
        node.put("objective", s.objectiveName());
        node.put("objectiveValue", round(s.objectiveValue()));
        node.put("baselineObjective", round(s.baselineObjective()));
        node.put("keepPriceObjective", round(s.keepObjective()));
        node.put("markdownCost", round(s.markdownCost()));
        node.put("productStoresHoldingPrice", s.holdingPrice());
        node.put("sellThroughTargetInfeasible", s.targetMissed());
        node.put("projectedUnder", "the fitted demand model (expected units)");
    }

    private static PlanSummary readSummary(JsonNode node, String at) {
        PlanSummary margin = readMarginSummary(node, at);
        if (!node.has("objective")) {
            return margin; // saved before the objective was named: a margin plan
        }
        Objective objective;
        try {
            objective = Objective.parse(text(node, "objective", at));
        } catch (IllegalArgumentException e) {
            throw new MarkdownPlanFormatException(at + "/objective must be \"margin\" or \"revenue\"");
        }
        return new PlanSummary(margin.margin(), margin.baselineMargin(), margin.noMarkdownMargin(),
                margin.marginUpliftPct(), margin.revenue(), margin.baselineRevenue(), margin.sellThrough(),
                margin.baselineSellThrough(), margin.leftoverUnits(), margin.baselineLeftoverUnits(),
                margin.productStores(), margin.priceChanges(), objective, number(node, "objectiveValue", at),
                number(node, "baselineObjective", at), number(node, "keepPriceObjective", at),
                number(node, "markdownCost", at), integer(node, "productStoresHoldingPrice", at),
                integer(node, "sellThroughTargetInfeasible", at));
    }

    private static PlanSummary readMarginSummary(JsonNode node, String at) {
        return new PlanSummary(number(node, "margin", at), number(node, "baselineMargin", at),
                number(node, "noMarkdownMargin", at), number(node, "marginUpliftPct", at), number(node, "revenue", at),
                number(node, "baselineRevenue", at), number(node, "sellThrough", at),
                number(node, "baselineSellThrough", at), number(node, "leftoverUnits", at),
                number(node, "baselineLeftoverUnits", at), integer(node, "productStores", at),
                integer(node, "priceChanges", at));
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
