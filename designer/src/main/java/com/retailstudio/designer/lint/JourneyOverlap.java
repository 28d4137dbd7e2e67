package com.retailstudio.designer.lint;

import com.retailstudio.designer.model.Journey;
import java.util.Objects;
import java.util.Optional;

/**
 * Two journeys that can message the same customer on the same day, with how many customers of the active data set
 * meet both journeys' entry conditions.
 *
 * @param customers   customers of the data set who meet both; empty when they could not be counted
 * @param ofCustomers customers in the data set (0 when not counted)
 * @param why         why they could not be counted; empty when they were
 */
public record JourneyOverlap(Journey first, Journey second, Optional<Integer> customers, int ofCustomers,
        Optional<String> why) {

    /** The stable code of the finding, described in docs/portfolio-format.md. */
    public static final String CODE = "JOURNEYS_OVERLAP";

    public JourneyOverlap {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(why, "why");
    }

    /** The overlap's share of the data set's customers, 0 to 1. */
    public double share() {
        return customers.isEmpty() || ofCustomers == 0 ? 0 : (double) customers.get() / ofCustomers;
    }

    /** The warning a marketer reads, naming both journeys and the overlap. */
    public String message() {
        String both = name(first) + " and " + name(second) + " can message the same customer on the same day";
        String estimate = customers.map(n -> ": " + String.format("%,d", n) + " of the active data set's "
                        + String.format("%,d", ofCustomers) + " customers (" + String.format("%.1f", 100 * share())
                        + " %) meet both journeys' entry conditions.")
                .orElseGet(() -> "; the overlap could not be estimated: " + why.orElse("no data set") + ".");
        return both + estimate + " Put them in the portfolio's priority order or cap messages across journeys.";
    }

    public Finding toFinding() {
        return Finding.warning(CODE, null, message());
    }

    private static String name(Journey journey) {
        return journey.name() + " (" + journey.id() + ")";
    }
}
