package com.retailstudio.markdown.engine;

import java.util.Locale;

/**
 * Benchmark: {@code OracleBenchmark [instances] [rounds]} (default 2000 3). Draws the same random small planning units
 * as {@link OracleTest} (seeds 1..instances), then times the optimiser and the exhaustive oracle ({@link PathOracle})
 * on the same instances in one run, prints instances per second of each and the ratio, and how many optima differ by
 * more than 1e-9 relative (0 expected). Each round solves every instance once with each. Then the same for the
 * markdown budget per plan: {@link PlanBudgetOracleTest}'s multi-unit plans (seeds 1..instances), {@link PlanBudget}
 * against brute force over every combination of the units' rule-abiding paths.
 */
public final class OracleBenchmark {

    private OracleBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        PathOracle.Instance[] instances = new PathOracle.Instance[count];
        long paths = 0;
        for (int i = 0; i < count; i++) {
            instances[i] = OracleTest.instance(i + 1);
        }
        System.out.printf(Locale.ROOT, "optimiser vs exhaustive oracle: %d instances (1-10 weeks, 2-7 rungs, 1-4 "
                + "stores, every rule varied), %d rounds, one thread%n", count, rounds);
        for (int round = 1; round <= rounds; round++) {
            double[] optimised = new double[count];
            long t0 = System.nanoTime();
            for (int i = 0; i < count; i++) {
                optimised[i] = OracleTest.solve(instances[i]).objective();
            }
            long t1 = System.nanoTime();
            int gaps = 0;
            paths = 0;
            for (int i = 0; i < count; i++) {
                PathOracle.Best best = PathOracle.solve(instances[i]);
                paths += best.pathsTried();
                if (Math.abs(best.objective() - optimised[i]) > 1e-9 * Math.max(1, Math.abs(best.objective()))) {
                    gaps++;
                }
            }
            long t2 = System.nanoTime();
            double optimiserRate = count / ((t1 - t0) / 1e9);
            double oracleRate = count / ((t2 - t1) / 1e9);
            System.out.printf(Locale.ROOT, "round %d: optimiser %.3f s (%,.0f instances/s) | oracle %.3f s (%,.0f "
                            + "instances/s, %,d rule-abiding paths scored) | optimiser %.0fx faster | %d gaps%n",
                    round, (t1 - t0) / 1e9, optimiserRate, (t2 - t1) / 1e9, oracleRate, paths,
                    optimiserRate / oracleRate, gaps);
        }
        planBudget(count, rounds);
    }

    private static void planBudget(int count, int rounds) {
        PlanBudgetOracleTest.Plan[] plans = new PlanBudgetOracleTest.Plan[count];
        int binding = 0;
        MarkdownOptimizer optimizer = new MarkdownOptimizer();
        for (int i = 0; i < count; i++) {
            plans[i] = PlanBudgetOracleTest.plan(i + 1);
        }
        System.out.printf(Locale.ROOT, "markdown budget per plan vs brute force: %d plans (2-5 units, 1-6 weeks, 2-4 "
                + "rungs, 1-3 stores), %d rounds, one thread%n", count, rounds);
        for (int round = 1; round <= rounds; round++) {
            double[] shared = new double[count];
            binding = 0;
            long t0 = System.nanoTime();
            for (int i = 0; i < count; i++) {
                PlanBudget.Shared s = PlanBudget.plan(optimizer, plans[i].objective(), plans[i].problems(),
                        plans[i].budget());
                binding += s.use().binding() ? 1 : 0;
                for (PlanBudget.Choice c : s.choices()) {
                    shared[i] += c.objective();
                }
            }
            long t1 = System.nanoTime();
            int gaps = 0;
            for (int i = 0; i < count; i++) {
                double best = PlanBudgetOracleTest.bruteForce(plans[i]).value();
                if (Math.abs(best - shared[i]) > 1e-9 * Math.max(1, Math.abs(best))) {
                    gaps++;
                }
            }
            long t2 = System.nanoTime();
            double optimiserRate = count / ((t1 - t0) / 1e9);
            double oracleRate = count / ((t2 - t1) / 1e9);
            System.out.printf(Locale.ROOT, "round %d: budget optimiser %.3f s (%,.0f plans/s, %d binding) | brute "
                            + "force %.3f s (%,.0f plans/s) | optimiser %.0fx faster | %d gaps%n", round,
                    (t1 - t0) / 1e9, optimiserRate, binding, (t2 - t1) / 1e9, oracleRate, optimiserRate / oracleRate,
                    gaps);
        }
    }
}
