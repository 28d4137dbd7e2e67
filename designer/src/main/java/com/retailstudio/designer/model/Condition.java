package com.retailstudio.designer.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** A structured condition on a customer: a comparison of one field, or an AND/OR group of conditions. Never code. */
public sealed interface Condition {

    /** The condition as a sentence a marketer can read. */
    String describe();

    /** {@code field operator value}, e.g. {@code price_sensitivity at_least 0.7}. */
    record Comparison(String field, Operator operator, ConditionValue value) implements Condition {
        public Comparison {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String describe() {
            return field + " " + operator.phrase() + " " + value.display();
        }
    }

    /** All ({@code AND}) or any ({@code OR}) of the conditions; an empty group always holds. */
    record Group(Combinator combinator, List<Condition> conditions) implements Condition {
        public Group {
            Objects.requireNonNull(combinator, "combinator");
            conditions = List.copyOf(conditions);
        }

        public static Group all(Condition... conditions) {
            return new Group(Combinator.AND, List.of(conditions));
        }

        public static Group any(Condition... conditions) {
            return new Group(Combinator.OR, List.of(conditions));
        }

        /** The group that holds for everyone. */
        public static Group always() {
            return new Group(Combinator.AND, List.of());
        }

        public boolean isEmpty() {
            return conditions.isEmpty();
        }

        @Override
        public String describe() {
            if (conditions.isEmpty()) {
                return "everyone";
            }
            String joiner = combinator == Combinator.AND ? " and " : " or ";
            return conditions.stream()
                    .map(c -> c instanceof Group g && g.conditions().size() > 1 ? "(" + c.describe() + ")" : c.describe())
                    .collect(Collectors.joining(joiner));
        }
    }

    /** How a group combines its conditions. */
    enum Combinator { AND, OR }
}
