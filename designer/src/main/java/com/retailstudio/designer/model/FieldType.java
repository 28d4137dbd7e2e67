package com.retailstudio.designer.model;

import java.util.EnumSet;
import java.util.Set;

/** The type of a condition field, which decides the operators and values a condition on it may use. */
public enum FieldType {
    NUMBER("number", EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.GREATER_THAN, Operator.AT_LEAST,
            Operator.LESS_THAN, Operator.AT_MOST)),
    TEXT("text", EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.IN, Operator.NOT_IN, Operator.CONTAINS)),
    ENUM("enum", EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.IN, Operator.NOT_IN)),
    DATE("date", EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.GREATER_THAN, Operator.AT_LEAST,
            Operator.LESS_THAN, Operator.AT_MOST)),
    DURATION("duration", EnumSet.of(Operator.GREATER_THAN, Operator.AT_LEAST, Operator.LESS_THAN, Operator.AT_MOST)),
    BOOLEAN("yes/no", EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS));

    private final String label;
    private final Set<Operator> operators;

    FieldType(String label, Set<Operator> operators) {
        this.label = label;
        this.operators = operators;
    }

    public String label() {
        return label;
    }

    /** The operators a condition on a field of this type may use. */
    public Set<Operator> operators() {
        return Set.copyOf(operators);
    }

    public boolean allows(Operator operator) {
        return operators.contains(operator);
    }
}
