package com.retailstudio.markdown.ui;

import com.retailstudio.markdown.model.StorePlan;
import java.util.function.Function;

/** How the plan table groups its rows. */
public enum Grouping {
    NONE("No grouping", p -> ""),
    CATEGORY("By category", StorePlan::category),
    STORE("By store", StorePlan::storeId);

    private final String label;
    private final Function<StorePlan, String> key;

    Grouping(String label, Function<StorePlan, String> key) {
        this.label = label;
        this.key = key;
    }

    /** The group a row falls in. */
    public String keyOf(StorePlan row) {
        return key.apply(row);
    }

    @Override
    public String toString() {
        return label;
    }
}
