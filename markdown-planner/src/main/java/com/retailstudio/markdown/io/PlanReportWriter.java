package com.retailstudio.markdown.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.PlanSummary;
import com.retailstudio.markdown.model.ProductDemand;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the plan report as JSON: {@code summary} (margin, baseline_margin, margin_uplift_pct, sell_through,
 * leftover_units and more), {@code products} (product_id, elasticity, elasticity_ci [low, high], mape and the fit
 * details) and {@code run} (as_of, timings in milliseconds, counts). NaN values are written as null.
 */
public final class PlanReportWriter {

    private PlanReportWriter() {
    }

    public static Map<String, Object> toMap(PlanResult result, long totalMillis) {
        Map<String, Object> root = new LinkedHashMap<>();
        PlanSummary s = result.summary();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("margin", round(s.margin()));
        summary.put("baseline_margin", round(s.baselineMargin()));
        summary.put("margin_uplift_pct", round(s.marginUpliftPct()));
        summary.put("sell_through", round4(s.sellThrough()));
        summary.put("leftover_units", round(s.leftoverUnits()));
        summary.put("no_markdown_margin", round(s.noMarkdownMargin()));
        summary.put("revenue", round(s.revenue()));
        summary.put("baseline_revenue", round(s.baselineRevenue()));
        summary.put("baseline_sell_through", round4(s.baselineSellThrough()));
        summary.put("baseline_leftover_units", round(s.baselineLeftoverUnits()));
        summary.put("product_stores", s.productStores());
        summary.put("price_changes", s.priceChanges());
        summary.put("baseline", "30 % off from 4 weeks before exit, 50 % off from 2 weeks before exit");
        summary.put("evaluated_under", "the fitted demand model (expected units)");
        root.put("summary", summary);

        List<Map<String, Object>> products = new ArrayList<>();
        for (ProductDemand d : result.demand()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("product_id", d.productId());
            p.put("category", d.category());
            p.put("elasticity", round4(d.elasticity()));
            p.put("elasticity_ci", java.util.Arrays.asList(round4(d.elasticityLow()), round4(d.elasticityHigh())));
            p.put("mape", round4(d.mape()));
            p.put("held_out_weeks", d.heldOutWeeks());
            p.put("own_elasticity", round4(d.rawElasticity()));
            p.put("own_std_error", round4(d.rawStdError()));
            p.put("theta", round4(d.theta()));
            p.put("observations", d.observations());
            p.put("category_estimate_only", d.categoryOnly());
            products.add(p);
        }
        root.put("products", products);

        Map<String, Object> run = new LinkedHashMap<>();
        run.put("as_of_week", result.asOf().toString());
        run.put("fit_ms", result.fitMillis());
        run.put("optimise_ms", result.optimiseMillis());
        run.put("total_ms", totalMillis);
        run.put("products", result.demand().size());
        run.put("product_stores", result.plans().size());
        root.put("run", run);
        return root;
    }

    public static void write(PlanResult result, long totalMillis, Path file) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(),
                toMap(result, totalMillis));
    }

    private static Double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 100) / 100.0 : null;
    }

    private static Double round4(double v) {
        return Double.isFinite(v) ? Math.round(v * 10_000) / 10_000.0 : null;
    }
}
