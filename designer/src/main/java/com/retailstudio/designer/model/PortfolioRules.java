package com.retailstudio.designer.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The workspace's rules across all live journeys, versioned and reviewed like a journey: what a customer may receive
 * from every journey together, whatever each journey's own guardrails allow (docs/journey-semantics.md, "Portfolio").
 *
 * @param id                   stable id, e.g. {@code default}; a workspace has one rule set per id
 * @param caps                 caps per channel and at most one across all channels, counted over the sends of every
 *                             journey in the portfolio (day-long windows are calendar days in the customer's zone)
 * @param globalControlPercent share of customers (0 to 100) who receive no marketing message from any journey, chosen
 *                             by {@link #inGlobalControl}; transactional messages still go to them
 * @param priority             journey ids, highest priority first: when caps leave room for only one send, the
 *                             journey listed first wins, then the higher expected value; unlisted journeys come after
 *                             every listed one
 * @param suppressedSegments   saved segments whose customers never receive marketing, each with the conditions of
 *                             the version chosen, so the rules stand on their own (a bundle, a review) like a journey
 * @param suppressedCustomers  customer ids who never receive marketing (e.g. a do-not-contact list)
 */
public record PortfolioRules(String id, String name, List<FrequencyCap> caps, double globalControlPercent,
        List<String> priority, List<SuppressedSegment> suppressedSegments, Set<String> suppressedCustomers) {

    /** What an id may be, as for segments and journeys. */
    public static final Pattern ID = Segment.ID;
    /** The salt of the global control's buckets: a different choice of customers from any journey's holdout. */
    public static final String GLOBAL_CONTROL_SALT = "portfolio-global-control";

    public PortfolioRules {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("'" + id + "' is not a portfolio id: use letters, digits, - and _");
        }
        caps = List.copyOf(caps);
        if (caps.stream().filter(FrequencyCap::isGlobal).count() > 1) {
            throw new IllegalArgumentException("there can be only one cap across all channels");
        }
        if (!(globalControlPercent >= 0 && globalControlPercent <= 100)) {
            throw new IllegalArgumentException("the global control must be between 0 and 100 percent");
        }
        priority = List.copyOf(priority);
        if (Set.copyOf(priority).size() != priority.size()) {
            throw new IllegalArgumentException("a journey can be listed only once in the priority order");
        }
        suppressedSegments = List.copyOf(suppressedSegments);
        suppressedCustomers = Set.copyOf(suppressedCustomers);
    }

    /** Rules that change nothing: no caps, no control, no priority, nobody suppressed. */
    public static PortfolioRules none(String id) {
        return new PortfolioRules(id, id, List.of(), 0, List.of(), List.of(), Set.of());
    }

    /**
     * The journey's rank, 0 for the highest priority; unlisted journeys share the rank after the last listed one.
     */
    public int rank(String journeyId) {
        int index = priority.indexOf(journeyId);
        return index >= 0 ? index : priority.size();
    }

    /** Whether the customer is in the global control: {@link Holdout}'s stable buckets under its own salt. */
    public boolean inGlobalControl(String customerId) {
        return globalControlPercent > 0 && Holdout.isHeldOut(GLOBAL_CONTROL_SALT, customerId, globalControlPercent);
    }

    /** A saved segment whose customers are suppressed, with the conditions of the version chosen. */
    public record SuppressedSegment(SegmentReference segment, Condition.Group conditions) {
        public SuppressedSegment {
            Objects.requireNonNull(segment, "segment");
            Objects.requireNonNull(conditions, "conditions");
        }
    }
}
