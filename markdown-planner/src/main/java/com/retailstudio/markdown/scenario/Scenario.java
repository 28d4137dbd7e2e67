package com.retailstudio.markdown.scenario;

import com.retailstudio.markdown.model.RuleBook;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A named what-if run: a rule book (which carries the objective and each category's markdown budget) and changes made
 * by hand, re-applied after every re-planning as long as they still keep the rules.
 *
 * @param name    what the merchandiser calls it ("deeper clearance", "budget 500")
 * @param rules   the rules and objective to plan under
 * @param changes prices set by hand, in the order they were made
 */
public record Scenario(String name, RuleBook rules, List<HandChange> changes) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a scenario needs a name");
        }
        Objects.requireNonNull(rules, "rules");
        changes = List.copyOf(changes);
    }

    /**
     * A price set by hand: from the week of {@code week} the product costs {@code cents} in the store (and every store
     * of its price cluster when the cluster shares a price) until the plan's next step; today's or the previous
     * week's price removes the step (as in the Markdowns section's changes by hand).
     */
    public record HandChange(String productId, String storeId, LocalDate week, int cents) {

        public HandChange {
            Objects.requireNonNull(productId, "productId");
            Objects.requireNonNull(storeId, "storeId");
            Objects.requireNonNull(week, "week");
            if (cents <= 0) {
                throw new IllegalArgumentException("a price must be positive: " + cents);
            }
        }
    }
}
