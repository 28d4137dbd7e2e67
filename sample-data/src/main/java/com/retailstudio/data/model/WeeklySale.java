package com.retailstudio.data.model;

import java.time.LocalDate;

/**
 * One product's sales in one store for one week: one row of {@code sales_weekly.csv}.
 *
 * @param storeId    the store
 * @param productId  the product
 * @param weekStart  the Monday the week starts on
 * @param price      the shelf price that week in currency units, above zero
 * @param unitsSold  units sold that week, at most {@code stockStart}
 * @param stockStart units on hand at the start of the week
 */
public record WeeklySale(String storeId, String productId, LocalDate weekStart, double price, int unitsSold, int stockStart) {
}
