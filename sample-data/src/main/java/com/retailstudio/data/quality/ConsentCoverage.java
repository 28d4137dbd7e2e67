package com.retailstudio.data.quality;

import com.retailstudio.data.model.ConsentPurpose;

/**
 * How many customers granted consent for one purpose.
 *
 * @param purpose   the consent purpose
 * @param granted   customers with a valid consent row granting it
 * @param customers valid customers in the data set
 * @param share     {@code granted / customers}, 0..1 (0 when there are no customers)
 */
public record ConsentCoverage(ConsentPurpose purpose, long granted, long customers, double share) {
}
