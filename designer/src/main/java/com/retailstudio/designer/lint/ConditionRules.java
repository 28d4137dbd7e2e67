package com.retailstudio.designer.lint;

import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.ConditionValueText;
import com.retailstudio.designer.model.EntryTrigger;
import com.retailstudio.designer.model.ExitCriterion;
import com.retailstudio.designer.model.Field;
import com.retailstudio.designer.model.FieldCatalogue;
import com.retailstudio.designer.model.FieldType;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.NumberText;
import com.retailstudio.designer.model.Operator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Conditions name real fields, use operators and values their types allow, and can be true for someone. */
final class ConditionRules implements LintRule {
    private final FieldCatalogue catalogue = FieldCatalogue.standard();

    @Override
    public void check(Journey journey, List<Finding> findings) {
        String entryId = journey.nodes().stream().filter(n -> n instanceof JourneyNode.Entry).map(JourneyNode::id)
                .findFirst().orElse(null);
        visit(journey, journey.audience(), new Place(entryId, "the journey's audience", false), findings);
        if (journey.entry() instanceof EntryTrigger.EventTrigger e) {
            visit(journey, e.filter(), new Place(entryId, "the entry trigger's filter", true), findings);
        } else if (journey.entry() instanceof EntryTrigger.AudienceTrigger a) {
            visit(journey, a.conditions(), new Place(entryId, "the entry audience", false), findings);
        }
        for (JourneyNode node : journey.nodes()) {
            if (node instanceof JourneyNode.ConditionSplit split) {
                for (JourneyNode.Branch branch : split.branches()) {
                    String label = branch.label().isBlank() ? branch.id() : branch.label();
                    visit(journey, branch.condition(), new Place(node.id(), "the branch \"" + label + "\" of \""
                            + Names.of(node) + "\"", false), findings);
                }
            }
        }
        for (int k = 0; k < journey.exitCriteria().size(); k++) {
            if (journey.exitCriteria().get(k) instanceof ExitCriterion.WhenCondition exit) {
                visit(journey, exit.condition(), new Place(null, "exit criterion " + (k + 1), false), findings);
            }
        }
        branchesRuledOutByAudience(journey, findings);
    }

    /** Where a condition sits: its node, how a message names it, and whether the triggering event is known there. */
    private record Place(String nodeId, String name, boolean triggerEvent) {
    }

    private void visit(Journey journey, Condition.Group group, Place place, List<Finding> findings) {
        visit(journey, group, place, findings, false);
    }

    private void visit(Journey journey, Condition.Group group, Place place, List<Finding> findings, boolean insideAnd) {
        boolean and = group.combinator() == Condition.Combinator.AND;
        for (Condition condition : group.conditions()) {
            if (condition instanceof Condition.Group inner) {
                visit(journey, inner, place, findings, and);
            } else if (condition instanceof Condition.Comparison comparison) {
                typeCheck(journey, comparison, place, findings);
            }
        }
        // Nested AND groups are analysed with the outermost AND group that holds them, once.
        if (and && !insideAnd) {
            contradiction(conjuncts(group)).ifPresent(reason -> findings.add(Finding.error("CONDITION_CONTRADICTION",
                    place.nodeId(), "In " + place.name() + ", " + reason)));
        }
    }

    /** The comparisons that must all hold for the group to hold: its own and those of nested AND groups. */
    static List<Condition.Comparison> conjuncts(Condition.Group group) {
        List<Condition.Comparison> out = new ArrayList<>();
        if (group.combinator() != Condition.Combinator.AND) {
            return out;
        }
        for (Condition condition : group.conditions()) {
            if (condition instanceof Condition.Comparison c) {
                out.add(c);
            } else if (condition instanceof Condition.Group inner && inner.combinator() == Condition.Combinator.AND) {
                out.addAll(conjuncts(inner));
            } else if (condition instanceof Condition.Group inner && inner.conditions().size() == 1
                    && inner.conditions().get(0) instanceof Condition.Comparison only) {
                out.add(only);
            }
        }
        return out;
    }

    private void typeCheck(Journey journey, Condition.Comparison c, Place place, List<Finding> findings) {
        Optional<Field> found = catalogue.lookup(c.field());
        if (found.isEmpty()) {
            typeError(place, findings, "In " + place.name() + ", \"" + c.field() + "\" is not a field Retail Studio "
                    + "knows. Pick a field from the list (profile, consent, behaviour or journey history).");
            return;
        }
        Field field = found.get();
        if (field.group() == Field.Group.TRIGGER_EVENT && !place.triggerEvent()) {
            typeError(place, findings, "In " + place.name() + ", \"" + c.field() + "\" describes the event that "
                    + "started the journey and can only be used in the entry trigger's filter.");
            return;
        }
        Optional<String> historyNode = FieldCatalogue.historyNode(c.field());
        if (historyNode.isPresent() && !(journey.node(historyNode.get()).orElse(null) instanceof JourneyNode.Action
                || journey.node(historyNode.get()).orElse(null) instanceof JourneyNode.NextBestAction)) {
            typeError(place, findings, "In " + place.name() + ", \"" + c.field() + "\" refers to \""
                    + historyNode.get() + "\", which is not a message step of this journey.");
            return;
        }
        if (!field.type().allows(c.operator())) {
            typeError(place, findings, "In " + place.name() + ", \"" + c.field() + "\" is a " + field.type().label()
                    + " field, so \"" + c.operator().phrase() + "\" does not apply. Use one of: "
                    + field.type().operators().stream().sorted().map(Operator::phrase).collect(Collectors.joining(", "))
                    + ".");
            return;
        }
        if (c.operator().takesList()) {
            if (!(c.value() instanceof ConditionValue.ListValue list)) {
                typeError(place, findings, "In " + place.name() + ", \"" + c.field() + " " + c.operator().phrase()
                        + "\" needs a list of values.");
                return;
            }
            for (ConditionValue v : list.values()) {
                if (!valueFits(field, v, place, c, findings)) {
                    return;
                }
            }
        } else {
            valueFits(field, c.value(), place, c, findings);
        }
    }

