package com.retailstudio.data.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer profile: one row of {@code customers.csv}.
 *
 * @param customerId        unique customer id
 * @param signupDate        the day the customer joined
 * @param country           ISO-3166 alpha-2 country code, e.g. {@code GB}
 * @param timezone          the customer's IANA time zone, used for quiet hours and daily caps
 * @param loyaltyTier       loyalty programme tier
 * @param ageBand           age band
 * @param priceSensitivity  0 (indifferent to price) to 1 (buys only on discount)
 * @param preferredChannel  the channel the customer engages with most
 * @param lifetimeValue     historical spend in currency units, never negative
 * @param birthDate         the customer's date of birth, empty when the data set does not hold it (an optional column)
 */
public record Customer(
        String customerId,
        LocalDate signupDate,
        String country,
        ZoneId timezone,
        LoyaltyTier loyaltyTier,
        AgeBand ageBand,
        double priceSensitivity,
        Channel preferredChannel,
        double lifetimeValue,
        Optional<LocalDate> birthDate) {

    public Customer {
        Objects.requireNonNull(birthDate, "birthDate");
    }

    /** A customer whose date of birth is not known. */
    public Customer(String customerId, LocalDate signupDate, String country, ZoneId timezone, LoyaltyTier loyaltyTier,
            AgeBand ageBand, double priceSensitivity, Channel preferredChannel, double lifetimeValue) {
        this(customerId, signupDate, country, timezone, loyaltyTier, ageBand, priceSensitivity, preferredChannel,
                lifetimeValue, Optional.empty());
    }
}
