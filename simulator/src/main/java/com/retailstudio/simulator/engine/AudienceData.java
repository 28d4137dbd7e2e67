package com.retailstudio.simulator.engine;

import com.retailstudio.data.io.DataSet;
import com.retailstudio.data.model.BasketLine;
import com.retailstudio.data.model.Store;
import com.retailstudio.designer.model.AudienceBreakdown;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A data set's customers as compact columns for counting audiences: the simulator's {@link CustomerData} plus each
 * customer's home store (the store of most of their basket transactions) and region (country of residence) as small
 * indexes, and, made on first use and kept, one column per behaviour field (events of a type in a window, time since
 * the last one) at the end of the data's events. An audience is then counted by the simulator's own compiled
 * conditions ({@link AudienceCounter}) reading arrays only.
 */
public final class AudienceData {
    private final CustomerData customers;
    private final long asOf;
    private final String[] stores;
    private final short[] homeStore;
    private final String[] regions;
    private final short[] region;
    private final Map<Long, int[]> counts = new ConcurrentHashMap<>();
    private final Map<Integer, double[]> sinceLast = new ConcurrentHashMap<>();

    private AudienceData(CustomerData customers, List<String> storeIds, List<BasketLine> baskets) {
        this.customers = customers;
        this.asOf = customers.eventCount() == 0 ? 0 : customers.horizonEnd();
        int size = customers.size();
        Map<String, Integer> customerIndex = new HashMap<>(size * 2);
        for (int c = 0; c < size; c++) {
            customerIndex.put(customers.id(c), c);
        }
        Map<String, Integer> storeIndex = new LinkedHashMap<>();
        storeIds.forEach(id -> storeIndex.putIfAbsent(id, storeIndex.size()));
        baskets.forEach(line -> storeIndex.putIfAbsent(line.storeId(), storeIndex.size()));
        int storeCount = storeIndex.size();
        // transactions per customer and store; a transaction's lines are counted once (they follow each other)
        int[] visits = new int[size * Math.max(1, storeCount)];
        String lastTransaction = null;
        for (BasketLine line : baskets) {
            if (line.customerId().isEmpty() || line.transactionId().equals(lastTransaction)) {
                lastTransaction = line.transactionId();
                continue;
            }
            lastTransaction = line.transactionId();
            Integer c = customerIndex.get(line.customerId().get());
            if (c != null) {
                visits[c * storeCount + storeIndex.get(line.storeId())]++;
            }
        }
        stores = new String[storeCount + 1];
        storeIndex.forEach((id, i) -> stores[i] = id);
        stores[storeCount] = AudienceBreakdown.NO_STORE;
        homeStore = new short[size];
        Map<String, Integer> regionIndex = new LinkedHashMap<>();
        region = new short[size];
        for (int c = 0; c < size; c++) {
            int best = storeCount;
            int most = 0;
            for (int s = 0; s < storeCount; s++) {
                if (visits[c * storeCount + s] > most) {
                    most = visits[c * storeCount + s];
                    best = s;
                }
            }
            homeStore[c] = (short) best;
            region[c] = (short) (int) regionIndex.computeIfAbsent(customers.country(c), k -> regionIndex.size());
        }
        regions = regionIndex.keySet().toArray(String[]::new);
    }

    /** From a whole data set: its customers, consents and events, its stores and its baskets. */
    public static AudienceData of(DataSet data) {
        return of(CustomerData.of(data), data.stores().stream().map(Store::storeId).toList(), data.basketLines());
    }

    /** @param storeIds the data set's stores, in the order the breakdown lists them */
    public static AudienceData of(CustomerData customers, List<String> storeIds, List<BasketLine> baskets) {
        return new AudienceData(customers, storeIds, baskets);
    }

    public CustomerData customers() {
        return customers;
    }

    /** Epoch second at which conditions are evaluated: the data's last event (0 without events). */
    public long asOf() {
        return asOf;
    }

    List<String> stores() {
        return List.of(stores);
    }

    int homeStore(int customer) {
        return homeStore[customer];
    }

    List<String> regions() {
        return new ArrayList<>(List.of(regions));
    }

    int region(int customer) {
        return region[customer];
    }

    /** Each customer's events of the type in the window ending at {@link #asOf}, made on first use. */
    int[] counts(int eventType, long windowSeconds) {
        return counts.computeIfAbsent((long) eventType << 40 | windowSeconds, key -> {
            int[] column = new int[customers.size()];
            for (int c = 0; c < column.length; c++) {
                column[c] = customers.countEvents(customers.firstEvent(c), customers.endEvent(c), eventType, asOf,
                        windowSeconds);
            }
            return column;
        });
    }

    /** Each customer's seconds since their last event of the type at {@link #asOf} (infinite: never), on first use. */
    double[] sinceLast(int eventType) {
        return sinceLast.computeIfAbsent(eventType, key -> {
            double[] column = new double[customers.size()];
            for (int c = 0; c < column.length; c++) {
                column[c] = customers.secondsSinceLast(customers.firstEvent(c), customers.endEvent(c), eventType,
                        asOf);
            }
            return column;
        });
    }
}
