package com.retailstudio.layout.engine;

import com.retailstudio.layout.model.StorePlan;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What layout analytics reads from a data set: every store's plan, readings and baskets, and the category list that
 * basket category indexes refer to.
 */
public record LayoutData(List<String> categories, List<StorePlan> plans, Map<String, StoreTraffic> traffic,
                         Map<String, StoreBaskets> baskets) {

    public LayoutData {
        categories = List.copyOf(categories);
        plans = List.copyOf(plans);
        traffic = Map.copyOf(traffic);
        baskets = Map.copyOf(baskets);
    }

    public List<String> storeIds() {
        return plans.stream().map(StorePlan::storeId).toList();
    }

    public Optional<StorePlan> plan(String storeId) {
        return plans.stream().filter(p -> p.storeId().equals(storeId)).findFirst();
    }
}
