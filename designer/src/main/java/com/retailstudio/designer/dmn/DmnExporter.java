package com.retailstudio.designer.dmn;

import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.DurationText;
import com.retailstudio.designer.model.Field;
import com.retailstudio.designer.model.FieldCatalogue;
import com.retailstudio.designer.model.FieldType;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Exports a journey's stateless decisions as DMN 1.3 XML that a DMN engine runs: the audience eligibility, one
 * decision table per condition split (hit policy FIRST, the {@code else} branch as the last rule) and the
 * next-best-action arbitration of each next-best-action node. The mapping is documented in {@code docs/dmn-export.md}.
 *
 * <p>Inputs are variables named after the field catalogue's paths with every character that FEEL names cannot hold
 * replaced by {@code _} ({@link #variable}); the column label keeps the path as the data contract spells it.
 */
public final class DmnExporter {
    /** The DMN 1.3 model namespace. */
    public static final String DMN_NAMESPACE = "https://www.omg.org/spec/DMN/20191111/MODEL/";
    /** The FEEL expression language of DMN 1.3. */
    public static final String FEEL = "https://www.omg.org/spec/DMN/20191111/FEEL/";
    /** The id of the audience eligibility decision; its output {@code eligible} is true or false. */
    public static final String AUDIENCE_DECISION = "audience";
    /** The input of every arbitration: messages the customer received in the fatigue window. */
    public static final String RECENT_MESSAGES = "recent_messages";

    private DmnExporter() {
    }

    /** The journey's decisions as DMN 1.3 XML, conditions resolved against the standard field catalogue. */
    public static String toDmn(Journey journey) {
        return toDmn(journey, FieldCatalogue.standard());
    }

    /**
     * @throws IllegalArgumentException when a condition names a field the catalogue does not have, or compares it
     *                                  with a value its type cannot hold
     */
    public static String toDmn(Journey journey, FieldCatalogue catalogue) {
        Writer w = new Writer(catalogue);
        w.open(journey);
        w.table(AUDIENCE_DECISION, "Audience eligibility of " + journey.name(), "eligible", "boolean",
                rowsOf(List.of(new Outcome(journey.audience(), "true", journey.audience().describe()))), "false");
        for (JourneyNode node : journey.nodes()) {
            if (node instanceof JourneyNode.ConditionSplit split) {
                List<Outcome> outcomes = split.branches().stream()
                        .map(b -> new Outcome(b.condition(), text(b.id()), b.label() + ": " + b.condition().describe()))
                        .toList();
                w.table(splitDecision(split.id()), split.title(), "branch", "string", rowsOf(outcomes),
                        text(JourneyNode.ELSE));
            } else if (node instanceof JourneyNode.NextBestAction nba) {
                w.arbitration(nba);
            }
        }
        return w.close();
    }

    /** The decision id of a condition split's table, e.g. {@code split_check_value}. */
    public static String splitDecision(String nodeId) {
        return "split_" + safe(nodeId);
    }

    /** The decision id of a next-best-action node's arbitration, e.g. {@code nba_pick_offer}. */
    public static String nbaDecision(String nodeId) {
        return "nba_" + safe(nodeId);
    }

    /** The input variable of a field path, e.g. {@code events_purchase_count_30d} for events.purchase.count_30d. */
    public static String variable(String fieldPath) {
        return safe(fieldPath);
    }

    /** The input holding a candidate's propensity; absent (null) when the candidate is not eligible. */
    public static String propensityVariable(String nodeId, String candidateId) {
        return "propensity_" + safe(nodeId) + "_" + safe(candidateId);
    }

    private static String safe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9_]", "_");
        return Character.isDigit(s.charAt(0)) ? "_" + s : s;
    }

    // ---- conditions to rules ----

    private record Outcome(Condition.Group condition, String output, String description) {
    }

    private record Row(List<Condition.Comparison> conjunct, String output, String description) {
    }

    private static List<Row> rowsOf(List<Outcome> outcomes) {
        List<Row> rows = new ArrayList<>();
        for (Outcome o : outcomes) {
            for (List<Condition.Comparison> conjunct : dnf(o.condition())) {
                rows.add(new Row(conjunct, o.output(), o.description()));
            }
        }
        return rows;
    }

    /** The condition as an OR of ANDs of comparisons; an empty group is one empty AND (always holds). */
    static List<List<Condition.Comparison>> dnf(Condition condition) {
        if (condition instanceof Condition.Comparison c) {
            return List.of(List.of(c));
        }
        Condition.Group g = (Condition.Group) condition;
        if (g.isEmpty()) {
            return List.of(List.of());
        }
        if (g.combinator() == Condition.Combinator.OR) {
            return g.conditions().stream().flatMap(c -> dnf(c).stream()).toList();
        }
        List<List<Condition.Comparison>> result = List.of(List.of());
        for (Condition part : g.conditions()) {
            List<List<Condition.Comparison>> next = new ArrayList<>();
            for (List<Condition.Comparison> left : result) {
                for (List<Condition.Comparison> right : dnf(part)) {
                    List<Condition.Comparison> both = new ArrayList<>(left);
                    both.addAll(right);
                    next.add(List.copyOf(both));
                }
            }
            result = next;
        }
        return result;
    }

    // ---- FEEL ----

    /** The FEEL unary test that holds exactly when the simulator's compiled comparison holds. */
    static String unaryTest(Condition.Comparison c, Field field) {
        FieldType type = field.type();
        ConditionValue v = c.value();
        return switch (c.operator()) {
            case EQUALS -> literal(v, field);
            // yes/no fields always have a value; FEEL engines read a boolean literal inside not(...) as the test's
            // result rather than as a value to compare, so "is not yes" is written as "no"
            case NOT_EQUALS -> type == FieldType.BOOLEAN ? Boolean.toString(!Boolean.parseBoolean(literal(v, field)))
                    : "not(null, " + literal(v, field) + ")";
            case GREATER_THAN -> (type == FieldType.DURATION ? "null, " : "") + "> " + literal(v, field);
            case AT_LEAST -> (type == FieldType.DURATION ? "null, " : "") + ">= " + literal(v, field);
            case LESS_THAN -> "< " + literal(v, field);
            case AT_MOST -> "<= " + literal(v, field);
            case IN -> list(v, field);
            case NOT_IN -> "not(null, " + list(v, field) + ")";
            case CONTAINS -> "contains(?, " + literal(v, field) + ")";
        };
    }

    private static String list(ConditionValue v, Field field) {
        if (v instanceof ConditionValue.ListValue l) {
            return l.values().stream().map(x -> literal(x, field)).collect(Collectors.joining(", "));
        }
        return literal(v, field);
    }

    private static String literal(ConditionValue v, Field field) {
        if (v instanceof ConditionValue.ListValue) {
            throw new IllegalArgumentException(field.path() + " compares with a list, which needs in or not_in");
        }
        return switch (field.type()) {
            case NUMBER -> number(v instanceof ConditionValue.NumberValue n ? n.value()
                    : v instanceof ConditionValue.BooleanValue b ? (b.value() ? 1 : 0)
                    : Double.parseDouble(v.display()));
            case BOOLEAN -> v instanceof ConditionValue.BooleanValue b ? Boolean.toString(b.value())
                    : v instanceof ConditionValue.NumberValue n ? Boolean.toString(n.value() != 0)
                    : Boolean.toString(Boolean.parseBoolean(v.display()));
            case DATE -> "date(\"" + LocalDate.parse(v.display()) + "\")";
            case DURATION -> "duration(\"" + DurationText.parse(v.display()).map(Duration::toString).orElseThrow(
                    () -> new IllegalArgumentException(v.display() + " is not a duration")) + "\")";
            case TEXT, ENUM -> text(v.display());
        };
    }

    static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(value + " cannot be written in FEEL");
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String text(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String typeRef(FieldType type) {
        return switch (type) {
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case DATE -> "date";
            case DURATION -> "days and time duration";
            case TEXT, ENUM -> "string";
        };
    }

    /**
     * The input expression's {@code typeRef} attribute: the field's type, except for dates, which are left to the
     * {@code inputData}'s declaration because Camunda 7 turns a {@code date} input into a {@code java.util.Date}
     * that FEEL then cannot compare with {@code date("...")}.
     */
    private static String expressionTypeRef(FieldType type) {
        return type == FieldType.DATE ? "" : " typeRef=\"" + typeRef(type) + "\"";
    }

    // ---- XML ----

    private static final class Writer {
        private final FieldCatalogue catalogue;
        private final StringBuilder decisions = new StringBuilder();
        /** variable name → (label, typeRef), in first-use order. */
        private final Map<String, String[]> inputs = new LinkedHashMap<>();
        private String header;
        private int ids;

        Writer(FieldCatalogue catalogue) {
            this.catalogue = catalogue;
        }

        void open(Journey journey) {
            header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<definitions xmlns=\"" + DMN_NAMESPACE + "\" id=\"" + xml(safe("journey_" + journey.id()))
                    + "\" name=\"" + xml(journey.name() + " v" + journey.version()) + "\" namespace=\"urn:retail-studio:journey:"
                    + xml(journey.id()) + ":v" + journey.version() + "\" expressionLanguage=\"" + FEEL
                    + "\" typeLanguage=\"" + FEEL + "\">\n"
                    + "  <description>" + xml("Stateless decisions of journey " + journey.id() + " version "
                    + journey.version() + ", exported by Retail Studio.") + "</description>\n";
        }

        String close() {
            StringBuilder out = new StringBuilder(header);
            inputs.forEach((name, info) -> out.append("  <inputData id=\"input_").append(name).append("\" name=\"")
                    .append(name).append("\" label=\"").append(xml(info[0])).append("\">\n    <variable name=\"")
                    .append(name).append("\" typeRef=\"").append(info[1]).append("\"/>\n  </inputData>\n"));
            out.append(decisions).append("</definitions>\n");
            return out.toString();
        }

        private Field field(String path) {
            return catalogue.lookup(path).orElseThrow(
                    () -> new IllegalArgumentException("the field catalogue has no field " + path));
        }

        private String id(String prefix) {
            return prefix + "_" + (++ids);
        }

        void table(String decisionId, String name, String output, String outputType, List<Row> rows,
                String lastOutput) {
            // One column per field, repeated when a rule tests the same field more than once.
            Map<String, Integer> columns = new LinkedHashMap<>();
            for (Row row : rows) {
                Map<String, Integer> here = new LinkedHashMap<>();
                row.conjunct().forEach(c -> here.merge(c.field(), 1, Integer::sum));
                here.forEach((f, n) -> columns.merge(f, n, Math::max));
            }
            List<String[]> cols = new ArrayList<>(); // field path, occurrence
            columns.forEach((f, n) -> {
                for (int k = 0; k < n; k++) {
                    cols.add(new String[] {f, Integer.toString(k)});
                }
            });
            StringBuilder d = decisions;
            d.append("  <decision id=\"").append(decisionId).append("\" name=\"").append(xml(name)).append("\">\n");
            d.append("    <variable name=\"").append(decisionId).append("\" typeRef=\"").append(outputType)
                    .append("\"/>\n");
            for (String f : columns.keySet()) {
                requireInput(f);
                d.append("    <informationRequirement id=\"").append(id("req")).append("\"><requiredInput href=\"#input_")
                        .append(variable(f)).append("\"/></informationRequirement>\n");
            }
            d.append("    <decisionTable id=\"").append(id("table")).append("\" hitPolicy=\"FIRST\">\n");
            for (String[] col : cols) {
                Field field = field(col[0]);
                d.append("      <input id=\"").append(id("in")).append("\" label=\"").append(xml(col[0]))
                        .append("\">\n        <inputExpression id=\"").append(id("expr")).append("\"")
                        .append(expressionTypeRef(field.type())).append("><text>").append(variable(col[0]))
                        .append("</text></inputExpression>\n      </input>\n");
            }
            d.append("      <output id=\"").append(id("out")).append("\" name=\"").append(output)
                    .append("\" typeRef=\"").append(outputType).append("\"/>\n");
            for (Row row : rows) {
                appendRule(d, cols, row.conjunct(), row.output(), row.description());
            }
            appendRule(d, cols, List.of(), lastOutput, "otherwise");
            d.append("    </decisionTable>\n  </decision>\n");
        }

        private void appendRule(StringBuilder d, List<String[]> cols, List<Condition.Comparison> conjunct,
                String output, String description) {
            d.append("      <rule id=\"").append(id("rule")).append("\">\n        <description>")
                    .append(xml(description)).append("</description>\n");
            for (String[] col : cols) {
                int k = Integer.parseInt(col[1]);
                List<Condition.Comparison> onField = conjunct.stream().filter(c -> c.field().equals(col[0])).toList();
                String test = k < onField.size() ? unaryTest(onField.get(k), field(col[0])) : "-";
                d.append("        <inputEntry id=\"").append(id("ie")).append("\"><text>").append(xml(test))
                        .append("</text></inputEntry>\n");
            }
            d.append("        <outputEntry id=\"").append(id("oe")).append("\"><text>").append(xml(output))
                    .append("</text></outputEntry>\n      </rule>\n");
        }

        private void requireInput(String path) {
            Field field = field(path);
            inputs.putIfAbsent(variable(path), new String[] {path, typeRef(field.type())});
        }

        void arbitration(JourneyNode.NextBestAction nba) {
            String decisionId = nbaDecision(nba.id());
            StringBuilder d = decisions;
            d.append("  <decision id=\"").append(decisionId).append("\" name=\"").append(xml(nba.title()))
                    .append("\">\n");
            d.append("    <description>").append(xml("The winning candidate of " + nba.id() + ": the highest "
                    + "propensity × value × weight − fatigue penalty × recent messages above zero, ties to the earlier "
                    + "candidate; null when none scores above zero. A candidate whose propensity is null (not "
                    + "eligible, e.g. no consent) does not compete.")).append("</description>\n");
            d.append("    <variable name=\"").append(decisionId).append("\" typeRef=\"string\"/>\n");
            List<String> names = new ArrayList<>();
            for (JourneyNode.Candidate c : nba.candidates()) {
                names.add(propensityVariable(nba.id(), c.id()));
            }
            names.add(RECENT_MESSAGES);
            for (String name : names) {
                inputs.putIfAbsent(name, new String[] {name, "number"});
                d.append("    <informationRequirement id=\"").append(id("req")).append("\"><requiredInput href=\"#input_")
                        .append(name).append("\"/></informationRequirement>\n");
            }
            StringBuilder feel = new StringBuilder("{\n  ids: [");
            feel.append(nba.candidates().stream().map(c -> text(c.id())).collect(Collectors.joining(", ")));
            feel.append("],\n  scores: [");
            List<String> scores = new ArrayList<>();
            for (JourneyNode.Candidate c : nba.candidates()) {
                String p = propensityVariable(nba.id(), c.id());
                scores.add("if " + p + " = null then null else " + p + " * " + number(c.value()) + " * "
                        + number(c.weight()) + " - " + number(nba.fatiguePenalty()) + " * " + RECENT_MESSAGES);
            }
            feel.append(String.join(",\n    ", scores));
            feel.append("],\n  competing: scores[item != null],\n")
                    .append("  best: if count(competing) = 0 then null else max(competing),\n")
                    .append("  winner: if best = null or best <= 0 then null else ids[index of(scores, best)[1]]\n")
                    .append("}.winner");
            d.append("    <literalExpression id=\"").append(id("literal")).append("\" typeRef=\"string\"><text>")
                    .append(xml(feel.toString())).append("</text></literalExpression>\n  </decision>\n");
        }
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