    private boolean valueFits(Field field, ConditionValue value, Place place, Condition.Comparison c,
            List<Finding> findings) {
        String problem = ConditionValueText.typeProblem(field, value).orElse(null);
        if (problem != null) {
            typeError(place, findings, "In " + place.name() + ", \"" + c.field() + "\" " + problem + ", not \""
                    + value.display() + "\".");
            return false;
        }
        return true;
    }

    private static void typeError(Place place, List<Finding> findings, String message) {
        findings.add(Finding.error("CONDITION_TYPE", place.nodeId(), message));
    }

    /**
     * Why comparisons that must all hold cannot (number bounds that leave no value, a field required to equal two
     * values), or empty when some customer could match them.
     */
    private Optional<String> contradiction(List<Condition.Comparison> comparisons) {
        Map<String, Interval> intervals = new HashMap<>();
        Map<String, ConditionValue> equals = new HashMap<>();
        for (Condition.Comparison c : comparisons) {
            Optional<Field> field = catalogue.lookup(c.field());
            if (field.isEmpty() || !field.get().type().allows(c.operator())) {
                continue;
            }
            if (field.get().type() == FieldType.NUMBER && c.value() instanceof ConditionValue.NumberValue n) {
                Interval interval = intervals.computeIfAbsent(c.field(), k -> Interval.of(field.get()));
                if (!interval.restrict(c.operator(), n.value())) {
                    return Optional.of("no customer can match all of the conditions on \"" + c.field() + "\" "
                            + interval.describe(c.field()) + ". Check the numbers.");
                }
            } else if (c.operator() == Operator.EQUALS && !(c.value() instanceof ConditionValue.ListValue)) {
                ConditionValue earlier = equals.putIfAbsent(c.field(), c.value());
                if (earlier != null && !earlier.equals(c.value())) {
                    return Optional.of("\"" + c.field() + "\" must be both " + earlier.display() + " and "
                            + c.value().display() + ", which no customer can be. Use \"is one of\" or an OR group.");
                }
            }
        }
        return Optional.empty();
    }

    /** Branches no customer of the journey's audience can take, because the audience rules them out. */
    private void branchesRuledOutByAudience(Journey journey, List<Finding> findings) {
        List<Condition.Comparison> audience = new ArrayList<>(conjuncts(journey.audience()));
        if (journey.entry() instanceof EntryTrigger.AudienceTrigger a) {
            audience.addAll(conjuncts(a.conditions()));
        }
        if (audience.isEmpty() || contradiction(audience).isPresent()) {
            return;
        }
        for (JourneyNode node : journey.nodes()) {
            if (node instanceof JourneyNode.ConditionSplit split) {
                for (JourneyNode.Branch branch : split.branches()) {
                    List<Condition.Comparison> own = conjuncts(branch.condition());
                    if (own.isEmpty() || contradiction(own).isPresent()) {
                        continue;
                    }
                    List<Condition.Comparison> both = new ArrayList<>(audience);
                    both.addAll(own);
                    if (contradiction(both).isPresent()) {
                        String label = branch.label().isBlank() ? branch.id() : branch.label();
                        findings.add(Finding.warning("BRANCH_NEVER_TAKEN", node.id(), "No customer in the journey's "
                                + "audience can match the branch \"" + label + "\" of \"" + Names.of(node) + "\" ("
                                + branch.condition().describe() + "), so that path will stay empty."));
                    }
                }
            }
        }
    }

    /** The values a number field may still take under an AND group's conditions. */
    private static final class Interval {
        private double low;
        private boolean lowOpen;
        private double high;
        private boolean highOpen;
        private final StringBuilder seen = new StringBuilder();

        static Interval of(Field field) {
            Interval i = new Interval();
            i.low = field.min().orElse(Double.NEGATIVE_INFINITY);
            i.high = field.max().orElse(Double.POSITIVE_INFINITY);
            if (field.min().isPresent() || field.max().isPresent()) {
                i.seen.append("its values lie between ").append(field.min().map(NumberText::format).orElse("-∞"))
                        .append(" and ").append(field.max().map(NumberText::format).orElse("∞"));
            }
            return i;
        }

        /** Applies one condition; false when no value is left. */
        boolean restrict(Operator operator, double v) {
            if (!seen.isEmpty()) {
                seen.append(", ");
            }
            seen.append(operator.phrase()).append(' ').append(NumberText.format(v));
            switch (operator) {
                case GREATER_THAN -> raiseLow(v, true);
                case AT_LEAST -> raiseLow(v, false);
                case LESS_THAN -> lowerHigh(v, true);
                case AT_MOST -> lowerHigh(v, false);
                case EQUALS -> {
                    raiseLow(v, false);
                    lowerHigh(v, false);
                }
                default -> {
                    return true;
                }
            }
            return low < high || (low == high && !lowOpen && !highOpen);
        }

        private void raiseLow(double v, boolean open) {
            if (v > low || (v == low && open)) {
                low = v;
                lowOpen = open;
            }
        }

        private void lowerHigh(double v, boolean open) {
            if (v < high || (v == high && open)) {
                high = v;
                highOpen = open;
            }
        }

        String describe(String field) {
            return "(" + seen + ")";
        }
    }
}
