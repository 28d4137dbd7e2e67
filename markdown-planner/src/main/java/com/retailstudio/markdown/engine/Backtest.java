package com.retailstudio.markdown.engine;

import com.retailstudio.data.io.DataSet;
import com.retailstudio.data.model.Product;
import com.retailstudio.data.model.Store;
import com.retailstudio.data.model.WeeklySale;
import com.retailstudio.markdown.model.RuleBook;
import com.retailstudio.markdown.model.StorePlan;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.special.Gamma;

/**
 * Backtest on each product's previous, completed season: demand is fitted on every week up to {@code horizon}
 * weeks before that season's exit (the same season's earlier weeks, nothing later), the plan and the baselines are
 * made for the last {@code horizon} weeks from the stock actually on hand then, and every price path is scored under
 * the <em>planted</em> demand simulator, not the fitted model: the planted elasticity (truth.json), the planted
 * broken-assortment exponent, the planted season curve 0.85 + 0.3 sin(π (w + 0.5) / W), in expected units (no
 * Poisson noise). The generator does not record the base demand level of a store-season, so it is estimated from
 * all weeks of that store-season with every planted parameter held fixed (maximum likelihood, sold-out weeks treated
 * as censored by EM) — this uses the held-out weeks' sales, but only to set the scale of the simulator.
 *
 * <p>Strategies compared: the plan; the rule of thumb (30 % at 4 weeks out, 50 % at 2); keeping today's price; the
 * prices the history actually had (the generator's planned markdowns); and an oracle that optimises each store on the
 * planted demand (an upper bound, free of the cluster rule).
 */
public final class Backtest {

    /** Totals of one strategy over all product-stores. */
    public record Totals(double margin, double revenue, double units, double startStock, double leftover) {

        Totals plus(PlanEvaluator.Outcome o) {
            return new Totals(margin + o.margin(), revenue + o.totalRevenue(), units + o.totalUnits(),
                    startStock + o.startStock(), leftover + o.leftover());
        }

        public double sellThrough() {
            return startStock == 0 ? 0 : units / startStock;
        }
    }

    /** Strategy name → totals, and the number of product-stores evaluated. */
    public record Result(Map<String, Totals> strategies, int productStores, int products, int horizon) {

        /** (strategy margin − other margin) / |other margin| × 100. */
        public double upliftPct(String strategy, String other) {
            double a = strategies.get(strategy).margin();
            double b = strategies.get(other).margin();
            return b == 0 ? 0 : (a - b) / Math.abs(b) * 100;
        }
    }

    public static final String PLAN = "plan";
    public static final String RULE_OF_THUMB = "rule_of_thumb";
    public static final String NO_MARKDOWN = "no_markdown";
    public static final String HISTORY = "historical_prices";
    public static final String ORACLE = "oracle";

    private Backtest() {
    }

    /** The planted season curve of the generator. */
    static double plantedSeason(int week, int seasonWeeks) {
        return 0.85 + 0.3 * Math.sin(Math.PI * (week + 0.5) / seasonWeeks);
    }

    public static Result run(DataSet data, Map<String, Double> plantedElasticity, double plantedTheta, int horizon,
                             RuleBook rules) {
        return run(data, plantedElasticity, plantedTheta, horizon, rules, DemandEstimator.CENSORED_ROUNDS);
    }

