package com.retailstudio.markdown.engine;

import com.retailstudio.data.model.Product;
import com.retailstudio.data.model.WeeklySale;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One product's weekly sales prepared for the demand fit: one observation per store and week, grouped by store and
 * season (a season is a run of consecutive weeks that starts with a fresh buy), with the features
 * <ol>
 *   <li>log(price / full price) — its slope is the elasticity;</li>
 *   <li>log(min(1, stock / fixture stock)) — its slope is the broken-assortment exponent θ;</li>
 *   <li>season age x − 0.5 and 5. (x − 0.5)², with x = (weeks since launch + 0.5) / season length — a hump-shaped
 *   life-cycle in log space.</li>
 * </ol>
 * The season that contains the product's {@code season_start} is the current one; its age counts from
 * {@code season_start}. An earlier season is assumed to be as long as the current one and to end at its last week
 * in the data. Weeks with no stock, and weeks that sold out (units = stock, so demand is censored), do not enter the
 * fit.
 */
public final class ProductSeries {

    public static final int FEATURES = 4;
    public static final int ELASTICITY = 0;
    public static final int THETA = 1;
    public static final int AGE = 2;
    public static final int AGE2 = 3;

    /** The current-season state of the product in one store at the end of the history. */
    public record StoreState(String storeId, int group, LocalDate nextWeek, int nextSeasonWeek, int stock,
                             int priceCents, int markdownsTaken, int weeksSinceLast) {
    }

    public final Product product;
    public final int seasonWeeks;
    public final double[] y;
    public final double[][] x;
    public final int[] group;
    public final boolean[] fittable;
    public final long[] week;
    public final int[] stock;
    public final int groupCount;
    public final List<StoreState> states;

    private ProductSeries(Product product, int seasonWeeks, double[] y, double[][] x, int[] group, boolean[] fittable,
                          long[] week, int[] stock, int groupCount, List<StoreState> states) {
        this.product = product;
        this.seasonWeeks = seasonWeeks;
        this.y = y;
        this.x = x;
        this.group = group;
        this.fittable = fittable;
        this.week = week;
        this.stock = stock;
        this.groupCount = groupCount;
        this.states = states;
    }

    /** Weeks in the product's season (season_start to season_end, rounded up). */
    public static int seasonWeeks(Product p) {
        return (int) Math.max(1, (ChronoUnit.DAYS.between(p.seasonStart(), p.seasonEnd()) + 7) / 7);
    }

    /** The age feature value x − 0.5 for a week of the season. */
    public static double age(int seasonWeek, int seasonWeeks) {
        return (seasonWeek + 0.5) / seasonWeeks - 0.5;
    }

    /** Builds the series from the product's rows (any order) up to and including {@code lastWeek}. */
    public static ProductSeries of(Product p, List<WeeklySale> rows, LocalDate lastWeek) {
        List<WeeklySale> sorted = new ArrayList<>();
        for (WeeklySale s : rows) {
            if (!s.weekStart().isAfter(lastWeek)) {
                sorted.add(s);
            }
        }
        sorted.sort(Comparator.comparing(WeeklySale::storeId).thenComparing(WeeklySale::weekStart));
        int n = sorted.size();
        int w = seasonWeeks(p);
        double[] y = new double[n];
        double[][] x = new double[FEATURES][n];
        int[] group = new int[n];
        boolean[] fittable = new boolean[n];
        long[] week = new long[n];
        int[] stock = new int[n];
        List<StoreState> states = new ArrayList<>();
        int groupCount = 0;
        int i = 0;
        while (i < n) {
            // one season run
            int start = i;
            int end = i + 1;
            while (end < n && sorted.get(end).storeId().equals(sorted.get(start).storeId())
                    && ChronoUnit.DAYS.between(sorted.get(end - 1).weekStart(), sorted.get(end).weekStart()) == 7
                    && sorted.get(end).stockStart() <= sorted.get(end - 1).stockStart() - sorted.get(end - 1).unitsSold()) {
                end++;
            }
            LocalDate first = sorted.get(start).weekStart();
            LocalDate last = sorted.get(end - 1).weekStart();
            boolean current = !last.isBefore(p.seasonStart().minusDays(6));
            int g = groupCount++;
            for (int k = start; k < end; k++) {
                WeeklySale s = sorted.get(k);
                int age = current ? (int) Math.floorDiv(ChronoUnit.DAYS.between(p.seasonStart(), s.weekStart()) + 6, 7)
                        : w - 1 - (int) (ChronoUnit.DAYS.between(s.weekStart(), last) / 7);
                double a = age(age, w);
                y[k] = s.unitsSold();
                x[ELASTICITY][k] = Math.log(s.price() / p.fullPrice());
                x[THETA][k] = s.stockStart() > 0 ? Math.log(Math.min(1.0, s.stockStart() / (double) p.fixtureStock())) : 0;
                x[AGE][k] = a;
                x[AGE2][k] = a * a;
                group[k] = g;
                fittable[k] = s.stockStart() > 0 && s.unitsSold() < s.stockStart();
                week[k] = Math.floorDiv(s.weekStart().toEpochDay(), 7);
                stock[k] = s.stockStart();
            }
            if (current && last.equals(lastWeek)) {
                WeeklySale s = sorted.get(end - 1);
                int lastAge = (int) Math.floorDiv(ChronoUnit.DAYS.between(p.seasonStart(), s.weekStart()) + 6, 7);
                int taken = 0;
                int sinceLast = Integer.MAX_VALUE / 2;
                for (int k = start + 1; k < end; k++) {
                    long prev = Math.round(sorted.get(k - 1).price() * 100);
                    long now = Math.round(sorted.get(k).price() * 100);
                    long after = k + 1 < end ? Math.round(sorted.get(k + 1).price() * 100) : now;
                    // a drop that holds is a markdown; a one-week dip that comes back is a promotion
                    if (now < prev && after <= now) {
                        taken++;
                        sinceLast = end - k;
                    }
                }
                states.add(new StoreState(s.storeId(), g, s.weekStart().plusWeeks(1), lastAge + 1,
                        s.stockStart() - s.unitsSold(), (int) Math.round(s.price() * 100), taken, sinceLast));
            }
            i = end;
        }
        return new ProductSeries(p, w, y, x, group, fittable, week, stock, groupCount, List.copyOf(states));
    }
}
