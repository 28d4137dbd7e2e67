package com.retailstudio.markdown.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses one point per planning unit from its Pareto frontier of (markdown cost, objective) so that the total
 * objective is largest and the total markdown cost at most a budget — a multiple-choice knapsack.
 *
 * <p>The bound is the knapsack's linear relaxation, computed as its Lagrangian dual: for the price λ of a unit of
 * budget where the units' upper convex hulls, taken segment by segment in order of falling slope, run out of budget,
 * every allocation earns at most {@code λ·B + Σ_u max_k (v_uk − λ·c_uk)} (because Σ c ≤ B). Write
 * {@code loss_uk = max_k' (v_uk' − λ·c_uk') − (v_uk − λ·c_uk) ≥ 0}; then an allocation earns at most that bound minus
 * its losses minus λ times the budget it leaves unused. A greedy allocation (the hull segments that fit, then the best
 * upgrade each unit can still afford) gives the first incumbent; an allocation that beats it has total loss below
 * bound − incumbent, so a unit whose every other choice loses more is fixed, and a depth-first search over the rest
 * (choices in order of loss; cut when the bound less the losses so far, less λ times the budget even the dearest
 * remaining choices would leave, cannot beat the incumbent, or when the cheapest remaining choices no longer fit)
 * finds the optimum. When it would visit more than a node limit (or scan more than a work limit of hull segments in
 * its relaxations) it stops and the best allocation found is returned with the bound it was proven against.
 */
public final class BudgetAllocation {

    /** Nodes the exact search may visit before it settles for the best found and states its gap. */
    public static final long NODE_LIMIT = 5_000_000;

    /**
     * Hull segments the search's relaxations may scan in all (a node costs one scan of the open units' segments), so
     * that a search with many open units stops after a few seconds too; deterministic, unlike a clock.
     */
    static final long WORK_LIMIT = 2_000_000_000L;

    private BudgetAllocation() {
    }

    /**
     * A choice per unit.
     *
     * @param choice     index into each unit's frontier
     * @param value      total objective of the choice
     * @param cost       total markdown cost of the choice
     * @param upperBound no allocation within the budget earns more (equal to value when proven optimal)
     * @param proven     whether the search finished (the choice is optimal)
     * @param nodes      search nodes visited
     */
    public record Allocation(int[] choice, double value, double cost, double upperBound, boolean proven, long nodes) {

        /** Upper bound − value: how much a better allocation could earn at most (0 when proven). */
        public double gap() {
            return proven ? 0 : Math.max(0, upperBound - value);
        }
    }

    /**
     * The best allocation of {@code budget} among units (each frontier sorted by rising cost and objective), or null
     * when even the cheapest point of every unit costs more than the budget.
     */
    public static Allocation allocate(List<MarkdownOptimizer.Frontier> units, double budget, long nodeLimit) {
        int n = units.size();
        double allowed = PlanBudget.allowance(budget);
        double minCost = 0;
        double maxCost = 0;
        double maxValue = 0;
        int[] top = new int[n];
        for (int u = 0; u < n; u++) {
            MarkdownOptimizer.Frontier f = units.get(u);
            minCost += f.costs()[0];
            top[u] = f.size() - 1;
            maxCost += f.costs()[top[u]];
            maxValue += f.values()[top[u]];
        }
        if (minCost > allowed) {
            return null;
        }
        if (maxCost <= allowed) {
            return new Allocation(top, maxValue, maxCost, maxValue, true, 0); // the budget does not bind
        }
        double lambda = breakSlope(units, budget - minCost);
        return new Search(units, budget, allowed, lambda, nodeLimit).run();
    }

    /** The slope of the hull segment at which the budget runs out, taking segments in order of falling slope. */
    static double breakSlope(List<MarkdownOptimizer.Frontier> units, double spare) {
        List<double[]> segments = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            segments.addAll(segments(units.get(u), hull(units.get(u)), u));
        }
        sortBySlope(segments);
        double left = spare;
        for (double[] s : segments) {
            if (s[SEG_COST] > left) {
                return s[SEG_SLOPE];
            }
            left -= s[SEG_COST];
        }
        return 0;
    }

    private static final int SEG_SLOPE = 0;
    private static final int SEG_TAG = 1;
    private static final int SEG_TO = 2;
    private static final int SEG_COST = 3;
    private static final int SEG_VALUE = 4;

    /**
     * The segments of a hull, in its order: {slope, tag, index of the point it leads to, Δcost, Δvalue}. Slopes are
     * made non-increasing along the hull (rounding can break that for nearly collinear points), so that, sorted
     * stably by falling slope, a unit's segments always come in the hull's order.
     */
    static List<double[]> segments(MarkdownOptimizer.Frontier f, int[] hull, int tag) {
        List<double[]> out = new ArrayList<>(hull.length);
        double previous = Double.POSITIVE_INFINITY;
        for (int k = 1; k < hull.length; k++) {
            double dc = f.costs()[hull[k]] - f.costs()[hull[k - 1]];
            double dv = f.values()[hull[k]] - f.values()[hull[k - 1]];
            previous = Math.min(previous, dv / dc);
            out.add(new double[] {previous, tag, hull[k], dc, dv});
        }
        return out;
    }

    /** By falling slope; stable, so equal slopes keep each hull's order. */
    static void sortBySlope(List<double[]> segments) {
        segments.sort(Comparator.comparingDouble((double[] s) -> -s[SEG_SLOPE]));
    }

    /** Indices of a frontier's upper convex hull from its cheapest point to its best. */
    static int[] hull(MarkdownOptimizer.Frontier f) {
        int[] all = new int[f.size()];
        Arrays.setAll(all, k -> k);
        return hull(f, all);
    }

    /** The upper convex hull of some of a frontier's points, given in order of rising cost. */
    static int[] hull(MarkdownOptimizer.Frontier f, int[] points) {
        int[] h = new int[points.length];
        int m = 0;
        for (int k : points) {
            // drop the last hull point while it lies on or under the chord from the one before to this one
            while (m >= 2 && cross(f, h[m - 2], h[m - 1], k) >= 0) {
                m--;
            }
            h[m++] = k;
        }
        return Arrays.copyOf(h, m);
    }

    private static double cross(MarkdownOptimizer.Frontier f, int a, int b, int c) {
        double[] x = f.costs();
        double[] y = f.values();
        return (x[b] - x[a]) * (y[c] - y[a]) - (y[b] - y[a]) * (x[c] - x[a]);
    }

    /** The bound, the greedy incumbent and the depth-first search over units left free. */
    private static final class Search {
        final List<MarkdownOptimizer.Frontier> units;
        final double budget;
        final double allowed;
        final double lambda;
        final long nodeLimit;
        final double[][] loss;
        final double bound;
        int[] free;            // units searched, in search order
        int[][] order;         // per free unit: its choices within reach, by rising loss
        double[] suffixMin;    // cheapest cost of the free units from position i on
        double[] suffixMax;    // dearest cost among their choices within reach
        double[] suffixMinValue; // objective of those cheapest choices
        int[] segUnit;         // hull segments of the free units' choices, by falling slope: position, Δcost, Δvalue
        double[] segCost;
        double[] segValue;
        int[] current;
        int[] best;
        double bestValue;
        double fixedValue;
        double fixedCost;
        long nodes;
        long work;
        boolean stopped;

        Search(List<MarkdownOptimizer.Frontier> units, double budget, double allowed, double lambda, long nodeLimit) {
            this.units = units;
            this.budget = budget;
            this.allowed = allowed;
            this.lambda = lambda;
            this.nodeLimit = nodeLimit;
            int n = units.size();
            loss = new double[n][];
            double sum = lambda * budget;
            for (int u = 0; u < n; u++) {
                MarkdownOptimizer.Frontier f = units.get(u);
                double top = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < f.size(); k++) {
                    top = Math.max(top, f.values()[k] - lambda * f.costs()[k]);
                }
                loss[u] = new double[f.size()];
                for (int k = 0; k < f.size(); k++) {
                    loss[u][k] = Math.max(0, top - (f.values()[k] - lambda * f.costs()[k]));
                }
                sum += top;
            }
            bound = sum;
        }

        Allocation run() {
            int n = units.size();
            best = greedy();
            bestValue = 0;
            double bestCost = 0;
            for (int u = 0; u < n; u++) {
                bestValue += units.get(u).values()[best[u]];
                bestCost += units.get(u).costs()[best[u]];
            }
            double upper = Math.max(bound, bestValue);
            double gap = slack(upper);
            // a unit whose every other choice loses at least the gap keeps its λ-best choice
            current = new int[n];
            boolean[] isFree = new boolean[n];
            List<Integer> freeUnits = new ArrayList<>();
            List<int[]> freeOrder = new ArrayList<>();
            for (int u = 0; u < n; u++) {
                Integer[] within = withinGap(u, gap);
                if (within.length == 1) {
                    current[u] = within[0];
                    fixedValue += units.get(u).values()[within[0]];
                    fixedCost += units.get(u).costs()[within[0]];
                } else {
                    isFree[u] = true;
                    freeUnits.add(u);
                    int[] o = new int[within.length];
                    for (int k = 0; k < o.length; k++) {
                        o[k] = within[k];
                    }
                    freeOrder.add(o);
                }
            }
            int m = freeUnits.size();
            // the units whose choices differ most in cost first, so the budget cuts early
            Integer[] idx = new Integer[m];
            for (int i = 0; i < m; i++) {
                idx[i] = i;
            }
            Arrays.sort(idx, Comparator.comparingDouble((Integer i) -> -spread(freeUnits.get(i), freeOrder.get(i))));
            free = new int[m];
            order = new int[m][];
            for (int i = 0; i < m; i++) {
                free[i] = freeUnits.get(idx[i]);
                order[i] = freeOrder.get(idx[i]);
            }
            suffixMin = new double[m + 1];
            suffixMax = new double[m + 1];
            suffixMinValue = new double[m + 1];
            List<double[]> segments = new ArrayList<>();
            for (int i = m - 1; i >= 0; i--) {
                MarkdownOptimizer.Frontier f = units.get(free[i]);
                int[] byCost = order[i].clone();
                Arrays.sort(byCost); // frontier indices rise with cost
                suffixMin[i] = suffixMin[i + 1] + f.costs()[byCost[0]];
                suffixMinValue[i] = suffixMinValue[i + 1] + f.values()[byCost[0]];
                suffixMax[i] = suffixMax[i + 1] + f.costs()[byCost[byCost.length - 1]];
                segments.addAll(segments(f, hull(f, byCost), i));
            }
            sortBySlope(segments);
            segUnit = new int[segments.size()];
            segCost = new double[segments.size()];
            segValue = new double[segments.size()];
            for (int k = 0; k < segments.size(); k++) {
                segUnit[k] = (int) segments.get(k)[SEG_TAG];
                segCost[k] = segments.get(k)[SEG_COST];
                segValue[k] = segments.get(k)[SEG_VALUE];
            }
            double fixedLoss = 0;
            for (int u = 0; u < n; u++) {
                fixedLoss += isFree[u] ? 0 : loss[u][current[u]];
            }
            if (fixedCost + suffixMin[0] <= allowed) {
                // better than the incumbent means within the gap, where the relaxation of the free units bounds it
                upper = Math.min(upper, Math.max(bestValue, fixedValue + relaxation(0, allowed - fixedCost)));
                walk(0, fixedCost, fixedValue, fixedLoss);
            } else {
                upper = bestValue;
            }
            bestCost = 0;
            for (int u = 0; u < n; u++) {
                bestCost += units.get(u).costs()[best[u]];
            }
            return stopped ? new Allocation(best, bestValue, bestCost, upper, false, nodes)
                    : new Allocation(best, bestValue, bestCost, bestValue, true, nodes);
        }

        /** A little more than the incumbent's shortfall from the bound, so rounding never fixes a unit wrongly. */
        private double slack(double upper) {
            return upper - bestValue + 1e-9 * (1 + Math.abs(upper));
        }

        private Integer[] withinGap(int u, double gap) {
            List<Integer> out = new ArrayList<>();
            for (int k = 0; k < loss[u].length; k++) {
                if (loss[u][k] < gap) {
                    out.add(k);
                }
            }
            Integer[] o = out.toArray(new Integer[0]);
            Arrays.sort(o, Comparator.comparingDouble((Integer k) -> loss[u][k]));
            return o;
        }

        private double spread(int u, int[] choices) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int k : choices) {
                lo = Math.min(lo, units.get(u).costs()[k]);
                hi = Math.max(hi, units.get(u).costs()[k]);
            }
            return hi - lo;
        }

        private void walk(int i, double cost, double value, double lost) {
            if (stopped) {
                return;
            }
            if (++nodes > nodeLimit || work > WORK_LIMIT) {
                stopped = true;
                return;
            }
            if (i == free.length) {
                if (value > bestValue) {
                    bestValue = value;
                    best = current.clone();
                }
                return;
            }
            int u = free[i];
            MarkdownOptimizer.Frontier f = units.get(u);
            for (int k : order[i]) {
                double c = cost + f.costs()[k];
                if (c + suffixMin[i + 1] > allowed) {
                    continue; // the cheapest choices of the units after this one no longer fit
                }
                double l = lost + loss[u][k];
                double unused = Math.max(0, budget - c - suffixMax[i + 1]);
                double reach = bound - l - lambda * unused;
                double beat = bestValue + 1e-12 * (1 + Math.abs(bestValue));
                if (reach <= beat || value + f.values()[k] + relaxation(i + 1, allowed - c) <= beat) {
                    continue; // cannot beat the incumbent
                }
                current[u] = k;
                walk(i + 1, c, value + f.values()[k], l);
            }
        }

        /**
         * The linear relaxation of the free units from position {@code i} on with {@code spare} budget: each at its
         * cheapest choice within the gap, then their hull segments in order of falling slope, the last one in part.
         */
        private double relaxation(int i, double spare) {
            double value = suffixMinValue[i];
            double left = spare - suffixMin[i];
            int k = 0;
            for (; k < segUnit.length && left > 0; k++) {
                if (segUnit[k] < i) {
                    continue;
                }
                if (segCost[k] <= left) {
                    left -= segCost[k];
                    value += segValue[k];
                } else {
                    value += segValue[k] * left / segCost[k];
                    left = 0;
                }
            }
            work += k;
            return value;
        }

        /** The hull segments that fit in order of falling slope, then each unit's best upgrade still affordable. */
        private int[] greedy() {
            int n = units.size();
            int[] choice = new int[n];
            double spare = allowed;
            for (int u = 0; u < n; u++) {
                spare -= units.get(u).costs()[0];
            }
            List<double[]> segments = new ArrayList<>();
            for (int u = 0; u < n; u++) {
                segments.addAll(segments(units.get(u), hull(units.get(u)), u));
            }
            sortBySlope(segments);
            boolean[] blocked = new boolean[n];
            for (double[] s : segments) {
                int u = (int) s[SEG_TAG];
                if (blocked[u]) {
                    continue; // a unit's hull is taken in order: once one segment does not fit, none after it
                }
                if (s[SEG_COST] <= spare) {
                    spare -= s[SEG_COST];
                    choice[u] = (int) s[SEG_TO];
                } else {
                    blocked[u] = true;
                }
            }
            for (int u = 0; u < n; u++) {
                MarkdownOptimizer.Frontier f = units.get(u);
                int up = choice[u];
                for (int k = choice[u] + 1; k < f.size(); k++) {
                    if (f.costs()[k] - f.costs()[choice[u]] <= spare) {
                        up = k;
                    }
                }
                spare -= f.costs()[up] - f.costs()[choice[u]];
                choice[u] = up;
            }
            double cost = 0;
            for (int u = 0; u < n; u++) {
                cost += units.get(u).costs()[choice[u]];
            }
            // sums in another order could differ in the last bits; the cheapest points always fit
            return cost <= allowed ? choice : new int[n];
        }
    }
}
