package com.retailstudio.designer.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The limits that protect customers and the brand whatever the journey's steps say.
 *
 * @param frequencyCaps  caps per channel and at most one global cap
 * @param quietHours     when interrupting channels stay silent, in the customer's local time
 * @param consent        the consent purpose checked per channel and for personalised promotions
 * @param holdoutPercent share of customers (0 to 100) kept out of the journey as a control group, chosen by
 *                       {@link Holdout}
 */
public record Guardrails(List<FrequencyCap> frequencyCaps, Optional<QuietHours> quietHours, ConsentRules consent,
        double holdoutPercent) {
    public Guardrails {
        frequencyCaps = List.copyOf(frequencyCaps);
        Objects.requireNonNull(quietHours, "quietHours");
        Objects.requireNonNull(consent, "consent");
        if (!(holdoutPercent >= 0 && holdoutPercent <= 100)) {
            throw new IllegalArgumentException("holdout must be between 0 and 100 percent");
        }
    }

    public Optional<FrequencyCap> globalCap() {
        return frequencyCaps.stream().filter(FrequencyCap::isGlobal).findFirst();
    }

    public List<FrequencyCap> capsFor(JourneyChannel channel) {
        return frequencyCaps.stream().filter(c -> c.channel().equals(Optional.of(channel))).toList();
    }
}
