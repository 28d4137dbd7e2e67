package com.retailstudio.markdown.model;

import java.time.LocalDate;

/** One row of the price-change file: a store's new shelf price for a product from a date. */
public record PriceChange(String storeId, String productId, LocalDate effectiveDate, double oldPrice,
                          double newPrice, double discountPct) {
}
