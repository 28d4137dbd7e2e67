package com.retailstudio.markdown.engine;

import com.retailstudio.data.io.DataSet;
import com.retailstudio.data.model.Product;
import com.retailstudio.data.model.Store;
import com.retailstudio.markdown.model.BudgetUse;
import com.retailstudio.markdown.model.MarkdownRules;
import com.retailstudio.markdown.model.Objective;
import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.PlanSummary;
import com.retailstudio.markdown.model.PriceChange;
import com.retailstudio.markdown.model.ProductDemand;
import com.retailstudio.markdown.model.RuleBook;
import com.retailstudio.markdown.model.StorePlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.stream.Collectors;

/**
 * Plans markdowns for a data set: fits demand ({@link DemandEstimator}), then for each product and price cluster
 * (or store, when cluster pricing is off) builds the {@link MarkdownProblem} from now to exit and solves it
 * ({@link MarkdownOptimizer}), exactly under the model that scores it: the stores of a cluster share one price path
 * and each store is scored on its own demand and stock ({@link PlanEvaluator}), the plan's objective being their
 * sum; the baselines ({@link Baselines}) are scored the same way.
 */
public final class MarkdownPlanner {

    private final RuleBook rules;
    private final MarkdownOptimizer optimizer;

    public MarkdownPlanner(RuleBook rules) {
        this(rules, new MarkdownOptimizer());
    }

    public MarkdownPlanner(RuleBook rules, MarkdownOptimizer optimizer) {
        this.rules = rules;
        this.optimizer = optimizer;
    }

    /**
     * Demand fitted on a data set's full history, ready to be planned under any rules (the fit does not depend on
     * them).
     *
     * @param asOf           the last week of sales history
     * @param clusterOfStore store id to price cluster
     */
    public record FittedHistory(LocalDate asOf, List<DemandEstimator.Fitted> fits, Map<String, String> clusterOfStore,
                                long fitMillis) {
    }

    /** Fits and plans from the data set's full history. */
    public PlanResult plan(DataSet data) {
        return plan(fit(data), () -> false, done -> { });
    }

    /** Fits every product's demand on the data set's full history. */
    public static FittedHistory fit(DataSet data) {
        LocalDate last = SalesPanel.lastWeek(data);
        if (last == null) {
            throw new IllegalArgumentException("the data set has no weekly sales to plan from");
        }
        long t0 = System.nanoTime();
        List<DemandEstimator.Fitted> fits = DemandEstimator.fit(SalesPanel.series(data, last));
        long t1 = System.nanoTime();
        Map<String, String> clusters = new HashMap<>();
        for (Store s : data.stores()) {
            clusters.put(s.storeId(), s.priceCluster());
        }
        return new FittedHistory(last, fits, Collections.unmodifiableMap(clusters), (t1 - t0) / 1_000_000);
    }

    /**
     * Plans fitted demand under this planner's rules.
     *
     * @param cancelled asked between products; when it says yes the planning stops with a
     *                  {@link CancellationException}
     * @param progress  told the share of products planned, now and then
     */
    public PlanResult plan(FittedHistory history, BooleanSupplier cancelled, DoubleConsumer progress) {
        long t1 = System.nanoTime();
        Planned planned = planAll(history.fits(), history.clusterOfStore(), cancelled, progress);
        long t2 = System.nanoTime();
        return result(history.asOf(), history.fits(), planned.plans(), history.fitMillis(), (t2 - t1) / 1_000_000,
                planned.budget());
    }

    /** Plans fitted products; {@code clusterOfStore} maps store ids to price clusters. */
    public List<StorePlan> plan(List<DemandEstimator.Fitted> fits, Map<String, String> clusterOfStore) {
        return planAll(fits, clusterOfStore, () -> false, done -> { }).plans();
    }

    /** The plans of every product-store and how they used the plan's markdown budget. */
    record Planned(List<StorePlan> plans, BudgetUse budget) {
    }

