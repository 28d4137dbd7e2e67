package com.retailstudio.markdown.model;

import java.util.Map;
import java.util.TreeMap;

/** Markdown rules with a default and overrides per merchandise category. */
public record RuleBook(MarkdownRules defaults, Map<String, MarkdownRules> byCategory) {

    public RuleBook {
        MarkdownRules.requireRules(defaults);
        byCategory = Map.copyOf(byCategory);
    }

    /** The default rules for every category. */
    public static RuleBook standard() {
        return new RuleBook(MarkdownRules.defaults(), Map.of());
    }

    /** The rules for a category: its override, else the defaults. */
    public MarkdownRules forCategory(String category) {
        return byCategory.getOrDefault(category, defaults);
    }

    /** A copy with the rules of one category replaced. */
    public RuleBook withCategory(String category, MarkdownRules rules) {
        Map<String, MarkdownRules> copy = new TreeMap<>(byCategory);
        copy.put(category, MarkdownRules.requireRules(rules));
        return new RuleBook(defaults, copy);
    }

    /** A copy in which a category follows the defaults again. */
    public RuleBook withoutCategory(String category) {
        Map<String, MarkdownRules> copy = new TreeMap<>(byCategory);
        copy.remove(category);
        return new RuleBook(defaults, copy);
    }

    /** A copy with other default rules (the categories' overrides stay). */
    public RuleBook withDefaults(MarkdownRules rules) {
        return new RuleBook(rules, byCategory);
    }
}
