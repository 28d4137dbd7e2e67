package com.retailstudio.data.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line item of a till transaction: one row of {@code baskets.csv}.
 *
 * @param transactionId the transaction (basket) the line belongs to
 * @param storeId       the store where it was bought
 * @param timestamp     when the transaction happened (UTC)
 * @param customerId    the identified customer, empty for an anonymous shopper
 * @param productId     the product bought
 * @param quantity      units bought, above zero
 * @param unitPrice     price paid per unit in currency units, above zero
 */
public record BasketLine(
        String transactionId,
        String storeId,
        Instant timestamp,
        Optional<String> customerId,
        String productId,
        int quantity,
        double unitPrice) {

    public BasketLine {
        Objects.requireNonNull(customerId, "customerId");
    }
}
