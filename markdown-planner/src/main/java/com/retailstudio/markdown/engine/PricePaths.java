package com.retailstudio.markdown.engine;

import com.retailstudio.data.io.DataSet;
import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.PriceChange;
import com.retailstudio.markdown.model.PricePath;
import com.retailstudio.markdown.model.StorePlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The price paths of a plan with the rule state each starts from (season week, markdowns already taken, weeks since
 * the last one), read from the data set the plan was made on, so that {@link PricePathRules} can check the plan later
 * without that data set.
 */
public final class PricePaths {

    private PricePaths() {
    }

    /** One path per product-store of the plan, in plan order; {@code data} must be the data set it was planned on. */
    public static List<PricePath> of(PlanResult plan, DataSet data) {
        Map<String, ProductSeries> series = new HashMap<>();
        for (ProductSeries s : SalesPanel.series(data, plan.asOf())) {
            series.put(s.product.productId(), s);
        }
        List<PricePath> paths = new ArrayList<>(plan.plans().size());
        for (StorePlan sp : plan.plans()) {
            ProductSeries s = series.get(sp.productId());
            ProductSeries.StoreState state = s == null ? null : s.states.stream()
                    .filter(st -> st.storeId().equals(sp.storeId())).findFirst().orElse(null);
            if (state == null) {
                throw new IllegalArgumentException("product " + sp.productId() + " in store " + sp.storeId()
                        + " has no current season in the data set; is it the data set the plan was made on?");
            }
            paths.add(new PricePath(sp.productId(), sp.storeId(), sp.category(), sp.cluster(),
                    (int) Math.round(sp.fullPrice() * 100), sp.currentCents(), sp.weeks().get(0),
                    state.nextSeasonWeek(), s.seasonWeeks, state.markdownsTaken(),
                    Math.min(state.weeksSinceLast(), 999), sp.planCents()));
        }
        return List.copyOf(paths);
    }

    /** The price-change rows of paths (as {@link MarkdownPlanner#priceChanges} gives them for a plan). */
    public static List<PriceChange> priceChanges(List<PricePath> paths) {
        List<PriceChange> out = new ArrayList<>();
        for (PricePath path : paths) {
            MarkdownPlanner.addPriceChanges(path.storeId(), path.productId(), path.fullCents() / 100.0,
                    path.currentCents(), path.firstWeek(), path.planCents(), out);
        }
        return out;
    }
}
