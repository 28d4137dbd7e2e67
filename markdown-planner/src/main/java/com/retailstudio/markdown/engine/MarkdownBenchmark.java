package com.retailstudio.markdown.engine;

import com.retailstudio.data.architecture.AllowedToUseStandardStreams;
import com.retailstudio.data.model.Product;
import com.retailstudio.data.model.WeeklySale;
import com.retailstudio.markdown.model.RuleBook;
import com.retailstudio.markdown.model.StorePlan;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Benchmark: {@code MarkdownBenchmark [products] [stores] [remaining-weeks] [history-weeks] [rounds]
 * [plan-budget]} (default 10000 20 12 24 3 none; a plan budget is the most markdown cost of the whole plan, in
 * currency, and the budget's use is printed after each round). Simulates weekly sales in memory with the generator's planted demand model (constant elasticity, season
 * curve, broken-assortment effect, Poisson noise, one planned markdown and sometimes a promotion in the history),
 * then times building the series, fitting demand for every product and optimising every product and price cluster
 * (3 clusters) with per-store projections of the plan and the baselines. Prints product-stores per second. The
 * simulation itself is timed separately; reading CSV is not part of it.
 */
@AllowedToUseStandardStreams("a benchmark main: it prints its figures")
public final class MarkdownBenchmark {

    private static final String[] CATEGORIES = {"produce", "bakery", "dairy", "pasta", "snacks", "drinks",
        "household", "beauty", "apparel", "toys"};

    private MarkdownBenchmark() {
    }

    public static void main(String[] args) {
        int products = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int stores = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int remaining = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        int history = args.length > 3 ? Integer.parseInt(args[3]) : 24;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        double budget = args.length > 5 && !args[5].equals("none") ? Double.parseDouble(args[5]) : Double.NaN;
        System.out.printf(Locale.ROOT, "markdown benchmark: %d products x %d stores, %d history weeks, %d remaining "
                + "weeks, %d cores%n", products, stores, history, remaining, Runtime.getRuntime().availableProcessors());
        for (int round = 1; round <= rounds; round++) {
            run(products, stores, remaining, history, round, budget);
        }
    }

    private static void run(int products, int stores, int remaining, int history, int round, double budget) {
        LocalDate seasonStart = LocalDate.of(2026, 1, 5);
        int weeks = history + remaining;
        LocalDate lastWeek = seasonStart.plusWeeks(history - 1L);
        Map<String, String> clusters = new HashMap<>();
        for (int s = 0; s < stores; s++) {
            clusters.put(storeId(s), "ABC".substring(s % 3, s % 3 + 1));
        }
        long t0 = System.nanoTime();
        List<Product> catalog = new ArrayList<>(products);
        List<List<WeeklySale>> rows = new ArrayList<>(products);
        for (int i = 0; i < products; i++) {
            catalog.add(null);
            rows.add(null);
        }
        IntStream.range(0, products).parallel().forEach(i -> {
            SplittableRandom r = new SplittableRandom(i * 7919L + 17);
            double full = Math.round(r.nextDouble(2, 60)) - 0.01;
            double beta = Math.max(-4, Math.min(-1.5, -2.5 + 0.6 * gaussian(r)));
            int fixture = r.nextInt(6, 31);
            Product p = new Product(String.format(Locale.ROOT, "P%05d", i + 1), "Product " + (i + 1),
                    CATEGORIES[i % CATEGORIES.length], full, Math.round(full * r.nextDouble(0.35, 0.65) * 100) / 100.0,
                    seasonStart, seasonStart.plusWeeks(weeks).minusDays(1), r.nextDouble(0.05, 0.4), fixture);
            catalog.set(i, p);
            // one planned price path per cluster: maybe a promotion, one markdown between 35 % and 65 % of history
            int[][] cents = new int[3][history];
            for (int c = 0; c < 3; c++) {
                int mdWeek = (int) Math.round(history * r.nextDouble(0.35, 0.65));
                double depth = Math.round(r.nextDouble(0.1, 0.3) * 100) / 100.0;
                int promo = r.nextDouble() < 0.6 ? r.nextInt(1, Math.max(2, history / 3)) : -1;
                for (int w = 0; w < history; w++) {
                    double d = w >= mdWeek ? depth : w == promo ? 0.2 : 0;
                    cents[c][w] = (int) Math.round(full * (1 - d) * 100);
                }
            }
            List<WeeklySale> list = new ArrayList<>(stores * history);
            for (int s = 0; s < stores; s++) {
                double size = r.nextDouble(0.7, 1.3);
                int stock = (int) Math.round(fixture * r.nextDouble(3, 6) * size);
                double base = stock / (double) weeks * r.nextDouble(0.55, 0.85);
                for (int w = 0; w < history; w++) {
                    int price = cents[s % 3][w];
                    double inv = stock >= fixture ? 1 : Math.pow(stock / (double) fixture, 0.6);
                    double mean = base * Backtest.plantedSeason(w, weeks) * inv * Math.pow(price / (full * 100), beta);
                    int units = Math.min(stock, poisson(r, mean));
                    list.add(new WeeklySale(storeId(s), p.productId(), seasonStart.plusWeeks(w), price / 100.0, units,
                            stock));
                    stock -= units;
                }
            }
            rows.set(i, list);
        });
        long t1 = System.nanoTime();
        long c1 = cpu();
        List<ProductSeries> series = IntStream.range(0, products).parallel()
                .mapToObj(i -> ProductSeries.of(catalog.get(i), rows.get(i), lastWeek)).toList();
        rows.clear();
        long t2 = System.nanoTime();
        List<DemandEstimator.Fitted> fits = DemandEstimator.fit(series);
        long t3 = System.nanoTime();
        MarkdownPlanner.Planned planned = new MarkdownPlanner(RuleBook.standard().withPlanMarkdownBudget(budget))
                .planAll(fits, clusters, () -> false, done -> { });
        List<StorePlan> plans = planned.plans();
        long t4 = System.nanoTime();
        long c4 = cpu();
        double seconds = (t4 - t1) / 1e9;
        System.out.printf(Locale.ROOT, "round %d: simulate %.2f s (not counted) | series %.2f s, fit %.2f s, "
                        + "optimise+project %.2f s, total %.2f s wall, %.2f s CPU | %d product-stores planned, "
                        + "%.0f product-stores/s wall, %.0f per CPU-second%n",
                round, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9, seconds, (c4 - c1) / 1e9,
                plans.size(), plans.size() / seconds, plans.size() / ((c4 - c1) / 1e9));
        double cost = 0;
        double objective = 0;
        for (StorePlan sp : plans) {
            cost += sp.planMarkdownCost();
            objective += sp.objective(sp.plan());
        }
        System.out.printf(Locale.ROOT, "  objective %.2f, markdown cost %.2f; %s; allocation nodes %d%n", objective, cost,
                planned.budget().describe(cost, objective), planned.budget().nodes());
    }

    /** CPU time of the whole process in nanoseconds (all threads, including the collector). */
    private static long cpu() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static String storeId(int s) {
        return String.format(Locale.ROOT, "S%03d", s + 1);
    }

    private static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private static int poisson(SplittableRandom r, double mean) {
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(r)));
        }
        double l = Math.exp(-mean);
        int k = 0;
        double p = r.nextDouble();
        while (p > l) {
            k++;
            p *= r.nextDouble();
        }
        return k;
    }
}
