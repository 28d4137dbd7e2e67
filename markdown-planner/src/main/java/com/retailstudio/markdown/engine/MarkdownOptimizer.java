package com.retailstudio.markdown.engine;

import java.util.Arrays;

/**
 * Exact dynamic programme for one {@link MarkdownProblem}: maximises expected revenue over the remaining weeks plus
 * salvage of the stock left at exit (equivalently gross margin, since the cost of the stock on hand is sunk) over the
 * state (week, rung, markdowns taken, weeks since the last markdown capped at the minimum gap, stock level).
 *
 * <p>Stock lives on a grid of at most {@code stockLevels + 1} levels from 0 to the stock on hand (whole units when the
 * stock is small). A week's expected sales move the stock to the nearest grid level at or below the current one and
 * the units sold are the difference between the levels, so units are conserved. The optimum is exact for this
 * discretised model: no rule-abiding price path earns more (the tests compare it with exhaustive search). Plans
 * should then be scored with {@link PlanEvaluator}, which uses continuous stock.
 *
 * <p>Rules honoured: prices only go down the rungs; at most {@code maxMarkdowns} markdowns counting those taken; at
 * least {@code minGap} weeks from one markdown to the next; none before {@code firstAllowed}; at most
 * {@code maxEndStock} units at exit when any price path achieves that (otherwise the target is dropped and the
 * solution says so). The inner loops allocate nothing; each thread reuses its own work arrays.
 */
public final class MarkdownOptimizer {

    /** Default number of stock grid steps. */
    public static final int DEFAULT_STOCK_LEVELS = 40;

    private static final double INFEASIBLE = Double.NEGATIVE_INFINITY;

    private final int stockLevels;
    private final ThreadLocal<Workspace> workspaces = ThreadLocal.withInitial(Workspace::new);

    public MarkdownOptimizer() {
        this(DEFAULT_STOCK_LEVELS);
    }

    public MarkdownOptimizer(int stockLevels) {
        if (stockLevels < 1 || stockLevels > 10_000) {
            throw new IllegalArgumentException("stock levels must be 1..10000: " + stockLevels);
        }
        this.stockLevels = stockLevels;
    }

    /**
     * The optimal rung per remaining week.
     *
     * @param rungs     the rung index per week (0 = the current price)
     * @param objective expected revenue plus salvage value in currency units, on the stock grid
     * @param targetMet false when a sell-through target was set but no price path reaches it
     */
    public record Solution(int[] rungs, double objective, boolean targetMet) {
    }

    public Solution solve(MarkdownProblem p) {
        int[] out = new int[p.weeks()];
        double value = solveInto(p, out, p.maxEndStock());
        boolean targetMet = true;
        if (value == INFEASIBLE) {
            targetMet = false;
            value = solveInto(p, out, Double.POSITIVE_INFINITY);
        }
        return new Solution(out, value, targetMet);
    }

    /** Stock grid step size and level count for a problem: levels 0..k hold stock k × step. */
    int levels(MarkdownProblem p) {
        if (p.startStock() <= 0) {
            return 0;
        }
        return (int) Math.min(stockLevels, Math.ceil(p.startStock() - 1e-9));
    }

