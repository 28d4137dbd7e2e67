package com.retailstudio.layout.engine;

import com.retailstudio.layout.model.TimeFilter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One store's till transactions, sorted by till time, with categories named by index into {@code categories}. */
public final class StoreBaskets {

    private final List<String> categories;
    private final List<TillBasket> baskets;

    public StoreBaskets(List<String> categories, List<TillBasket> baskets) {
        this.categories = List.copyOf(categories);
        List<TillBasket> sorted = new ArrayList<>(baskets);
        sorted.sort(Comparator.comparingLong(TillBasket::epochSecond));
        this.baskets = List.copyOf(sorted);
    }

    public List<String> categories() {
        return categories;
    }

    public List<TillBasket> all() {
        return baskets;
    }

    public int categoryIndex(String category) {
        return categories.indexOf(category);
    }

    /** The baskets whose store-local till time the filter keeps. */
    public List<TillBasket> in(TimeFilter filter) {
        boolean[] hours = filter.daypart().weekHourFlags();
        long first = filter.firstEpochDay();
        long last = filter.lastEpochDay();
        return baskets.stream().filter(b -> b.localEpochDay() >= first && b.localEpochDay() <= last
                && hours[b.weekHour()]).toList();
    }

    public static Builder builder(List<String> categories, ZoneId timeZone) {
        return new Builder(categories, timeZone);
    }

    /** Collects line items; lines of one transaction need not be adjacent. */
    public static final class Builder {
        private final List<String> categories;
        private final ZoneId timeZone;
        private final Map<String, long[]> times = new LinkedHashMap<>();
        private final Map<String, TreeMap<Integer, Double>> lines = new LinkedHashMap<>();

        private Builder(List<String> categories, ZoneId timeZone) {
            this.categories = List.copyOf(categories);
            this.timeZone = timeZone;
        }

        /** One line item: {@code category} must be one of the builder's categories. */
        public Builder add(String transactionId, Instant time, String category, int quantity, double unitPrice) {
            int c = categories.indexOf(category);
            if (c < 0) {
                throw new IllegalArgumentException("Category " + category + " is not among " + categories);
            }
            times.putIfAbsent(transactionId, new long[] {time.getEpochSecond()});
            lines.computeIfAbsent(transactionId, id -> new TreeMap<>()).merge(c, quantity * unitPrice, Double::sum);
            return this;
        }

        public StoreBaskets build() {
            List<TillBasket> result = new ArrayList<>(times.size());
            for (Map.Entry<String, long[]> e : times.entrySet()) {
                TreeMap<Integer, Double> byCategory = lines.get(e.getKey());
                int[] cats = byCategory.keySet().stream().mapToInt(Integer::intValue).toArray();
                double[] revenue = byCategory.values().stream().mapToDouble(Double::doubleValue).toArray();
                long second = e.getValue()[0];
                LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochSecond(second), timeZone);
                result.add(new TillBasket(e.getKey(), second, local.toLocalDate().toEpochDay(),
                        StoreTraffic.weekHour(local), cats, revenue));
            }
            return new StoreBaskets(categories, result);
        }
    }

    @Override
    public String toString() {
        return "StoreBaskets[" + baskets.size() + " baskets over " + Arrays.toString(categories.toArray()) + "]";
    }
}