    /** As above, with the number of EM rounds for sold-out weeks (0 = leave them out of the fit). */
    public static Result run(DataSet data, Map<String, Double> plantedElasticity, double plantedTheta, int horizon,
                             RuleBook rules, int censoredRounds) {
        Map<String, List<WeeklySale>> byProduct = new HashMap<>();
        for (WeeklySale s : data.weeklySales()) {
            byProduct.computeIfAbsent(s.productId(), k -> new ArrayList<>()).add(s);
        }
        List<ProductSeries> series = new ArrayList<>();
        Map<String, Product> previous = new HashMap<>();
        for (Product p : data.products()) {
            List<WeeklySale> rows = byProduct.getOrDefault(p.productId(), List.of());
            LocalDate lastBefore = null;
            for (WeeklySale s : rows) {
                if (s.weekStart().isBefore(p.seasonStart())
                        && (lastBefore == null || s.weekStart().isAfter(lastBefore))) {
                    lastBefore = s.weekStart();
                }
            }
            int w = ProductSeries.seasonWeeks(p);
            if (lastBefore == null || w <= horizon + 1 || !plantedElasticity.containsKey(p.productId())) {
                continue;
            }
            LocalDate start = lastBefore.minusWeeks(w - 1L);
            Product prev = new Product(p.productId(), p.name(), p.category(), p.fullPrice(), p.unitCost(), start,
                    start.plusWeeks(w).minusDays(1), p.salvageRate(), p.fixtureStock());
            previous.put(p.productId(), prev);
            series.add(ProductSeries.of(prev, rows, start.plusWeeks(w - horizon - 1L)));
        }
        List<DemandEstimator.Fitted> fits = DemandEstimator.fit(series, censoredRounds);
        Map<String, String> clusters = new HashMap<>();
        for (Store s : data.stores()) {
            clusters.put(s.storeId(), s.priceCluster());
        }
        MarkdownPlanner planner = new MarkdownPlanner(rules);
        List<StorePlan> plans = planner.plan(fits, clusters);
        MarkdownOptimizer optimizer = new MarkdownOptimizer();

        Map<String, Totals> totals = new LinkedHashMap<>();
        for (String k : List.of(PLAN, RULE_OF_THUMB, NO_MARKDOWN, HISTORY, ORACLE)) {
            totals.put(k, new Totals(0, 0, 0, 0, 0));
        }
        int count = 0;
        for (StorePlan sp : plans) {
            Product prev = previous.get(sp.productId());
            int w = ProductSeries.seasonWeeks(prev);
            int weeks = sp.planCents().length;
            int start = w - weeks;
            // this store's rows of the previous season
            Map<Integer, WeeklySale> byAge = new HashMap<>();
            for (WeeklySale s : byProduct.get(sp.productId())) {
                if (s.storeId().equals(sp.storeId()) && !s.weekStart().isBefore(prev.seasonStart())
                        && !s.weekStart().isAfter(prev.seasonEnd())) {
                    byAge.put((int) (ChronoUnit.DAYS.between(prev.seasonStart(), s.weekStart()) / 7), s);
                }
            }
            double beta = plantedElasticity.get(sp.productId());
            WeeklySale first = byAge.get(start);
            double base = plantedBase(byAge, prev, w, beta, plantedTheta);
            if (!(base > 0) || first == null) {
                continue;
            }
            double[] level = new double[weeks];
            int[] actual = new int[weeks];
            boolean complete = true;
            for (int t = 0; t < weeks; t++) {
                level[t] = base * plantedSeason(start + t, w);
                WeeklySale s = byAge.get(start + t);
                if (s == null) {
                    complete = false;
                    break;
                }
                actual[t] = (int) Math.round(s.price() * 100);
            }
            if (!complete) {
                continue;
            }
            int[] rungs = PriceLadder.rungs((int) Math.round(prev.fullPrice() * 100), sp.currentCents(),
                    rules.forCategory(prev.category()));
            double salvage = prev.salvageRate() * prev.unitCost();
            MarkdownProblem truth = new MarkdownProblem(level, rungs, prev.fullPrice(), beta, plantedTheta,
                    prev.fixtureStock(), first.stockStart(), prev.unitCost(), salvage, 0, 1000, 0,
                    rules.forCategory(prev.category()).maxMarkdowns(), rules.forCategory(prev.category())
                    .minWeeksBetween(), Double.POSITIVE_INFINITY);
            totals.compute(PLAN, (k, v) -> v.plus(PlanEvaluator.evaluate(truth, sp.planCents())));
            totals.compute(RULE_OF_THUMB, (k, v) -> v.plus(PlanEvaluator.evaluate(truth, sp.baselineCents())));
            totals.compute(NO_MARKDOWN, (k, v) -> v.plus(PlanEvaluator.evaluate(truth, constant(weeks, sp.currentCents()))));
            totals.compute(HISTORY, (k, v) -> v.plus(PlanEvaluator.evaluate(truth, actual)));
            int[] best = PlanEvaluator.prices(truth, optimizer.solve(truth).rungs());
            totals.compute(ORACLE, (k, v) -> v.plus(PlanEvaluator.evaluate(truth, best)));
            count++;
        }
        return new Result(totals, count, fits.size(), horizon);
    }

    /**
     * The maximum-likelihood base level of a store-season with every planted parameter fixed; sold-out weeks are
     * censored (demand at least the stock) and handled by EM, as in the fit.
     */
    static double plantedBase(Map<Integer, WeeklySale> byAge, Product p, int w, double beta, double theta) {
        double sumShape = 0;
        double sumObserved = 0;
        List<double[]> censored = new ArrayList<>();
        for (Map.Entry<Integer, WeeklySale> e : byAge.entrySet()) {
            WeeklySale s = e.getValue();
            if (s.stockStart() <= 0) {
                continue;
            }
            double inv = Math.min(1, s.stockStart() / (double) p.fixtureStock());
            double shape = plantedSeason(e.getKey(), w) * Math.pow(inv, theta) * Math.pow(s.price() / p.fullPrice(), beta);
            sumShape += shape;
            if (s.unitsSold() < s.stockStart()) {
                sumObserved += s.unitsSold();
            } else {
                censored.add(new double[] {shape, s.stockStart()});
            }
        }
        if (sumShape == 0) {
            return 0;
        }
        double base = (sumObserved + censored.stream().mapToDouble(c -> c[1]).sum()) / sumShape;
        for (int round = 0; round < 20 && !censored.isEmpty(); round++) {
            double total = sumObserved;
            for (double[] c : censored) {
                double mu = base * c[0];
                int stock = (int) c[1];
                double atLeast = Gamma.regularizedGammaP(stock, mu);
                double atLeastMinus1 = stock - 1 <= 0 ? 1.0
                        : Gamma.regularizedGammaP(stock - 1, mu);
                double expected = atLeast > 1e-300 ? mu * atLeastMinus1 / atLeast : stock;
                total += Double.isFinite(expected) ? Math.max(stock, expected) : stock;
            }
            base = total / sumShape;
        }
        return base;
    }

    private static int[] constant(int weeks, int cents) {
        int[] out = new int[weeks];
        Arrays.fill(out, cents);
        return out;
    }
}
