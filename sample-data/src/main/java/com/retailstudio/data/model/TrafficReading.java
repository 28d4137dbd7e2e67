package com.retailstudio.data.model;

import java.time.Instant;

/**
 * One position reading of a shopper's visit on a store floor: one row of {@code foot_traffic.csv}.
 *
 * @param storeId   the store
 * @param visitId   the visit (one shopper's trip) the reading belongs to
 * @param timestamp when the position was read (UTC)
 * @param xM        metres from the store's left edge
 * @param yM        metres from the store's top edge
 */
public record TrafficReading(String storeId, String visitId, Instant timestamp, double xM, double yM) {
}
