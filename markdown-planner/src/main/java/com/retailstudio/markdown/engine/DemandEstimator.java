package com.retailstudio.markdown.engine;

import com.retailstudio.markdown.model.ProductDemand;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.commons.math3.special.Gamma;

/**
 * Fits every product's demand ({@link PoissonFit}) in two stages and shrinks the elasticities toward their category.
 * Stage 1 fits all four slopes per product; the category's life-cycle and broken-assortment slopes are the
 * precision-weighted means of its products' (random-effects weights). Stage 2 refits each product's elasticity alone
 * with the category's shape as a known offset (borrowing strength: the shape is poorly identified from one product's
 * few store-weeks, and it is correlated with the elasticity because markdowns come late, when stock is low). Then
 * empirical Bayes: per category, the category mean m and the between-product variance τ² are estimated by the method of
 * moments (τ² = variance of the products' estimates − their mean squared standard error, at least
 * {@link #MIN_TAU2}); each product's estimate b with standard error s becomes (b/s² + m/τ²) / (1/s² + 1/τ²), with
 * standard error (1/s² + 1/τ²)^−½. A product whose own fit failed or used fewer than {@link #MIN_OBSERVATIONS}
 * store-weeks takes the category mean, with standard error √(τ² + se(m)²). The 95 % interval is ±1.96 standard
 * errors.
 *
 * <p>Fit quality: the last {@link #HELD_OUT_WEEKS} weeks of each product's history are held out, the model is refit
 * on the earlier weeks, and the MAPE of predicted weekly units (summed over stores, predicted sales capped by stock)
 * is computed over held-out weeks with sales. The reported coefficients come from the fit on all weeks.
 */
public final class DemandEstimator {

    public static final int HELD_OUT_WEEKS = 4;
    public static final int MIN_OBSERVATIONS = 12;
    public static final double MIN_TAU2 = 0.0025;

    private DemandEstimator() {
    }

    /** A fitted product: its demand summary, slopes used for planning and the level of each store-season. */
    public record Fitted(ProductSeries series, ProductDemand demand, double[] coef, double[] levels) {
    }

    /** Rounds of the EM algorithm for sold-out weeks; 0 leaves sold-out weeks out of the fit instead. */
    public static final int CENSORED_ROUNDS = 3;

    public static List<Fitted> fit(List<ProductSeries> all) {
        return fit(all, CENSORED_ROUNDS);
    }

    /**
     * Sold-out weeks (units = stock) only say that demand was at least the stock. With {@code censoredRounds} &gt; 0
     * they are handled by the EM algorithm: each round replaces their units by the expected demand given that it
     * reached the stock, E[Y | Y ≥ c] = μ P(Y ≥ c − 1) / P(Y ≥ c) under the current fit, and refits; the imputed
     * demand is then used for the elasticity and the store-season levels. With 0 they are left out.
     */
    public static List<Fitted> fit(List<ProductSeries> all, int censoredRounds) {
        int n = all.size();
        Map<String, List<Integer>> byCategory = new HashMap<>();
        for (int i = 0; i < n; i++) {
            byCategory.computeIfAbsent(all.get(i).product.category(), c -> new ArrayList<>()).add(i);
        }
        List<Integer> everyone = IntStream.range(0, n).boxed().toList();

        // stage 1: every slope per product, to learn each category's life-cycle and broken-assortment shape
        PoissonFit.Result[] full = new PoissonFit.Result[n];
        double[][] demand = new double[n][];
        boolean[][] inStock = new boolean[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            ProductSeries s = all.get(i);
            inStock[i] = new boolean[s.y.length];
            for (int k = 0; k < s.y.length; k++) {
                inStock[i][k] = s.stock[k] > 0;
            }
            demand[i] = s.y.clone();
            PoissonFit.Result r = usable(PoissonFit.fit(s.y, s.x, s.group, s.fittable));
            for (int round = 0; round < censoredRounds && r != null; round++) {
                impute(s, r.coef(), demand[i], inStock[i]);
                r = usable(PoissonFit.fit(demand[i], s.x, null, s.group, inStock[i], r.coef()));
            }
            full[i] = r;
        });
        Map<String, double[]> shapes = new HashMap<>();
        double[][] globalFull = prior(full, everyone, ProductSeries.FEATURES);
        for (Map.Entry<String, List<Integer>> e : byCategory.entrySet()) {
            double[][] pr = prior(full, e.getValue(), ProductSeries.FEATURES);
            pr = pr == null ? globalFull : pr;
            shapes.put(e.getKey(), pr == null ? new double[ProductSeries.FEATURES] : pr[0]);
        }

