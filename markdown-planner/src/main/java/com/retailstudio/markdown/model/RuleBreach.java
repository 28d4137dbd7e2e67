package com.retailstudio.markdown.model;

import java.time.LocalDate;

/**
 * A planned price that a business rule forbids.
 *
 * @param rule   the rule's name as merchandisers know it, e.g. "minimum weeks between markdowns"
 * @param week   Monday of the week the price takes effect
 * @param detail what is wrong, in one clause, e.g. "a markdown 1 week after the previous one; 2 are required"
 */
public record RuleBreach(String productId, String storeId, LocalDate week, String rule, String detail) {

    /** "product P001 in store S001, week of 2026-09-07, breaks the rule 'maximum depth': ...". */
    public String toSentence() {
        return "product " + productId + " in store " + storeId + ", week of " + week + ", breaks the rule '" + rule
                + "': " + detail;
    }
}
