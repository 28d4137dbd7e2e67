package com.retailstudio.markdown.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.retailstudio.markdown.model.BudgetUse;
import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.PlanSummary;
import com.retailstudio.markdown.model.ProductDemand;
import com.retailstudio.markdown.model.StorePlan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the plan report as JSON: {@code summary} (the objective by name and its totals for the plan, the baseline
 * and keeping prices, how many product-stores hold the price, margin, baseline_margin, margin_uplift_pct,
 * sell_through, leftover_units and more), {@code products} (product_id, elasticity, elasticity_ci [low, high], mape
 * and the fit details), {@code product_stores} (per product-store: plan, keep_price and baseline with objective,
 * margin, revenue, units sold and left, sell-through, markdown cost and prices, and the fitted demand to recompute
 * them) and {@code run} (as_of, timings in milliseconds, counts). NaN values are written as null.
 */
public final class PlanReportWriter {

    private PlanReportWriter() {
    }

    public static Map<String, Object> toMap(PlanResult result, long totalMillis) {
        Map<String, Object> root = new LinkedHashMap<>();
        PlanSummary s = result.summary();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("objective", s.objectiveName());
        summary.put("objective_value", round(s.objectiveValue()));
        summary.put("baseline_objective", round(s.baselineObjective()));
        summary.put("keep_price_objective", round(s.keepObjective()));
        summary.put("product_stores_holding_price", s.holdingPrice());
        summary.put("markdown_cost", round(s.markdownCost()));
        summary.put("plan_markdown_budget", budget(result.budget(), s));
        summary.put("sell_through_target_infeasible", s.targetMissed());
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
            p.put("elasticity_ci", Arrays.asList(round4(d.elasticityLow()), round4(d.elasticityHigh())));
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
        List<Map<String, Object>> rows = new ArrayList<>(result.plans().size());
        for (StorePlan sp : result.plans()) {
            rows.add(productStore(sp));
        }
        root.put("product_stores", rows);

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

    /**
     * One product-store: the plan, keeping today's price and the baseline, each with its figures, and the fitted
     * demand they were projected under, so each figure can be recomputed by hand (docs/markdown-planner.md).
     */
    /** The plan-wide markdown budget and its use; null when the rule book sets none. */
    private static Map<String, Object> budget(BudgetUse use, PlanSummary s) {
        if (!use.hasBudget()) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("budget", round(use.budget()));
        out.put("used", round(s.markdownCost()));
        out.put("binding", use.binding());
        out.put("proven_optimal", use.optimal(s.objectiveValue()));
        out.put("upper_bound", round(use.upperBound()));
        out.put("gap", round(use.gap(s.objectiveValue())));
        return out;
    }

    static Map<String, Object> productStore(StorePlan sp) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("product_id", sp.productId());
        row.put("store_id", sp.storeId());
        row.put("category", sp.category());
        row.put("cluster", sp.cluster());
        row.put("planning_unit", sp.basis().unit());
        row.put("objective", sp.basis().objective().label());
        row.put("holds_price", sp.holdsPrice());
        row.put("sell_through_target", round4(sp.basis().sellThroughTarget()));
        row.put("sell_through_target_met", sp.targetMet());
        row.put("first_week", sp.weeks().get(0).toString());
        row.put("full_price", sp.fullPrice());
        row.put("current_price", sp.currentCents() / 100.0);
        row.put("unit_cost", sp.unitCost());
        row.put("salvage_per_unit", round4(sp.basis().salvagePerUnit()));
        row.put("stock_now", round4(sp.plan().startStock()));
        row.put("plan", outcome(sp, sp.plan(), sp.planCents()));
        int[] keep = new int[sp.planCents().length];
        Arrays.fill(keep, sp.currentCents());
        row.put("keep_price", outcome(sp, sp.noMarkdown(), keep));
        row.put("baseline", outcome(sp, sp.baseline(), sp.baselineCents()));
        Map<String, Object> demand = new LinkedHashMap<>();
        List<Double> level = new ArrayList<>();
        for (double v : sp.basis().level()) {
            level.add(round6(v));
        }
        demand.put("level_per_week", level);
        demand.put("elasticity", round6(sp.basis().elasticity()));
        demand.put("broken_assortment_exponent", round6(sp.basis().theta()));
        demand.put("fixture_stock", sp.basis().fixtureStock());
        demand.put("season_week_of_first_week", sp.basis().seasonWeek());
        demand.put("season_weeks", sp.basis().seasonWeeks());
        row.put("demand", demand);
        return row;
    }

    private static Map<String, Object> outcome(StorePlan sp, StorePlan.Projection p, int[] cents) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("objective", round(sp.objective(p)));
        out.put("margin", round(p.margin()));
        out.put("revenue", round(p.totalRevenue()));
        out.put("units_sold", round4(p.totalUnits()));
        out.put("units_left", round4(p.leftover()));
        out.put("sell_through", round4(p.sellThrough()));
        out.put("markdown_cost", round(sp.markdownCost(p, cents)));
        List<Double> prices = new ArrayList<>(cents.length);
        for (int c : cents) {
            prices.add(c / 100.0);
        }
        out.put("prices", prices);
        return out;
    }

    public static void write(PlanResult result, long totalMillis, Path file) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(),
                toMap(result, totalMillis));
    }

    private static Double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 100) / 100.0 : null;
    }

    private static Double round6(double v) {
        return Double.isFinite(v) ? Math.round(v * 1_000_000) / 1_000_000.0 : null;
    }

    private static Double round4(double v) {
        return Double.isFinite(v) ? Math.round(v * 10_000) / 10_000.0 : null;
    }
}
