package com.retailstudio.layout.engine;

import com.retailstudio.layout.model.StorePlan;
import java.util.AbstractMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What layout analytics reads from a data set: every store's plan, readings and baskets, and the category list that
 * basket category indexes refer to.
 */
public record LayoutData(List<String> categories, List<StorePlan> plans, Map<String, StoreTraffic> traffic,
                         Map<String, StoreBaskets> baskets) {

    public LayoutData {
        categories = List.copyOf(categories);
        plans = List.copyOf(plans);
        traffic = traffic instanceof PerStore ? traffic : Map.copyOf(traffic);
        baskets = baskets instanceof PerStore ? baskets : Map.copyOf(baskets);
    }

    /**
     * Layout data whose readings and baskets are read for a store the first time it is asked for, and kept: a section
     * opening a large data set reads only the store it shows (from an imported copy that is one pass over its files
     * per store instead of every store's rows before anything is drawn).
     */
    public static LayoutData perStore(List<String> categories, List<StorePlan> plans,
                                      Function<String, StoreTraffic> trafficOf,
                                      Function<String, StoreBaskets> basketsOf) {
        Set<String> ids = plans.stream().map(StorePlan::storeId).collect(Collectors.toUnmodifiableSet());
        return new LayoutData(categories, plans, new PerStore<>(ids, trafficOf), new PerStore<>(ids, basketsOf));
    }

    public List<String> storeIds() {
        return plans.stream().map(StorePlan::storeId).toList();
    }

    public Optional<StorePlan> plan(String storeId) {
        return plans.stream().filter(p -> p.storeId().equals(storeId)).findFirst();
    }

    /** An unmodifiable map of the given stores whose values are computed once, on first use (thread-safe). */
    private static final class PerStore<V> extends AbstractMap<String, V> {

        private final Set<String> storeIds;
        private final Function<String, V> compute;
        private final Map<String, V> computed = new ConcurrentHashMap<>();

        PerStore(Set<String> storeIds, Function<String, V> compute) {
            this.storeIds = storeIds;
            this.compute = compute;
        }

        @Override
        public V get(Object key) {
            return key instanceof String id && storeIds.contains(id) ? computed.computeIfAbsent(id, compute) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return storeIds.contains(key);
        }

        /** Every store's value: reads the stores not read yet. */
        @Override
        public Set<Entry<String, V>> entrySet() {
            return storeIds.stream().map(id -> Map.entry(id, get(id))).collect(Collectors.toUnmodifiableSet());
        }

        @Override
        public Collection<V> values() {
            return entrySet().stream().map(Entry::getValue).toList();
        }
    }
}
