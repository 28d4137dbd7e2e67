package com.retailstudio.layout.io;

import com.retailstudio.data.io.DataReaders;
import com.retailstudio.data.model.BasketLine;
import com.retailstudio.data.model.Product;
import com.retailstudio.data.model.Store;
import com.retailstudio.data.model.TrafficReading;
import com.retailstudio.data.model.Zone;
import com.retailstudio.layout.engine.LayoutData;
import com.retailstudio.layout.engine.StoreBaskets;
import com.retailstudio.layout.engine.StoreTraffic;
import com.retailstudio.layout.model.StorePlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the five files layout analytics needs (stores, zones, products, baskets, foot traffic) with the strict
 * contract readers, skipping the large files it does not need (events, customers).
 */
public final class LayoutDataReader {

    private LayoutDataReader() {
    }

    /**
     * @throws com.retailstudio.data.io.DataFormatException at the first row that breaks the contract
     * @throws IllegalArgumentException when a basket or reading names a store or product the files do not define
     */
    public static LayoutData read(Path folder) {
        List<Store> stores;
        try (Stream<Store> s = DataReaders.stores(folder.resolve("stores.csv"))) {
            stores = s.toList();
        }
        List<Zone> zones;
        try (Stream<Zone> s = DataReaders.zones(folder.resolve("zones.csv"))) {
            zones = s.toList();
        }
        List<Product> products;
        try (Stream<Product> s = DataReaders.products(folder.resolve("products.csv"))) {
            products = s.toList();
        }
        return of(stores, zones, products, sink -> {
            try (Stream<BasketLine> s = DataReaders.basketLines(folder.resolve("baskets.csv"))) {
                s.forEach(sink);
            }
        }, sink -> {
            try (Stream<TrafficReading> s = DataReaders.footTraffic(folder.resolve("foot_traffic.csv"))) {
                s.forEach(sink);
            }
        });
    }

    /**
     * Builds the layout data from records already read (for instance from an imported columnar copy, one store's
     * baskets and readings only): {@code baskets} and {@code traffic} hand every record to the consumer given.
     *
     * @throws IllegalArgumentException when a basket or reading names a store or product the files do not define
     */
    public static LayoutData of(List<Store> stores, List<Zone> zoneRows, List<Product> products,
            Consumer<Consumer<BasketLine>> baskets, Consumer<Consumer<TrafficReading>> readings) {
        Map<String, List<Zone>> zones = new LinkedHashMap<>();
        zoneRows.forEach(z -> zones.computeIfAbsent(z.storeId(), id -> new ArrayList<>()).add(z));
        Map<String, String> categoryOf = new HashMap<>();
        products.forEach(p -> categoryOf.put(p.productId(), p.category()));
        List<String> categories = List.copyOf(new TreeSet<>(categoryOf.values()));
        List<StorePlan> plans = new ArrayList<>();
        Map<String, StoreTraffic.Builder> traffic = new HashMap<>();
        Map<String, StoreBaskets.Builder> basketsByStore = new HashMap<>();
        for (Store store : stores) {
            StorePlan plan = new StorePlan(store, zones.getOrDefault(store.storeId(), List.of()));
            plans.add(plan);
            traffic.put(store.storeId(), StoreTraffic.builder(plan));
            basketsByStore.put(store.storeId(), StoreBaskets.builder(categories, store.timezone()));
        }
        baskets.accept(line -> {
            String category = categoryOf.get(line.productId());
            if (category == null) {
                throw new IllegalArgumentException("baskets.csv names product " + line.productId()
                        + ", which products.csv does not define.");
            }
            builder(basketsByStore, line.storeId(), "baskets.csv").add(line.transactionId(), line.timestamp(),
                    category, line.quantity(), line.unitPrice());
        });
        readings.accept(r -> builder(traffic, r.storeId(), "foot_traffic.csv").add(r.visitId(), r.timestamp(),
                r.xM(), r.yM()));
        Map<String, StoreTraffic> builtTraffic = new HashMap<>();
        traffic.forEach((id, b) -> builtTraffic.put(id, b.build()));
        Map<String, StoreBaskets> builtBaskets = new HashMap<>();
        basketsByStore.forEach((id, b) -> builtBaskets.put(id, b.build()));
        return new LayoutData(categories, plans, builtTraffic, builtBaskets);
    }

    private static <T> T builder(Map<String, T> byStore, String storeId, String file) {
        T builder = byStore.get(storeId);
        if (builder == null) {
            throw new IllegalArgumentException(file + " names store " + storeId + ", which stores.csv does not define.");
        }
        return builder;
    }
}
