package com.retailstudio.designer.model;

import java.util.Arrays;
import java.util.Optional;

/** How a condition compares a field with its value. */
public enum Operator {
    EQUALS("equals", "is"),
    NOT_EQUALS("not_equals", "is not"),
    GREATER_THAN("greater_than", "is more than"),
    AT_LEAST("at_least", "is at least"),
    LESS_THAN("less_than", "is less than"),
    AT_MOST("at_most", "is at most"),
    IN("in", "is one of"),
    NOT_IN("not_in", "is none of"),
    CONTAINS("contains", "contains");

    private final String json;
    private final String phrase;

    Operator(String json, String phrase) {
        this.json = json;
        this.phrase = phrase;
    }

    public String json() {
        return json;
    }

    /** How the operator reads in a sentence, e.g. "is at least". */
    public String phrase() {
        return phrase;
    }

    /** Whether the value is a list of alternatives. */
    public boolean takesList() {
        return this == IN || this == NOT_IN;
    }

    public static Optional<Operator> fromJson(String text) {
        return Arrays.stream(values()).filter(o -> o.json.equals(text)).findFirst();
    }
}
