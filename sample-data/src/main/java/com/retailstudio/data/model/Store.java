package com.retailstudio.data.model;

import java.time.ZoneId;

/**
 * A store and the size of its floor: one row of {@code stores.csv}.
 *
 * @param storeId      unique store id
 * @param name         display name
 * @param city         city the store is in
 * @param timezone     the store's IANA time zone
 * @param widthM       floor width in metres (x axis), above zero
 * @param depthM       floor depth in metres (y axis), above zero
 * @param priceCluster stores in one cluster share shelf prices
 */
public record Store(String storeId, String name, String city, ZoneId timezone, double widthM, double depthM, String priceCluster) {
}
