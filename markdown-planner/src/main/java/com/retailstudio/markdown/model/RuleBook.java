package com.retailstudio.markdown.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * Markdown rules with a default and overrides per merchandise category, and the one objective every plan made under
 * them maximises (one for the whole plan, so its totals add up).
 */
public record RuleBook(MarkdownRules defaults, Map<String, MarkdownRules> byCategory, Objective objective) {

    public RuleBook {
        MarkdownRules.requireRules(defaults);
        byCategory = Map.copyOf(byCategory);
        java.util.Objects.requireNonNull(objective, "objective");
    }

    /** A rule book maximising margin. */
    public RuleBook(MarkdownRules defaults, Map<String, MarkdownRules> byCategory) {
        this(defaults, byCategory, Objective.MARGIN);
    }

    /** A copy maximising another objective. */
    public RuleBook withObjective(Objective value) {
        return new RuleBook(defaults, byCategory, value);
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
        return new RuleBook(defaults, copy, objective);
    }

    /** A copy in which a category follows the defaults again. */
    public RuleBook withoutCategory(String category) {
        Map<String, MarkdownRules> copy = new TreeMap<>(byCategory);
        copy.remove(category);
        return new RuleBook(defaults, copy, objective);
    }

    /** A copy with other default rules (the categories' overrides stay). */
    public RuleBook withDefaults(MarkdownRules rules) {
        return new RuleBook(rules, byCategory, objective);
    }
}
