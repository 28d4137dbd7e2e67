package com.retailstudio.markdown.model;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Markdown rules with a default and overrides per merchandise category, the one objective every plan made under
 * them maximises (one for the whole plan, so its totals add up) and the plan's markdown budget.
 *
 * @param planMarkdownBudget most markdown cost of the whole plan, over all its product-stores, in currency: Σ units
 *                           sold × (today's price − price paid); NaN = none. Markdowns already taken are not charged
 */
public record RuleBook(MarkdownRules defaults, Map<String, MarkdownRules> byCategory, Objective objective,
                       double planMarkdownBudget) {

    public RuleBook {
        MarkdownRules.requireRules(defaults);
        byCategory = Map.copyOf(byCategory);
        Objects.requireNonNull(objective, "objective");
        if (!Double.isNaN(planMarkdownBudget)
                && !(planMarkdownBudget >= 0 && planMarkdownBudget < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("the plan's markdown budget must be 0 or more: " + planMarkdownBudget);
        }
    }

    /** A rule book without a plan-wide markdown budget. */
    public RuleBook(MarkdownRules defaults, Map<String, MarkdownRules> byCategory, Objective objective) {
        this(defaults, byCategory, objective, Double.NaN);
    }

    /** A rule book maximising margin. */
    public RuleBook(MarkdownRules defaults, Map<String, MarkdownRules> byCategory) {
        this(defaults, byCategory, Objective.MARGIN);
    }

    /** A copy maximising another objective. */
    public RuleBook withObjective(Objective value) {
        return new RuleBook(defaults, byCategory, value, planMarkdownBudget);
    }

    /** A copy with another plan-wide markdown budget (NaN = none). */
    public RuleBook withPlanMarkdownBudget(double value) {
        return new RuleBook(defaults, byCategory, objective, value);
    }

    /** Whether the plan has a markdown budget. */
    public boolean hasPlanMarkdownBudget() {
        return !Double.isNaN(planMarkdownBudget);
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
        return new RuleBook(defaults, copy, objective, planMarkdownBudget);
    }

    /** A copy in which a category follows the defaults again. */
    public RuleBook withoutCategory(String category) {
        Map<String, MarkdownRules> copy = new TreeMap<>(byCategory);
        copy.remove(category);
        return new RuleBook(defaults, copy, objective, planMarkdownBudget);
    }

    /** A copy with other default rules (the categories' overrides stay). */
    public RuleBook withDefaults(MarkdownRules rules) {
        return new RuleBook(rules, byCategory, objective, planMarkdownBudget);
    }
}
