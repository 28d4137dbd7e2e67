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
import java.util.function.BiConsumer;
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
        Map<String, String> categoryOf = categoryOf(products);
        List<String> categories = categories(categoryOf);
        List<StorePlan> plans = plans(stores, zoneRows);
        Map<String, StoreTraffic.Builder> traffic = new HashMap<>();
        Map<String, StoreBaskets.Builder> basketsByStore = new HashMap<>();
        for (StorePlan plan : plans) {
            traffic.put(plan.storeId(), StoreTraffic.builder(plan));
            basketsByStore.put(plan.storeId(), StoreBaskets.builder(categories, plan.store().timezone()));
        }
        baskets.accept(line -> addBasketLine(builder(basketsByStore, line.storeId(), "baskets.csv"), categoryOf, line));
        readings.accept(r -> builder(traffic, r.storeId(), "foot_traffic.csv").add(r.visitId(), r.timestamp(),
                r.xM(), r.yM()));
        Map<String, StoreTraffic> builtTraffic = new HashMap<>();
        traffic.forEach((id, b) -> builtTraffic.put(id, b.build()));
        Map<String, StoreBaskets> builtBaskets = new HashMap<>();
        basketsByStore.forEach((id, b) -> builtBaskets.put(id, b.build()));
        return new LayoutData(categories, plans, builtTraffic, builtBaskets);
    }

    /**
     * As {@link #of} for sources that can hand over one store's rows alone (an imported columnar copy): each store's
     * baskets and readings are read the first time that store is analysed ({@link LayoutData#perStore}).
     *
     * @param basketsOf  hands every basket line of the store named to the consumer
     * @param readingsOf hands every foot-traffic reading of the store named to the consumer
     */
    public static LayoutData perStore(List<Store> stores, List<Zone> zoneRows, List<Product> products,
            BiConsumer<String, Consumer<BasketLine>> basketsOf, BiConsumer<String, Consumer<TrafficReading>> readingsOf) {
        Map<String, String> categoryOf = categoryOf(products);
        List<String> categories = categories(categoryOf);
        List<StorePlan> plans = plans(stores, zoneRows);
        Map<String, StorePlan> planOf = new HashMap<>();
        plans.forEach(plan -> planOf.put(plan.storeId(), plan));
        return LayoutData.perStore(categories, plans, id -> {
            StoreTraffic.Builder traffic = StoreTraffic.builder(planOf.get(id));
            readingsOf.accept(id, r -> traffic.add(r.visitId(), r.timestamp(), r.xM(), r.yM()));
            return traffic.build();
        }, id -> {
            StoreBaskets.Builder baskets = StoreBaskets.builder(categories, planOf.get(id).store().timezone());
            basketsOf.accept(id, line -> addBasketLine(baskets, categoryOf, line));
            return baskets.build();
        });
    }

    private static Map<String, String> categoryOf(List<Product> products) {
        Map<String, String> categoryOf = new HashMap<>();
        products.forEach(p -> categoryOf.put(p.productId(), p.category()));
        return categoryOf;
    }

    private static List<String> categories(Map<String, String> categoryOf) {
        return List.copyOf(new TreeSet<>(categoryOf.values()));
    }

    private static List<StorePlan> plans(List<Store> stores, List<Zone> zoneRows) {
        Map<String, List<Zone>> zones = new LinkedHashMap<>();
        zoneRows.forEach(z -> zones.computeIfAbsent(z.storeId(), id -> new ArrayList<>()).add(z));
        List<StorePlan> plans = new ArrayList<>();
        for (Store store : stores) {
            plans.add(new StorePlan(store, zones.getOrDefault(store.storeId(), List.of())));
        }
        return plans;
    }

    private static void addBasketLine(StoreBaskets.Builder baskets, Map<String, String> categoryOf, BasketLine line) {
        String category = categoryOf.get(line.productId());
        if (category == null) {
            throw new IllegalArgumentException("baskets.csv names product " + line.productId()
                    + ", which products.csv does not define.");
        }
        baskets.add(line.transactionId(), line.timestamp(), category, line.quantity(), line.unitPrice());
    }

    private static <T> T builder(Map<String, T> byStore, String storeId, String file) {
        T builder = byStore.get(storeId);
        if (builder == null) {
            throw new IllegalArgumentException(file + " names store " + storeId + ", which stores.csv does not define.");
        }
        return builder;
    }
}