    /**
     * Solves into {@code out} (one rung per week) and returns the optimal objective, or negative infinity when no
     * path leaves at most {@code maxEndStock} units.
     */
    double solveInto(MarkdownProblem p, int[] out, double maxEndStock) {
        int weeks = p.weeks();
        int rungs = p.rungCount();
        int levels = levels(p);
        int k0 = levels;
        double step = levels == 0 ? 0 : p.startStock() / levels;
        int kCount = levels + 1;
        int used = Math.min(p.markdownsUsed(), p.maxMarkdowns());
        int mCount = p.maxMarkdowns() - used + 1;
        int gap = Math.max(0, p.minGap());
        int gCount = gap + 1;
        int states = rungs * mCount * gCount * kCount;

        Workspace ws = workspaces.get();
        ws.ensure(states, weeks, rungs, kCount);
        double[] next = ws.valueA;
        double[] cur = ws.valueB;
        double[] reward = ws.reward;
        int[] nextLevel = ws.nextLevel;
        byte[] policy = ws.policy;

        // transitions: reward and next level per (week, rung, level)
        double[] demand = ws.inventory;
        if (p.partLevels() == null) {
            double[] inv = ws.partInventory(kCount);
            for (int k = 0; k < kCount; k++) {
                inv[k] = p.inventoryEffect(k * step);
            }
            for (int t = 0; t < weeks; t++) {
                double lt = p.level()[t];
                for (int k = 0; k < kCount; k++) {
                    demand[t * kCount + k] = lt * inv[k];
                }
            }
        } else {
            // same sums as MarkdownProblem.demandAtFullPrice, with each store's effect computed once per level
            int parts = p.partLevels().length;
            double[] inv = ws.partInventory(parts * kCount);
            for (int s = 0; s < parts; s++) {
                for (int k = 0; k < kCount; k++) {
                    inv[s * kCount + k] = p.inventoryEffect(p.partShares()[s] * (k * step));
                }
            }
            for (int t = 0; t < weeks; t++) {
                for (int k = 0; k < kCount; k++) {
                    double sum = 0;
                    for (int s = 0; s < parts; s++) {
                        sum += p.partLevels()[s][t] * inv[s * kCount + k];
                    }
                    demand[t * kCount + k] = sum;
                }
            }
        }
        double[] priceFactor = ws.priceFactor;
        for (int r = 0; r < rungs; r++) {
            priceFactor[r] = Math.pow(p.rungCents()[r] / (p.fullPrice() * 100), p.elasticity());
        }
        for (int t = 0; t < weeks; t++) {
            for (int r = 0; r < rungs; r++) {
                double price = p.rungCents()[r] / 100.0;
                int base = (t * rungs + r) * kCount;
                double pf = priceFactor[r];
                for (int k = 0; k < kCount; k++) {
                    double s = k * step;
                    double sales = Math.min(s, demand[t * kCount + k] * pf);
                    int k2 = k == 0 ? 0 : (int) Math.round((s - sales) / step);
                    if (k2 > k) {
                        k2 = k;
                    } else if (k2 < 0) {
                        k2 = 0;
                    }
                    nextLevel[base + k] = k2;
                    reward[base + k] = price * (s - k2 * step);
                }
            }
        }

        // terminal values
        for (int r = 0; r < rungs; r++) {
            for (int m = 0; m < mCount; m++) {
                for (int g = 0; g < gCount; g++) {
                    int idx = ((r * mCount + m) * gCount + g) * kCount;
                    for (int k = 0; k < kCount; k++) {
                        double s = k * step;
                        next[idx + k] = s > maxEndStock + 1e-9 ? INFEASIBLE : p.salvagePerUnit() * s;
                    }
                }
            }
        }

        for (int t = weeks - 1; t >= 0; t--) {
            boolean weekAllows = t >= p.firstAllowed();
            int gAfterMarkdown = Math.min(1, gap);
            for (int r = 0; r < rungs; r++) {
                int tBase = (t * rungs) * kCount;
                for (int m = 0; m < mCount; m++) {
                    for (int g = 0; g < gCount; g++) {
                        boolean canMark = weekAllows && m < mCount - 1 && g >= gap;
                        int idx = ((r * mCount + m) * gCount + g) * kCount;
                        int stayIdx = ((r * mCount + m) * gCount + Math.min(g + 1, gap)) * kCount;
                        for (int k = 0; k < kCount; k++) {
                            int tr = tBase + r * kCount + k;
                            double best = reward[tr] + next[stayIdx + nextLevel[tr]];
                            int bestRung = r;
                            if (canMark) {
                                for (int r2 = r + 1; r2 < rungs; r2++) {
                                    int tr2 = tBase + r2 * kCount + k;
                                    int to = ((r2 * mCount + m + 1) * gCount + gAfterMarkdown) * kCount;
                                    double v = reward[tr2] + next[to + nextLevel[tr2]];
                                    if (v > best) {
                                        best = v;
                                        bestRung = r2;
                                    }
                                }
                            }
                            cur[idx + k] = best;
                            policy[t * states + idx + k] = (byte) bestRung;
                        }
                    }
                }
            }
            double[] swap = next;
            next = cur;
            cur = swap;
        }

        int g0 = Math.min(Math.max(p.weeksSinceLast(), 0), gap);
        int startIdx = ((0 * mCount) * gCount + g0) * kCount + k0;
        double value = next[startIdx];
        // follow the policy forward
        int r = 0;
        int m = 0;
        int g = g0;
        int k = k0;
        for (int t = 0; t < weeks; t++) {
            int idx = ((r * mCount + m) * gCount + g) * kCount + k;
            int chosen = policy[t * states + idx];
            out[t] = chosen;
            int tr = (t * rungs + chosen) * kCount + k;
            k = nextLevel[tr];
            if (chosen != r) {
                m++;
                g = Math.min(1, gap);
                r = chosen;
            } else {
                g = Math.min(g + 1, gap);
            }
        }
        return value;
    }

    /** Per-thread work arrays, grown on demand and reused. */
    private static final class Workspace {
        double[] valueA = new double[0];
        double[] valueB = new double[0];
        double[] reward = new double[0];
        int[] nextLevel = new int[0];
        byte[] policy = new byte[0];
        double[] inventory = new double[0];
        double[] priceFactor = new double[0];
        double[] partInventory = new double[0];

        double[] partInventory(int size) {
            if (partInventory.length < size) {
                partInventory = new double[size];
            }
            return partInventory;
        }

        void ensure(int states, int weeks, int rungs, int kCount) {
            if (valueA.length < states) {
                valueA = new double[states];
                valueB = new double[states];
            }
            int transitions = weeks * rungs * kCount;
            if (reward.length < transitions) {
                reward = new double[transitions];
                nextLevel = new int[transitions];
            }
            if (policy.length < weeks * states) {
                policy = new byte[weeks * states];
            }
            if (inventory.length < weeks * kCount) {
                inventory = new double[weeks * kCount];
            }
            if (priceFactor.length < rungs) {
                priceFactor = Arrays.copyOf(priceFactor, rungs);
            }
        }
    }
}
