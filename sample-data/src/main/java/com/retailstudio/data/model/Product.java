package com.retailstudio.data.model;

import java.time.LocalDate;

/**
 * A product in the assortment with its season and costs: one row of {@code products.csv}.
 *
 * @param productId    unique product id
 * @param name         display name
 * @param category     merchandise category
 * @param fullPrice    regular shelf price in currency units, above zero
 * @param unitCost     cost per unit in currency units, above zero and below {@code fullPrice}
 * @param seasonStart  first day on sale
 * @param seasonEnd    exit day, after {@code seasonStart}
 * @param salvageRate  share of {@code unitCost} recovered for stock left at exit, 0..1
 * @param fixtureStock units that fill the display; below it sales fall (the broken-assortment effect)
 */
public record Product(
        String productId,
        String name,
        String category,
        double fullPrice,
        double unitCost,
        LocalDate seasonStart,
        LocalDate seasonEnd,
        double salvageRate,
        int fixtureStock) {
}
