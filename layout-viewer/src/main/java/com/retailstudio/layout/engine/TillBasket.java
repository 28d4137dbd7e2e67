package com.retailstudio.layout.engine;

import java.util.Arrays;

/**
 * One till transaction reduced to what layout analytics needs: when, and how much of each category it bought.
 *
 * @param transactionId the transaction
 * @param epochSecond   till time
 * @param localEpochDay the store-local date, as an epoch day
 * @param weekHour      the store-local hour of the week, Monday 00h = 0
 * @param categories    indexes of the categories bought, ascending, no repeats
 * @param revenue       revenue per entry of {@code categories} (quantity × unit price summed)
 */
public record TillBasket(String transactionId, long epochSecond, long localEpochDay, int weekHour, int[] categories,
                         double[] revenue) {

    public boolean has(int category) {
        return Arrays.binarySearch(categories, category) >= 0;
    }

    public double revenueOf(int category) {
        int i = Arrays.binarySearch(categories, category);
        return i >= 0 ? revenue[i] : 0;
    }
}
