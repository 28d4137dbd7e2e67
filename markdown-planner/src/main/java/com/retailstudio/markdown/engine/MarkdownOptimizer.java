package com.retailstudio.markdown.engine;

import com.retailstudio.markdown.model.Objective;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * Exact search for the best rule-abiding price path of one planning unit — a product in one store, or in the stores
 * of a price cluster that share one path — under exactly the model that scores plans ({@link PlanEvaluator}:
 * continuous stock, each store's own demand and stock). There is no grid and no second model: every path the rules
 * allow is either scored the way the report scores it or cut off by a bound proving it cannot do better.
 *
 * <p>Rule-abiding paths are few (prices only go down the rungs, a limited number of markdowns, a minimum gap, a first
 * allowed week), so a depth-first walk over weeks enumerates them, sharing each prefix's stock and revenue. A subtree
 * is cut when an upper bound on what its remaining weeks can add, summed over the stores, cannot beat the best path
 * found. The bound per store from week t at rung r with stock s and broken-assortment factor c = min(1, s/F)^θ
 * (stock only falls, so no later week sells with a larger factor) is
 * <pre>v·s + min( c · Σ_{t'≥t} max_{j≥r} (p_j − v)⁺ · level[t'] · (p_j / full)^β ,  (p_r − v)⁺ · s )</pre>
 * where v is the salvage per unit (0 for the revenue objective): each week at its best price regardless of stock, or
 * every unit at today's price of the path regardless of demand. The walk tries keeping the price first, so the
 * keep-price path is the first incumbent.
 *
 * <p>Constraints, each exact: a sell-through target (at most {@code maxEndStock} units left over the unit's stores;
 * hard: when no path meets it the solution says so and the best path without it is returned), a markdown budget (the
 * revenue given up against today's price, Σ units × (today's price − price), over the unit's stores, at most
 * {@code budget}) and the never-worse floor: each store's objective at least that of keeping today's price, whenever
 * keeping it is itself allowed (it always is, unless it misses the sell-through target). Acceptance tolerances are
 * {@link #TOLERANCE} relative.
 *
 * <p>The inner loops allocate nothing; each thread reuses its own work arrays.
 */
public final class MarkdownOptimizer {

    /** Relative slack for the constraints' comparisons (floating-point sums in another order differ by less). */
    public static final double TOLERANCE = 1e-9;

    private final ThreadLocal<Search> searches = ThreadLocal.withInitial(Search::new);

    /**
     * The optimal rung per remaining week.
     *
     * @param rungs     the rung index per week (0 = the current price)
     * @param objective the unit's objective (summed over its stores) under {@link PlanEvaluator}
     * @param targetMet false when a sell-through target was set but no rule-abiding price path reaches it
     * @param nodes     search nodes visited (for the benchmark)
     */
    public record Solution(int[] rungs, double objective, boolean targetMet, long nodes, double markdownCost) {
    }

    /**
     * Every rule-abiding path of a unit that no other path beats on both counts: costing no more markdown and earning
     * at least as much (the Pareto frontier). Sorted by markdown cost, cost and objective both strictly rising; the
     * first point is the cheapest allowed path (keeping today's price whenever that is allowed).
     *
     * @param costs     markdown cost over the unit's stores, per point
     * @param values    the unit's objective per point
     * @param leftovers units left at exit over the unit's stores, per point
     * @param rungs     the rung path per point
     * @param targetMet false when a sell-through target was set but no path reaches it (the frontier is then the
     *                  one without the target)
     */
    public record Frontier(double[] costs, double[] values, double[] leftovers, int[][] rungs, boolean targetMet) {

        public int size() {
            return costs.length;
        }
    }

    /** One store, margin objective, the problem's own sell-through target, no budget. */
    public Solution solve(MarkdownProblem p) {
        return solve(new MarkdownProblem[] {p}, Objective.MARGIN, p.maxEndStock(), Double.POSITIVE_INFINITY);
    }

    /**
     * The best shared path for stores that share one price. The rule state (rungs, markdowns taken, weeks since the
     * last, first allowed week, limits) is the first store's; each store keeps its own demand and stock.
     *
     * @param maxEndStock most units left at exit over the stores (+infinity = no sell-through target)
     * @param budget      most markdown cost over the stores (+infinity = none)
     */
    public Solution solve(MarkdownProblem[] stores, Objective objective, double maxEndStock, double budget) {
        Search s = searches.get();
        s.load(stores, objective, budget);
        double[] keep = s.keepValues();
        boolean keepMeetsTarget = s.keepLeftover() <= maxEndStock + TOLERANCE * (1 + Math.abs(maxEndStock));
        boolean found = s.run(maxEndStock, keepMeetsTarget ? keep : null);
        boolean targetMet = true;
        long nodes = s.nodes;
        if (!found) {
            targetMet = false;
            s.run(Double.POSITIVE_INFINITY, keep);
            nodes += s.nodes;
        }
        return new Solution(s.bestPath.clone(), s.best, targetMet, nodes, s.bestCost);
    }

    /**
     * The Pareto frontier of (markdown cost, objective) over a unit's rule-abiding paths, under the same constraints
     * as {@link #solve(MarkdownProblem[], Objective, double, double)}: the sell-through target while some path
     * reaches it, the unit's own budget and the never-worse floor. A subtree is cut when its bound cannot beat a
     * frontier point that costs no more than the subtree has already spent (markdown cost never falls along a path).
     */
    public Frontier frontier(MarkdownProblem[] stores, Objective objective, double maxEndStock, double budget) {
        Search s = searches.get();
        s.load(stores, objective, budget);
        double[] keep = s.keepValues();
        boolean keepMeetsTarget = s.keepLeftover() <= maxEndStock + TOLERANCE * (1 + Math.abs(maxEndStock));
        s.frontier = new FrontierBuilder();
        try {
            boolean found = s.run(maxEndStock, keepMeetsTarget ? keep : null);
            if (found) {
                return s.frontier.build(true);
            }
            s.frontier = new FrontierBuilder();
            s.run(Double.POSITIVE_INFINITY, keep);
            return s.frontier.build(false);
        } finally {
            s.frontier = null;
        }
    }

    /** Frontier points in cost order while they are found. */
    private static final class FrontierBuilder {
        final ArrayList<double[]> points = new ArrayList<>(); // {cost, value, leftover}
        final ArrayList<int[]> paths = new ArrayList<>();

        /** The best objective among points costing at most {@code cost}; −infinity when none. */
        double bestWithin(double cost) {
            for (int k = points.size() - 1; k >= 0; k--) {
                if (points.get(k)[0] <= cost) {
                    return points.get(k)[1];
                }
            }
            return Double.NEGATIVE_INFINITY;
        }

        void offer(double cost, double value, double leftover, int[] path) {
            if (bestWithin(cost) >= value) {
                return; // a path costing no more earns at least as much
            }
            int at = 0;
            while (at < points.size() && points.get(at)[0] < cost) {
                at++;
            }
            // the points from here on cost at least as much; those earning no more are dominated by the new one
            while (at < points.size() && points.get(at)[1] <= value) {
                points.remove(at);
                paths.remove(at);
            }
            points.add(at, new double[] {cost, value, leftover});
            paths.add(at, path.clone());
        }

        Frontier build(boolean targetMet) {
            int n = points.size();
            double[] c = new double[n];
            double[] v = new double[n];
            double[] l = new double[n];
            for (int k = 0; k < n; k++) {
                c[k] = points.get(k)[0];
                v[k] = points.get(k)[1];
                l[k] = points.get(k)[2];
            }
            return new Frontier(c, v, l, paths.toArray(new int[0][]), targetMet);
        }
    }

    /** Per-thread search state, grown on demand and reused. */
    private static final class Search {
        MarkdownProblem[] stores;
        Objective objective;
        int n;
        int weeks;
        int rungs;
        int[] cents;
        double budget;
        int firstAllowed;
        int maxMarkdowns;
        int gap;
        // per store
        double[] pf = new double[0];        // [i * rungs + r]
        double[] bound = new double[0];     // [(i * (weeks + 1) + t) * rungs + r]: Σ_{t'≥t} max_{j≥r} (p_j − v)⁺ level pf
        double[] reach = new double[0];     // [i * (weeks + 1) + t]: Σ_{t'≥t} level × max pf
        double[] salvage = new double[0];
        double[] constant = new double[0];  // −cost × start for margin, 0 for revenue
        double[] floor = new double[0];
        // per week and store along the current path
        double[] stock = new double[0];     // [t * n + i]: stock at the start of week t
        double[] revenue = new double[0];   // [t * n + i]: revenue before week t
        double[] demand = new double[0];    // [t * n + i]: full-price demand of week t at its stock
        int[] path = new int[0];
        int[] bestPath = new int[0];
        double best;
        double bestCost;
        double maxEnd;
        long nodes;
        FrontierBuilder frontier; // non-null: collect the Pareto frontier instead of the best path

        void load(MarkdownProblem[] stores, Objective objective, double budget) {
            this.stores = stores;
            this.objective = objective;
            this.budget = budget;
            MarkdownProblem lead = stores[0];
            n = stores.length;
            weeks = lead.weeks();
            rungs = lead.rungCount();
            cents = lead.rungCents();
            firstAllowed = lead.firstAllowed();
            gap = Math.max(0, lead.minGap());
            maxMarkdowns = lead.maxMarkdowns();
            if (pf.length < n * rungs) {
                pf = new double[n * rungs];
            }
            if (bound.length < n * (weeks + 1) * rungs) {
                bound = new double[n * (weeks + 1) * rungs];
            }
            if (reach.length < n * (weeks + 1)) {
                reach = new double[n * (weeks + 1)];
            }
            if (salvage.length < n) {
                salvage = new double[n];
                constant = new double[n];
                floor = new double[n];
            }
            if (stock.length < (weeks + 1) * n) {
                stock = new double[(weeks + 1) * n];
                demand = new double[(weeks + 1) * n];
                revenue = new double[(weeks + 1) * n];
            }
            if (path.length != weeks) {
                path = new int[weeks];
                bestPath = new int[weeks];
            }
            for (int i = 0; i < n; i++) {
                MarkdownProblem p = stores[i];
                if (p.weeks() != weeks) {
                    throw new IllegalArgumentException("the stores of a planning unit must share their weeks");
                }
                salvage[i] = objective == Objective.MARGIN ? p.salvagePerUnit() : 0;
                constant[i] = objective == Objective.MARGIN ? -p.unitCost() * p.startStock() : 0;
                double maxPf = 0;
                for (int r = 0; r < rungs; r++) {
                    // the same expression as MarkdownProblem.sales, so the walk reproduces PlanEvaluator exactly
                    pf[i * rungs + r] = Math.pow(cents[r] / (p.fullPrice() * 100), p.elasticity());
                    maxPf = Math.max(maxPf, pf[i * rungs + r]);
                }
                int base = i * (weeks + 1);
                reach[base + weeks] = 0;
                for (int r = 0; r < rungs; r++) {
                    bound[(base + weeks) * rungs + r] = 0;
                }
                for (int t = weeks - 1; t >= 0; t--) {
                    double level = p.level()[t];
                    reach[base + t] = reach[base + t + 1] + level * maxPf;
                    double bestFrom = 0;
                    for (int r = rungs - 1; r >= 0; r--) {
                        double gain = Math.max(0, cents[r] / 100.0 - salvage[i]) * level * pf[i * rungs + r];
                        bestFrom = Math.max(bestFrom, gain);
                        bound[(base + t) * rungs + r] = bound[(base + t + 1) * rungs + r] + bestFrom;
                    }
                }
            }
        }

        /** Each store's objective when today's price is kept to exit. */
        double[] keepValues() {
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                PlanEvaluator.Outcome o = PlanEvaluator.evaluate(stores[i], keepPrices());
                out[i] = objective.of(o.totalRevenue(), o.margin());
            }
            return out;
        }

        double keepLeftover() {
            double left = 0;
            for (int i = 0; i < n; i++) {
                left += PlanEvaluator.evaluate(stores[i], keepPrices()).leftover();
            }
            return left;
        }

        private int[] keepPrices() {
            int[] prices = new int[weeks];
            Arrays.fill(prices, cents[0]);
            return prices;
        }

        /** Walks every path; true when one met every constraint (then {@link #bestPath} holds the best). */
        boolean run(double maxEndStock, double[] keep) {
            this.maxEnd = maxEndStock;
            for (int i = 0; i < n; i++) {
                floor[i] = keep == null ? Double.NEGATIVE_INFINITY
                        : keep[i] - TOLERANCE * (1 + Math.abs(keep[i]));
                stock[i] = stores[i].startStock();
                revenue[i] = 0;
            }
            best = Double.NEGATIVE_INFINITY;
            bestCost = 0;
            nodes = 0;
            int used = Math.min(stores[0].markdownsUsed(), maxMarkdowns);
            int since = Math.min(Math.max(stores[0].weeksSinceLast(), 0), gap);
            walk(0, 0, used, since, 0);
            return frontier == null ? best > Double.NEGATIVE_INFINITY : !frontier.points.isEmpty();
        }

        private void walk(int t, int r, int used, int since, double cost) {
            nodes++;
            int row = t * n;
            if (t == weeks) {
                leaf(cost);
                return;
            }
            double upper = 0;
            double unsold = 0;
            for (int i = 0; i < n; i++) {
                MarkdownProblem p = stores[i];
                double s = stock[row + i];
                double dem = s <= 0 ? 0 : p.demandAtFullPrice(t, s);
                demand[row + i] = dem;
                double level = p.level()[t];
                double c = p.partLevels() != null || level <= 0 ? 1 : Math.min(1, dem / level);
                int base = i * (weeks + 1) + t;
                double price = cents[r] / 100.0;
                double add = salvage[i] * s + Math.min(c * bound[base * rungs + r],
                        Math.max(0, price - salvage[i]) * s);
                double storeUpper = revenue[row + i] + constant[i] + add;
                if (storeUpper < floor[i]) {
                    return; // this store cannot reach what keeping today's price earns it
                }
                upper += storeUpper;
                unsold += Math.max(0, s - c * reach[base]);
            }
            double beat = frontier == null ? best : frontier.bestWithin(cost);
            if (upper + 1e-12 * (1 + Math.abs(upper)) <= beat) {
                return;
            }
            if (unsold > maxEnd + TOLERANCE * (1 + Math.abs(maxEnd))) {
                return; // even the deepest price from now on leaves too much
            }
            boolean canMark = t >= firstAllowed && used < maxMarkdowns && since >= gap;
            int last = canMark ? rungs - 1 : r;
            int next = row + n;
            for (int r2 = r; r2 <= last; r2++) {
                double price = cents[r2];
                double weekCost = 0;
                for (int i = 0; i < n; i++) {
                    double s = stock[row + i];
                    // MarkdownProblem.sales: min(stock, demand at full price × price factor), 0 without stock
                    double sold = s <= 0 ? 0 : Math.min(s, demand[row + i] * pf[i * rungs + r2]);
                    stock[next + i] = s - sold;
                    revenue[next + i] = revenue[row + i] + sold * price / 100.0;
                    weekCost += sold * (cents[0] - price) / 100.0;
                }
                double total = cost + weekCost;
                if (total > budget + TOLERANCE * (1 + Math.abs(budget))) {
                    continue; // deeper rungs cost more this week and markdown cost never falls back
                }
                path[t] = r2;
                boolean markdown = r2 > r;
                walk(t + 1, r2, markdown ? used + 1 : used, markdown ? Math.min(1, gap) : Math.min(since + 1, gap),
                        total);
            }
        }

        private void leaf(double cost) {
            int row = weeks * n;
            double total = 0;
            double left = 0;
            for (int i = 0; i < n; i++) {
                double s = stock[row + i];
                left += s;
                // PlanEvaluator: margin = revenue + salvage − unit cost × stock now
                double value = objective == Objective.MARGIN
                        ? revenue[row + i] + s * stores[i].salvagePerUnit() - stores[i].unitCost()
                        * stores[i].startStock()
                        : revenue[row + i];
                if (value < floor[i]) {
                    return;
                }
                total += value;
            }
            if (left > maxEnd + TOLERANCE * (1 + Math.abs(maxEnd))) {
                return;
            }
            if (frontier != null) {
                frontier.offer(cost, total, left, path);
            } else if (total > best) {
                best = total;
                bestCost = cost;
                System.arraycopy(path, 0, bestPath, 0, weeks);
            }
        }
    }
}
