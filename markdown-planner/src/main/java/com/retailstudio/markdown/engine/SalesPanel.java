package com.retailstudio.markdown.engine;

import com.retailstudio.data.io.DataSet;
import com.retailstudio.data.model.Product;
import com.retailstudio.data.model.WeeklySale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Splits a data set's weekly sales into one {@link ProductSeries} per product. */
public final class SalesPanel {

    private SalesPanel() {
    }

    /** The last week with sales in the data set (the "now" of the plan), or null when there are none. */
    public static LocalDate lastWeek(DataSet data) {
        LocalDate last = null;
        for (WeeklySale s : data.weeklySales()) {
            if (last == null || s.weekStart().isAfter(last)) {
                last = s.weekStart();
            }
        }
        return last;
    }

    /** One series per product with sales up to and including {@code lastWeek}, in products.csv order. */
    public static List<ProductSeries> series(DataSet data, LocalDate lastWeek) {
        Map<String, List<WeeklySale>> byProduct = new HashMap<>();
        for (WeeklySale s : data.weeklySales()) {
            byProduct.computeIfAbsent(s.productId(), k -> new ArrayList<>()).add(s);
        }
        List<ProductSeries> out = new ArrayList<>();
        for (Product p : data.products()) {
            List<WeeklySale> rows = byProduct.get(p.productId());
            if (rows != null && !rows.isEmpty()) {
                out.add(ProductSeries.of(p, rows, lastWeek));
            }
        }
        return out;
    }
}