    /**
     * Solves every planning unit on its own; when the rule book sets a plan-wide markdown budget that the units' own
     * optima together exceed, shares it among them instead ({@link PlanBudget}) over each unit's Pareto frontier of
     * (markdown cost, objective).
     */
    Planned planAll(List<DemandEstimator.Fitted> fits, Map<String, String> clusterOfStore, BooleanSupplier cancelled,
                    DoubleConsumer progress) {
        AtomicInteger done = new AtomicInteger();
        int every = Math.max(1, fits.size() / 50);
        List<Unit> units = fits.parallelStream().flatMap(f -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("markdown planning was cancelled");
            }
            List<Unit> product = units(f, clusterOfStore);
            for (Unit u : product) {
                u.choice = PlanBudget.Choice.of(optimizer.solve(u.own, rules.objective(), u.maxEnd, u.unitBudget()));
            }
            int n = done.incrementAndGet();
            if (n % every == 0) {
                progress.accept(n / (double) fits.size());
            }
            return product.stream();
        }).toList();
        BudgetUse budget = BudgetUse.NONE;
        if (rules.hasPlanMarkdownBudget()) {
            budget = share(units, rules.planMarkdownBudget(), cancelled);
        }
        List<StorePlan> plans = units.parallelStream().flatMap(u -> storePlans(u, clusterOfStore).stream()).toList();
        return new Planned(plans, budget);
    }

    /** Shares the plan's markdown budget among units that were each solved on their own. */
    private BudgetUse share(List<Unit> units, double budget, BooleanSupplier cancelled) {
        List<PlanBudget.Unit> problems = new ArrayList<>(units.size());
        List<PlanBudget.Choice> own = new ArrayList<>(units.size());
        for (Unit u : units) {
            problems.add(new PlanBudget.Unit(u.own, u.maxEnd, u.unitBudget()));
            own.add(u.choice);
        }
        PlanBudget.Shared shared = PlanBudget.share(optimizer, rules.objective(), problems, own, budget, cancelled);
        for (int i = 0; i < units.size(); i++) {
            units.get(i).choice = shared.choices().get(i);
        }
        return shared.use();
    }

    /** Builds the summary and price changes. */
    public static PlanResult result(LocalDate asOf, List<DemandEstimator.Fitted> fits, List<StorePlan> plans,
                                    long fitMillis, long optimiseMillis) {
        return result(asOf, fits, plans, fitMillis, optimiseMillis, BudgetUse.NONE);
    }

    static PlanResult result(LocalDate asOf, List<DemandEstimator.Fitted> fits, List<StorePlan> plans,
                             long fitMillis, long optimiseMillis, BudgetUse budget) {
        List<ProductDemand> demand = fits.stream().map(DemandEstimator.Fitted::demand).toList();
        List<PriceChange> changes = priceChanges(plans);
        return new PlanResult(asOf, demand, plans, summarise(plans, changes.size()), changes, fitMillis,
                optimiseMillis, budget);
    }

    /** The planning units of a product: one per price cluster (or store, when cluster pricing is off). */
    List<Unit> units(DemandEstimator.Fitted f, Map<String, String> clusterOfStore) {
        ProductSeries s = f.series();
        if (s.states.isEmpty()) {
            return List.of();
        }
        MarkdownRules r = rules.forCategory(s.product.category());
        Map<String, List<ProductSeries.StoreState>> units = new LinkedHashMap<>();
        for (ProductSeries.StoreState st : s.states) {
            String key = r.clusterPricing() ? clusterOfStore.getOrDefault(st.storeId(), st.storeId()) : st.storeId();
            units.computeIfAbsent(key, k -> new ArrayList<>()).add(st);
        }
        List<Unit> out = new ArrayList<>();
        for (Map.Entry<String, List<ProductSeries.StoreState>> e : units.entrySet()) {
            Unit u = unit(f, r, e.getKey(), e.getValue());
            if (u != null) {
                out.add(u);
            }
        }
        return out;
    }

    /**
     * A planning unit ready to solve: each store's scoring problem under the shared path's rule state (the lead
     * store's), and the path chosen for it once solved.
     */
    static final class Unit {
        final DemandEstimator.Fitted fit;
        final MarkdownRules rules;
        final String key;
        final List<ProductSeries.StoreState> states;
        final MarkdownProblem[] own;
        final int start;
        final double maxEnd;
        PlanBudget.Choice choice;

        Unit(DemandEstimator.Fitted fit, MarkdownRules rules, String key, List<ProductSeries.StoreState> states,
             MarkdownProblem[] own, int start, double maxEnd) {
            this.fit = fit;
            this.rules = rules;
            this.key = key;
            this.states = states;
            this.own = own;
            this.start = start;
            this.maxEnd = maxEnd;
        }

        double unitBudget() {
            return rules.hasMarkdownBudget() ? rules.markdownBudget() : Double.POSITIVE_INFINITY;
        }
    }

    private Unit unit(DemandEstimator.Fitted f, MarkdownRules r, String unitKey,
                      List<ProductSeries.StoreState> stores) {
        ProductSeries s = f.series();
        Product p = s.product;
        ProductSeries.StoreState lead = stores.get(0);
        int start = lead.nextSeasonWeek();
        int exit = r.exitWeek() >= 0 ? Math.min(r.exitWeek(), s.seasonWeeks) : s.seasonWeeks;
        int weeks = exit - start;
        if (weeks <= 0) {
            return null;
        }
        int fullCents = (int) Math.round(p.fullPrice() * 100);
        int currentCents = lead.priceCents();
        // stores of a cluster should already share a price; if not, start from the lowest so no store's price rises
        for (ProductSeries.StoreState st : stores) {
            currentCents = Math.min(currentCents, st.priceCents());
        }
        int[] rungs = PriceLadder.rungs(fullCents, currentCents, r, lead.markdownsTaken());
        double salvage = (Double.isNaN(r.salvageRate()) ? p.salvageRate() : r.salvageRate()) * p.unitCost();
        double stock = 0;
        // every store is scored on its own demand and stock, under the shared path's rule state (the lead's)
        MarkdownProblem[] own = new MarkdownProblem[stores.size()];
        for (int i = 0; i < own.length; i++) {
            own[i] = problem(f, r, rungs, levels(f, stores.get(i), start, weeks), stores.get(i).stock(),
                    p.fixtureStock(), salvage, lead, start, Double.POSITIVE_INFINITY);
            stock += stores.get(i).stock();
        }
        double maxEnd = r.hasSellThroughTarget() ? (1 - r.sellThroughTarget()) * stock : Double.POSITIVE_INFINITY;
        return new Unit(f, r, unitKey, stores, own, start, maxEnd);
    }

    private List<StorePlan> storePlans(Unit u, Map<String, String> clusterOfStore) {
        ProductSeries s = u.fit.series();
        Product p = s.product;
        MarkdownRules r = u.rules;
        ProductSeries.StoreState lead = u.states.get(0);
        MarkdownProblem unit = u.own[0];
        int weeks = unit.weeks();
        int[] rungs = unit.rungCents();
        int currentCents = rungs[0];
        int[] plan = PlanEvaluator.prices(unit, u.choice.rungs());
        int[] baseline = PlanEvaluator.prices(unit, Baselines.ruleOfThumb(unit));
        int[] keep = PlanEvaluator.prices(unit, Baselines.noMarkdown(unit));
        List<LocalDate> dates = new ArrayList<>(weeks);
        for (int t = 0; t < weeks; t++) {
            dates.add(lead.nextWeek().plusWeeks(t));
        }
        List<StorePlan> out = new ArrayList<>(u.states.size());
        for (int i = 0; i < u.states.size(); i++) {
            ProductSeries.StoreState st = u.states.get(i);
            MarkdownProblem mine = problem(u.fit, r, rungs, u.own[i].level(), st.stock(), p.fixtureStock(),
                    unit.salvagePerUnit(), st, u.start, Double.POSITIVE_INFINITY);
            StorePlan.Basis basis = new StorePlan.Basis(u.key, mine.level(), mine.elasticity(), mine.theta(),
                    mine.fixtureStock(), mine.salvagePerUnit(), rungs, mine.markdownsUsed(), mine.weeksSinceLast(),
                    mine.firstAllowed(), mine.maxMarkdowns(), mine.minGap(), r.sellThroughTarget(), s.seasonWeeks,
                    u.start, r, rules.objective());
            out.add(new StorePlan(p.productId(), p.name(), p.category(), st.storeId(),
                    clusterOfStore.getOrDefault(st.storeId(), st.storeId()), p.fullPrice(), p.unitCost(), dates,
                    currentCents, plan, baseline, project(mine, plan), project(mine, baseline), project(mine, keep),
                    u.choice.targetMet(), basis));
        }
        return out;
    }

    private static MarkdownProblem problem(DemandEstimator.Fitted f, MarkdownRules r, int[] rungs, double[] level,
                                           double stock, double fixture, double salvage,
                                           ProductSeries.StoreState state, int start, double maxEnd) {
        return new MarkdownProblem(level, rungs, f.series().product.fullPrice(), f.coef()[ProductSeries.ELASTICITY],
                Math.max(0, f.coef()[ProductSeries.THETA]), fixture, stock, f.series().product.unitCost(), salvage,
                state.markdownsTaken(), state.weeksSinceLast(), Math.max(0, r.noMarkdownBeforeWeek() - start),
                r.maxMarkdowns(), r.minWeeksBetween(), maxEnd);
    }

    /** Expected full-price, full-fixture units per remaining week in a store. */
    static double[] levels(DemandEstimator.Fitted f, ProductSeries.StoreState st, int start, int weeks) {
        double alpha = f.levels()[st.group()];
        double[] out = new double[weeks];
        if (!Double.isFinite(alpha)) {
            return out;
        }
        for (int t = 0; t < weeks; t++) {
            double a = ProductSeries.age(start + t, f.series().seasonWeeks);
            out[t] = Math.exp(alpha + f.coef()[ProductSeries.AGE] * a + f.coef()[ProductSeries.AGE2] * a * a);
        }
        return out;
    }

    private static StorePlan.Projection project(MarkdownProblem p, int[] prices) {
        PlanEvaluator.Outcome o = PlanEvaluator.evaluate(p, prices);
        return new StorePlan.Projection(o.units(), o.stock(), o.revenue(), o.totalUnits(), o.totalRevenue(),
                o.leftover(), o.salvage(), o.margin(), o.startStock());
    }

    /** The price-change rows of plans: one per store, product and week in which the price moves. */
    public static List<PriceChange> priceChanges(Collection<StorePlan> plans) {
        List<PriceChange> out = new ArrayList<>();
        for (StorePlan sp : plans) {
            addPriceChanges(sp.storeId(), sp.productId(), sp.fullPrice(), sp.currentCents(), sp.weeks().get(0),
                    sp.planCents(), out);
        }
        return out;
    }

    /** Adds a row for every week of a path in which the price moves; the discount is off full price. */
    static void addPriceChanges(String storeId, String productId, double fullPrice, int currentCents,
                                LocalDate firstWeek, int[] planCents, List<PriceChange> out) {
        int previous = currentCents;
        for (int t = 0; t < planCents.length; t++) {
            int now = planCents[t];
            if (now != previous) {
                double discount = Math.round((1 - now / (fullPrice * 100)) * 1000) / 10.0;
                out.add(new PriceChange(storeId, productId, firstWeek.plusWeeks(t), previous / 100.0, now / 100.0,
                        discount));
            }
            previous = now;
        }
    }

    static PlanSummary summarise(List<StorePlan> plans, int changes) {
        double margin = 0;
        double baseMargin = 0;
        double keepMargin = 0;
        double revenue = 0;
        double baseRevenue = 0;
        double units = 0;
        double baseUnits = 0;
        double stock = 0;
        double left = 0;
        double baseLeft = 0;
        double objective = 0;
        double baseObjective = 0;
        double keepObjective = 0;
        double markdownCost = 0;
        int holding = 0;
        int missed = 0;
        Objective kind = plans.isEmpty() ? Objective.MARGIN : plans.get(0).basis().objective();
        for (StorePlan sp : plans) {
            margin += sp.plan().margin();
            baseMargin += sp.baseline().margin();
            keepMargin += sp.noMarkdown().margin();
            revenue += sp.plan().totalRevenue();
            baseRevenue += sp.baseline().totalRevenue();
            units += sp.plan().totalUnits();
            baseUnits += sp.baseline().totalUnits();
            stock += sp.plan().startStock();
            left += sp.plan().leftover();
            baseLeft += sp.baseline().leftover();
            objective += sp.objective(sp.plan());
            baseObjective += sp.objective(sp.baseline());
            keepObjective += sp.objective(sp.noMarkdown());
            markdownCost += sp.planMarkdownCost();
            holding += sp.holdsPrice() ? 1 : 0;
            missed += sp.targetMet() ? 0 : 1;
        }
        double uplift = baseMargin == 0 ? 0 : (margin - baseMargin) / Math.abs(baseMargin) * 100;
        return new PlanSummary(margin, baseMargin, keepMargin, uplift, revenue, baseRevenue,
                stock == 0 ? 0 : units / stock, stock == 0 ? 0 : baseUnits / stock, left, baseLeft, plans.size(),
                changes, kind, objective, baseObjective, keepObjective, markdownCost, holding, missed);
    }

    /** Plans grouped by product id, in plan order. */
    public static Map<String, List<StorePlan>> byProduct(List<StorePlan> plans) {
        return plans.stream().collect(Collectors.groupingBy(StorePlan::productId, LinkedHashMap::new,
                Collectors.toList()));
    }
}
