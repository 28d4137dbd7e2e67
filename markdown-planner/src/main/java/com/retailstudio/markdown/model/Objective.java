package com.retailstudio.markdown.model;

import java.util.Locale;

/**
 * What a markdown plan maximises, per product and planning unit (a store, or a price cluster sharing one price). The
 * same number is what the optimiser maximises, what the report, the Markdowns section, the review and the bundle
 * show as "objective".
 *
 * <p>{@link #MARGIN}: revenue − cost of the units sold + salvage of the units left − cost of the units left, i.e. the
 * profit on the stock on hand now = revenue + salvage − unit cost × stock now. The cost of the stock on hand is sunk:
 * it is the same for every price path, so it never changes which path is best; it is subtracted so the figure reads
 * as a profit. Markdowns already taken are sunk too (today's price is where the path starts).
 *
 * <p>{@link #REVENUE}: revenue from the units sold by exit; stock left at exit counts for nothing.
 *
 * <p>Either may be held to a sell-through target (a rule per category): a hard constraint, and when no rule-abiding
 * price path reaches it the plan says "infeasible" plainly.
 */
public enum Objective {
    MARGIN("margin"),
    REVENUE("revenue");

    private final String label;

    Objective(String label) {
        this.label = label;
    }

    /** The name used in files and on screen. */
    public String label() {
        return label;
    }

    /** The objective of a plan outcome. */
    public double of(double revenue, double margin) {
        return this == MARGIN ? margin : revenue;
    }

    /** Parses a label ("margin", "revenue"), case-insensitive. */
    public static Objective parse(String text) {
        for (Objective o : values()) {
            if (o.label.equals(text.trim().toLowerCase(Locale.ROOT))) {
                return o;
            }
        }
        throw new IllegalArgumentException("objective must be margin or revenue: " + text);
    }
}
