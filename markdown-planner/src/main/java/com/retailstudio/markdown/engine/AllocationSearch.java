package com.retailstudio.markdown.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * {@link BudgetAllocation}'s exact search: the Lagrangian bound, the greedy incumbent, the units fixed by the gap and
 * the depth-first search over the units left free.
 */
final class AllocationSearch {

    private final List<MarkdownOptimizer.Frontier> units;
    private final double budget;
    private final double allowed;
    private final double lambda;
    private final long nodeLimit;
    private final double[][] loss;
    private final double bound;
    private int[] free;            // units searched, in search order
    private int[][] order;         // per free unit: its choices within reach, by rising loss
    private double[] suffixMin;    // cheapest cost of the free units from position i on
    private double[] suffixMax;    // dearest cost among their choices within reach
    private double[] suffixMinValue; // objective of those cheapest choices
    private int[] segUnit;         // hull segments of the free units' choices, by falling slope: position, Δcost, Δvalue
    private double[] segCost;
    private double[] segValue;
    private int[] current;
    private int[] best;
    private double bestValue;
    private double fixedValue;
    private double fixedCost;
    private long nodes;
    private long work;
    private boolean stopped;

    AllocationSearch(List<MarkdownOptimizer.Frontier> units, double budget, double allowed, double lambda, long nodeLimit) {
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

    BudgetAllocation.Allocation run() {
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
            segments.addAll(HullSegments.segments(f, HullSegments.hull(f, byCost), i));
        }
        HullSegments.sortBySlope(segments);
        segUnit = new int[segments.size()];
        segCost = new double[segments.size()];
        segValue = new double[segments.size()];
        for (int k = 0; k < segments.size(); k++) {
            segUnit[k] = (int) segments.get(k)[HullSegments.SEG_TAG];
            segCost[k] = segments.get(k)[HullSegments.SEG_COST];
            segValue[k] = segments.get(k)[HullSegments.SEG_VALUE];
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
        return stopped ? new BudgetAllocation.Allocation(best, bestValue, bestCost, upper, false, nodes)
                : new BudgetAllocation.Allocation(best, bestValue, bestCost, bestValue, true, nodes);
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
        if (++nodes > nodeLimit || work > BudgetAllocation.WORK_LIMIT) {
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
        boolean[] blocked = new boolean[n];
        for (double[] s : HullSegments.allBySlope(units)) {
            int u = (int) s[HullSegments.SEG_TAG];
            if (blocked[u]) {
                continue; // a unit's hull is taken in order: once one segment does not fit, none after it
            }
            if (s[HullSegments.SEG_COST] <= spare) {
                spare -= s[HullSegments.SEG_COST];
                choice[u] = (int) s[HullSegments.SEG_TO];
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
