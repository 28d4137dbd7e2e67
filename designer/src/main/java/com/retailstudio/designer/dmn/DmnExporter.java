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
import java.util.List;
import java.util.stream.Collectors;

/**
 * Exports a journey's stateless decisions as DMN 1.3 XML that a DMN engine runs: the audience eligibility, one
 * decision table per condition split (hit policy FIRST, the {@code else} branch as the last rule), the
 * next-best-action arbitration of each next-best-action node, each experiment split's variant assignment and the
 * send hour of each send at the best hour. The mapping is documented in {@code docs/dmn-export.md}.
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
    /** The input of every send-hour decision: the customer's expected response per local hour, 00:00 first. */
    public static final String HOUR_RESPONSE = "hour_response";

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
        List<DmnXmlWriter.Decision> decisions = new ArrayList<>();
        // An audience taken from a saved segment is exported as that version's conditions, the ones the journey
        // carries and the simulator evaluates; the decision's name says which segment version they are.
        String audienceName = "Audience eligibility of " + journey.name()
                + journey.audienceSegment().map(segment -> " (" + segment.describe() + ")").orElse("");
        decisions.add(new DmnXmlWriter.Table(AUDIENCE_DECISION, audienceName,
                "eligible", "boolean",
                rowsOf(List.of(new Outcome(journey.audience(), "true", journey.audience().describe()))), "false"));
        for (JourneyNode node : journey.nodes()) {
            if (node instanceof JourneyNode.ConditionSplit split) {
                List<Outcome> outcomes = split.branches().stream()
                        .map(b -> new Outcome(b.condition(), text(b.id()), b.label() + ": " + b.condition().describe()))
                        .toList();
                decisions.add(new DmnXmlWriter.Table(splitDecision(split.id()), split.title(), "branch", "string",
                        rowsOf(outcomes), text(JourneyNode.ELSE)));
            } else if (node instanceof JourneyNode.NextBestAction nba) {
                decisions.add(new DmnXmlWriter.Arbitration(nba));
            } else if (node instanceof JourneyNode.RandomSplit split && split.experiment().isPresent()) {
                decisions.add(new DmnXmlWriter.ExperimentVariant(journey.id(), split));
            }
        }
        decisions.addAll(SendHourDecision.of(journey));
        return DmnXmlWriter.write(journey, decisions, catalogue);
    }

    /** The decision id of a condition split's table, e.g. {@code split_check_value}. */
    public static String splitDecision(String nodeId) {
        return "split_" + safe(nodeId);
    }

    /** The decision id of a next-best-action node's arbitration, e.g. {@code nba_pick_offer}. */
    public static String nbaDecision(String nodeId) {
        return "nba_" + safe(nodeId);
    }

    /** The decision id of an experiment split's variant assignment, e.g. {@code experiment_offer_test}. */
    public static String experimentDecision(String nodeId) {
        return "experiment_" + safe(nodeId);
    }

    /** The input holding the customer's bucket for an experiment split ({@code ExperimentAssignment.bucket}). */
    public static String experimentBucketVariable(String nodeId) {
        return "experiment_bucket_" + safe(nodeId);
    }

    /** The input holding a winner-rule experiment's picked variant id, null until one is picked. */
    public static String experimentWinnerVariable(String nodeId) {
        return "experiment_winner_" + safe(nodeId);
    }

    /**
     * The decision id of the send hour of an action ({@code nodeId}) or a next-best-action candidate
     * ({@code nodeId/candidateId}) that sends at the best hour, e.g. {@code send_hour_remind}.
     */
    public static String sendHourDecision(String actionKey) {
        return "send_hour_" + safe(actionKey);
    }

    /** The input variable of a field path, e.g. {@code events_purchase_count_30d} for events.purchase.count_30d. */
    public static String variable(String fieldPath) {
        return safe(fieldPath);
    }

    /** The input holding a candidate's propensity; absent (null) when the candidate is not eligible. */
    public static String propensityVariable(String nodeId, String candidateId) {
        return "propensity_" + safe(nodeId) + "_" + safe(candidateId);
    }

    static String safe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9_]", "_");
        return Character.isDigit(s.charAt(0)) ? "_" + s : s;
    }

    // ---- conditions to rules ----

    private record Outcome(Condition.Group condition, String output, String description) {
    }

    /** One rule of a decision table: an AND of comparisons and the output it gives. */
    record Row(List<Condition.Comparison> conjunct, String output, String description) {
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
}
