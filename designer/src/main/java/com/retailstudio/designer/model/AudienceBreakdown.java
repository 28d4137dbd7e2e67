package com.retailstudio.designer.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many customers of a data set meet an audience (a segment, a journey's audience)'s conditions, and who they are by home store, region (country of
 * residence), consent per purpose and age band. Each map lists every value of the data set, zeros included, in a
 * stable order (stores and regions as first seen in the data, purposes and age bands in the contract's order).
 *
 * @param size      customers who meet the conditions
 * @param customers customers in the data set
 * @param asOf      the instant the conditions were evaluated at (the end of the data's events)
 * @param byConsent customers of the audience who granted each purpose
 */
public record AudienceBreakdown(int size, int customers, Instant asOf, Map<String, Integer> byStore,
        Map<String, Integer> byRegion, Map<String, Integer> byConsent, Map<String, Integer> byAgeBand) {

    /** The home store of a customer who never bought in a store. */
    public static final String NO_STORE = "none";

    public AudienceBreakdown {
        Objects.requireNonNull(asOf, "asOf");
        byStore = copy(byStore);
        byRegion = copy(byRegion);
        byConsent = copy(byConsent);
        byAgeBand = copy(byAgeBand);
    }

    private static Map<String, Integer> copy(Map<String, Integer> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** The audience's share of the data set's customers, 0 to 1 (0 for a data set without customers). */
    public double share() {
        return customers == 0 ? 0 : (double) size / customers;
    }
}