        // stage 2: the elasticity per product with the category's shape as a known offset
        PoissonFit.Result[] own = new PoissonFit.Result[n];
        double[][] offsets = new double[n][];
        double[] mape = new double[n];
        int[] heldOut = new int[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            ProductSeries s = all.get(i);
            double[] shape = shapes.get(s.product.category());
            double[] offset = new double[s.y.length];
            for (int k = 0; k < offset.length; k++) {
                for (int j = 1; j < ProductSeries.FEATURES; j++) {
                    offset[k] += shape[j] * s.x[j][k];
                }
            }
            offsets[i] = offset;
            double[][] priceOnly = {s.x[ProductSeries.ELASTICITY]};
            double[] start = full[i] == null ? null : new double[] {full[i].coef()[ProductSeries.ELASTICITY]};
            boolean[] use = censoredRounds > 0 ? inStock[i] : s.fittable;
            own[i] = usable(PoissonFit.fit(demand[i], priceOnly, offset, s.group, use, start));
            double[] m = heldOutMape(s, priceOnly, offset, own[i] == null ? start : own[i].coef());
            mape[i] = m[0];
            heldOut[i] = (int) m[1];
        });

        // shrink each elasticity toward its category
        Map<String, double[][]> priors = new HashMap<>();
        double[][] global = prior(own, everyone, 1);
        for (Map.Entry<String, List<Integer>> e : byCategory.entrySet()) {
            double[][] pr = prior(own, e.getValue(), 1);
            priors.put(e.getKey(), pr == null ? global : pr);
        }
        List<Fitted> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ProductSeries s = all.get(i);
            double[][] pr = priors.get(s.product.category());
            double m = pr == null ? DEFAULT_ELASTICITY : pr[0][0];
            double tau2 = pr == null ? 1.0 : pr[1][0];
            double seM = pr == null ? 1.0 : pr[2][0];
            PoissonFit.Result r = own[i];
            double beta;
            double seBeta;
            if (r == null) {
                beta = m;
                seBeta = Math.sqrt(tau2 + seM * seM);
            } else {
                double v = r.se(0) * r.se(0);
                double precision = 1 / v + 1 / tau2;
                beta = (r.coef()[0] / v + m / tau2) / precision;
                seBeta = Math.sqrt(1 / precision);
            }
            double[] shape = shapes.get(s.product.category());
            double[] coef = {beta, shape[ProductSeries.THETA], shape[ProductSeries.AGE], shape[ProductSeries.AGE2]};
            double[] levels = PoissonFit.intercepts(demand[i], s.x, null, s.group,
                    censoredRounds > 0 ? inStock[i] : s.fittable, coef, s.groupCount);
            ProductDemand d = new ProductDemand(s.product.productId(), s.product.category(), beta,
                    beta - 1.959964 * seBeta, beta + 1.959964 * seBeta,
                    r == null ? Double.NaN : r.coef()[0], r == null ? Double.NaN : r.se(0),
                    coef[ProductSeries.THETA], coef[ProductSeries.AGE], coef[ProductSeries.AGE2], mape[i], heldOut[i],
                    r == null ? 0 : r.used(), r == null);
            out.add(new Fitted(s, d, coef, levels));
        }
        return out;
    }

    /** E-step: expected demand of the sold-out weeks under the current slopes. */
    private static void impute(ProductSeries s, double[] coef, double[] demand, boolean[] inStock) {
        double[] alpha = PoissonFit.intercepts(demand, s.x, null, s.group, inStock, coef, s.groupCount);
        for (int k = 0; k < demand.length; k++) {
            int c = s.stock[k];
            if (c > 0 && s.y[k] >= c && Double.isFinite(alpha[s.group[k]])) {
                double mu = Math.exp(alpha[s.group[k]] + PoissonFit.eta(s.x, null, coef, k));
                double atLeastC = Gamma.regularizedGammaP(c, mu);
                double atLeastCMinus1 = c - 1 <= 0 ? 1.0 : Gamma.regularizedGammaP(c - 1, mu);
                double expected = atLeastC > 1e-300 ? mu * atLeastCMinus1 / atLeastC : c;
                demand[k] = Double.isFinite(expected) ? Math.max(c, expected) : c;
            }
        }
    }

    private static PoissonFit.Result usable(PoissonFit.Result r) {
        return r != null && r.used() >= MIN_OBSERVATIONS && allFinite(r) ? r : null;
    }

    /** Elasticity used when no product at all could be fitted: the middle of the typical clearance range. */
    static final double DEFAULT_ELASTICITY = -2.5;

    private static boolean allFinite(PoissonFit.Result r) {
        for (double v : r.coef()) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        for (double v : r.cov()) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** {mean, τ², se(mean)} per coefficient over the fitted products of a group; null when none was fitted. */
    private static double[][] prior(PoissonFit.Result[] fits, List<Integer> members, int p) {
        double[] mean = new double[p];
        double[] tau2 = new double[p];
        double[] seMean = new double[p];
        int count = 0;
        for (int i : members) {
            if (fits[i] != null) {
                count++;
            }
        }
        if (count < 2) {
            return null;
        }
        for (int j = 0; j < p; j++) {
            double sum = 0;
            double sumSq = 0;
            double meanVar = 0;
            for (int i : members) {
                if (fits[i] != null) {
                    double b = fits[i].coef()[j];
                    sum += b;
                    sumSq += b * b;
                    meanVar += fits[i].se(j) * fits[i].se(j);
                }
            }
            double raw = sum / count;
            double variance = (sumSq - count * raw * raw) / (count - 1);
            tau2[j] = Math.max(MIN_TAU2, variance - meanVar / count);
            // precision-weighted mean under the random-effects model
            double wSum = 0;
            double wbSum = 0;
            for (int i : members) {
                if (fits[i] != null) {
                    double w = 1 / (fits[i].se(j) * fits[i].se(j) + tau2[j]);
                    wSum += w;
                    wbSum += w * fits[i].coef()[j];
                }
            }
            mean[j] = wbSum / wSum;
            seMean[j] = Math.sqrt(1 / wSum);
        }
        return new double[][] {mean, tau2, seMean};
    }

    /** {MAPE, held-out weeks}: refit without the last weeks and forecast them. */
    static double[] heldOutMape(ProductSeries s, double[][] x, double[] offset, double[] start) {
        long lastWeek = Long.MIN_VALUE;
        for (long w : s.week) {
            lastWeek = Math.max(lastWeek, w);
        }
        long cut = lastWeek - HELD_OUT_WEEKS;
        boolean[] train = new boolean[s.y.length];
        for (int i = 0; i < train.length; i++) {
            train[i] = s.fittable[i] && s.week[i] <= cut;
        }
        PoissonFit.Result r = PoissonFit.fit(s.y, x, offset, s.group, train, start);
        if (r == null) {
            return new double[] {Double.NaN, 0};
        }
        double[] alpha = PoissonFit.intercepts(s.y, x, offset, s.group, train, r.coef(), s.groupCount);
        double[] actual = new double[HELD_OUT_WEEKS];
        double[] predicted = new double[HELD_OUT_WEEKS];
        for (int i = 0; i < s.y.length; i++) {
            if (s.week[i] > cut && s.stock[i] > 0 && Double.isFinite(alpha[s.group[i]])) {
                int k = (int) (s.week[i] - cut - 1);
                actual[k] += s.y[i];
                predicted[k] += Math.min(s.stock[i], Math.exp(alpha[s.group[i]] + PoissonFit.eta(x, offset, r.coef(), i)));
            }
        }
        double sum = 0;
        int weeks = 0;
        for (int k = 0; k < HELD_OUT_WEEKS; k++) {
            if (actual[k] > 0) {
                sum += Math.abs(predicted[k] - actual[k]) / actual[k];
                weeks++;
            }
        }
        return new double[] {weeks == 0 ? Double.NaN : sum / weeks, weeks};
    }
}
