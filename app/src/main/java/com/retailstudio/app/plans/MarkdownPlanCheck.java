package com.retailstudio.app.plans;

import com.retailstudio.markdown.engine.PricePathRules;
import com.retailstudio.markdown.engine.PricePaths;
import com.retailstudio.markdown.model.PriceChange;
import com.retailstudio.markdown.model.RuleBreach;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What stops a markdown plan from being submitted, approved or exported: a document that does not read, a price path
 * that breaks the plan's own rule book (checked by the markdown planner's {@link PricePathRules}), or price-change
 * rows that are not what the paths say, or a plan whose markdown cost is over its rule book's markdown budget per plan.
 */
public final class MarkdownPlanCheck {

    private MarkdownPlanCheck() {
    }

    /** Every blocking problem of the plan document's JSON, each one sentence; empty when it may go on. */
    public static List<String> problems(String json) {
        MarkdownPlanDocument plan;
        try {
            plan = MarkdownPlanJson.read(json);
        } catch (MarkdownPlanFormatException e) {
            return List.of("the markdown plan cannot be read: " + e.getMessage() + ".");
        }
        return problems(plan);
    }

    public static List<String> problems(MarkdownPlanDocument plan) {
        List<String> problems = new ArrayList<>();
        if (plan.paths().isEmpty()) {
            problems.add("the markdown plan has no price paths.");
        }
        for (RuleBreach breach : PricePathRules.check(plan.rules(), plan.paths())) {
            problems.add(breach.toSentence() + ".");
        }
        overBudget(plan).ifPresent(problems::add);
        Set<String> expected = new HashSet<>();
        PricePaths.priceChanges(plan.paths()).forEach(change -> expected.add(key(change)));
        Set<String> listed = new HashSet<>();
        for (PriceChange change : plan.priceChanges()) {
            String key = key(change);
            if (!listed.add(key)) {
                problems.add("the price change of product " + change.productId() + " in store " + change.storeId()
                        + " on " + change.effectiveDate() + " is listed twice.");
            } else if (!expected.contains(key)) {
                problems.add("the price change of product " + change.productId() + " in store " + change.storeId()
                        + " on " + change.effectiveDate() + " to " + String.format(Locale.ROOT, "%.2f",
                        change.newPrice()) + " is not what the plan's price path says.");
            }
        }
        long missing = expected.stream().filter(key -> !listed.contains(key)).count();
        if (missing > 0) {
            problems.add(missing + (missing == 1 ? " price change of the plan's price paths is" : " price changes of "
                    + "the plan's price paths are") + " missing from its price-change rows.");
        }
        return List.copyOf(problems);
    }

    /**
     * The plan's own markdown cost against its budget per plan: the cost needs the demand the plan was made with, which
     * the document does not carry, so the figure is the one the plan states — the one its reviewer saw and signed.
     */
    private static Optional<String> overBudget(MarkdownPlanDocument plan) {
        double budget = plan.rules().planMarkdownBudget();
        double cost = plan.summary().markdownCost();
        // cents: the report rounds money to cents, so a plan that uses its budget exactly is not refused for rounding
        if (Double.isNaN(budget) || !(Math.round(cost * 100) > Math.round(budget * 100))) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "the plan's markdown cost %,.2f is over its markdown budget per "
                + "plan %,.2f.", cost, budget));
    }

    private static String key(PriceChange change) {
        return String.format(Locale.ROOT, "%s|%s|%s|%.2f|%.2f", change.storeId(), change.productId(),
                change.effectiveDate(), change.oldPrice(), change.newPrice());
    }
}
