package com.retailstudio.data.model;

import java.time.Instant;

/**
 * A customer's latest consent decision for one purpose: one row of {@code consents.csv}.
 *
 * @param customerId the customer the decision belongs to
 * @param purpose    what the consent is for
 * @param granted    true when the customer agreed
 * @param updatedAt  when the decision was last recorded
 */
public record Consent(String customerId, ConsentPurpose purpose, boolean granted, Instant updatedAt) {
}
