package com.retailstudio.markdown.engine;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Poisson regression with one free intercept per group (store and season), fitted by Newton's method (IRLS) on the
 * profile likelihood: for given slopes the maximum-likelihood intercept of group g is
 * log(Σ y / Σ exp(x·b)) in closed form, so only the few slopes are iterated, however many groups there are.
 * Zero-sales weeks are ordinary Poisson observations (no log of zero is ever taken). Starting values come from an
 * ordinary least-squares fit of the within-group-demeaned log(units + 0.5) (Commons Math
 * {@link OLSMultipleLinearRegression}); the Newton steps are solved with a Cholesky decomposition. Standard errors
 * come from the inverse observed information, scaled by the Pearson dispersion when it exceeds 1 (quasi-Poisson).
 */
public final class PoissonFit {

    private static final int MAX_ITERATIONS = 50;

    private PoissonFit() {
    }

    /**
     * A fitted model.
     *
     * @param coef       slopes, one per feature
     * @param cov        their covariance matrix (row-major p × p)
     * @param dispersion Pearson dispersion used to scale {@code cov} (at least 1)
     * @param used       observations that entered the fit
     * @param converged  whether Newton's method converged
     */
    public record Result(double[] coef, double[] cov, double dispersion, int used, boolean converged) {

        public double se(int j) {
            return Math.sqrt(cov[j * coef.length + j]);
        }
    }

    /**
     * Fits y ~ Poisson(exp(alpha[group] + Σ_j b_j x[j])).
     *
     * @param y      counts
     * @param x      features as columns: x[j][i]
     * @param group  group per observation; observations of one group must be contiguous
     * @param use    which observations enter the fit
     * @return the fit, or null when the slopes are not identified (e.g. the price never changed)
     */
    public static Result fit(double[] y, double[][] x, int[] group, boolean[] use) {
        return fit(y, x, null, group, use);
    }

    /** As {@link #fit(double[], double[][], int[], boolean[])} with a known offset added to the linear predictor. */
    public static Result fit(double[] y, double[][] x, double[] offset, int[] group, boolean[] use) {
        return fit(y, x, offset, group, use, null);
    }

    /** As above, starting Newton's method from {@code start} instead of the OLS values when it is given. */
    public static Result fit(double[] y, double[][] x, double[] offset, int[] group, boolean[] use, double[] start) {
        int p = x.length;
        double[] b = start != null ? start.clone() : startingValues(y, x, offset, group, use);
        double[] grad = new double[p];
        double[] hess = new double[p * p];
        // exp(x·b) of every used observation at the current slopes, kept from the line search that accepted them so
        // that the next derivatives need no second pass of exponentials (the fit's main cost); same values as before
        double[] expEta = new double[y.length];
        double[] candidateExpEta = new double[y.length];
        double[] rows = rowMajor(x, y.length);
        double ll = profileLogLik(y, rows, offset, group, use, b, expEta);
        boolean converged = false;
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            derivatives(y, rows, p, group, use, expEta, grad, hess);
            double[] step;
            try {
                step = solve(hess, grad, p);
            } catch (RuntimeException e) {
                return null;
            }
            double scale = 1.0;
            double[] candidate = new double[p];
            double llNew;
            do {
                for (int j = 0; j < p; j++) {
                    candidate[j] = b[j] + scale * step[j];
                }
                llNew = profileLogLik(y, rows, offset, group, use, candidate, candidateExpEta);
                scale /= 2;
            } while ((Double.isNaN(llNew) || llNew < ll - 1e-10) && scale > 1e-6);
            double maxStep = 0;
            for (int j = 0; j < p; j++) {
                maxStep = Math.max(maxStep, Math.abs(candidate[j] - b[j]));
            }
            System.arraycopy(candidate, 0, b, 0, p);
            double[] swap = expEta;
            expEta = candidateExpEta;
            candidateExpEta = swap;
            ll = llNew;
            if (maxStep < 1e-7) {
                converged = true;
                break;
            }
        }
        int[] counts = derivatives(y, rows, p, group, use, expEta, grad, hess);
        int groupsWithSales = counts[0];
        int used = counts[1];
        double[] cov;
        try {
            RealMatrix info = new Array2DRowRealMatrix(p, p);
            for (int r = 0; r < p; r++) {
                for (int c = 0; c < p; c++) {
                    info.setEntry(r, c, hess[r * p + c]);
                }
            }
            RealMatrix inverse = new CholeskyDecomposition(info, 1e-12, 1e-14).getSolver().getInverse();
            cov = new double[p * p];
            for (int r = 0; r < p; r++) {
                for (int c = 0; c < p; c++) {
                    cov[r * p + c] = inverse.getEntry(r, c);
                }
            }
        } catch (RuntimeException e) {
            return null;
        }
        double dispersion = Math.max(1.0, pearson(y, group, use, expEta) / Math.max(1, used - p - groupsWithSales));
        for (int i = 0; i < cov.length; i++) {
            cov[i] *= dispersion;
        }
        return new Result(b, cov, dispersion, used, converged);
    }

    /** log of the closed-form group intercept: log(Σ y / Σ exp(x·b)) over the used observations of each group. */
    public static double[] intercepts(double[] y, double[][] x, double[] offset, int[] group, boolean[] use,
                                      double[] b, int groupCount) {
        double[] sumY = new double[groupCount];
        double[] sumE = new double[groupCount];
        for (int i = 0; i < y.length; i++) {
            if (use[i]) {
                sumY[group[i]] += y[i];
                sumE[group[i]] += Math.exp(eta(x, offset, b, i));
            }
        }
        double[] alpha = new double[groupCount];
        for (int g = 0; g < groupCount; g++) {
            // a store-season with no sales yet gets half a unit, so its level is small but not zero
            alpha[g] = sumE[g] > 0 ? Math.log(Math.max(sumY[g], 0.5) / sumE[g]) : Double.NaN;
        }
        return alpha;
    }

    static double eta(double[][] x, double[] offset, double[] b, int i) {
        double e = offset == null ? 0 : offset[i];
        for (int j = 0; j < b.length; j++) {
            e += b[j] * x[j][i];
        }
        return e;
    }

    /**
     * The features observation by observation (x[j][i] at i·p + j): the fit's loops read all p features of one
     * observation together, and one array in order is cheaper to read than p arrays side by side.
     */
    private static double[] rowMajor(double[][] x, int n) {
        int p = x.length;
        double[] rows = new double[n * p];
        for (int j = 0; j < p; j++) {
            for (int i = 0; i < n; i++) {
                rows[i * p + j] = x[j][i];
            }
        }
        return rows;
    }

    private static double[] solve(double[] hess, double[] grad, int p) {
        RealMatrix info = new Array2DRowRealMatrix(p, p);
        for (int r = 0; r < p; r++) {
            for (int c = 0; c < p; c++) {
                info.setEntry(r, c, hess[r * p + c]);
            }
        }
        DecompositionSolver solver = new CholeskyDecomposition(info, 1e-12, 1e-14).getSolver();
        return solver.solve(new ArrayRealVector(grad, false)).toArray();
    }

    /**
     * Gradient and information (negative Hessian) of the profile log-likelihood at the slopes whose exp(x·b) are
     * {@code expEta}. Returns {groups with sales, used}.
     */
    private static int[] derivatives(double[] y, double[] rows, int p, int[] group, boolean[] use, double[] expEta,
                                     double[] grad, double[] info) {
        Arrays.fill(grad, 0);
        Arrays.fill(info, 0);
        double[] sx = new double[p];
        double[] sxx = new double[p * p];
        int groups = 0;
        int used = 0;
        int n = y.length;
        int i = 0;
        while (i < n) {
            int g = group[i];
            int end = i;
            double sumY = 0;
            double sumE = 0;
            Arrays.fill(sx, 0);
            Arrays.fill(sxx, 0);
            while (end < n && group[end] == g) {
                if (use[end]) {
                    double e = expEta[end];
                    sumY += y[end];
                    sumE += e;
                    int row = end * p;
                    for (int j = 0; j < p; j++) {
                        double xj = rows[row + j];
                        grad[j] += y[end] * xj;
                        sx[j] += e * xj;
                        for (int k = 0; k <= j; k++) {
                            sxx[j * p + k] += e * xj * rows[row + k];
                        }
                    }
                    used++;
                }
                end++;
            }
            if (sumY > 0) {
                groups++;
                for (int j = 0; j < p; j++) {
                    double mj = sx[j] / sumE;
                    grad[j] -= sumY * mj;
                    for (int k = 0; k <= j; k++) {
                        double v = sumY * (sxx[j * p + k] / sumE - mj * sx[k] / sumE);
                        info[j * p + k] += v;
                        if (k != j) {
                            info[k * p + j] += v;
                        }
                    }
                }
            } else {
                // a group without sales carries no information on the slopes: undo its y·x terms (all zero anyway)
            }
            i = end;
        }
        return new int[] {groups, used};
    }

    /** The profile log-likelihood at {@code b}; leaves exp(x·b) of every used observation in {@code expEta}. */
    private static double profileLogLik(double[] y, double[] rows, double[] offset, int[] group, boolean[] use,
                                        double[] b, double[] expEta) {
        int p = b.length;
        double ll = 0;
        int n = y.length;
        int i = 0;
        while (i < n) {
            int g = group[i];
            double sumY = 0;
            double sumE = 0;
            while (i < n && group[i] == g) {
                if (use[i]) {
                    double e = offset == null ? 0 : offset[i];
                    for (int j = 0, row = i * p; j < p; j++) {
                        e += b[j] * rows[row + j];
                    }
                    ll += y[i] * e;
                    sumY += y[i];
                    expEta[i] = Math.exp(e);
                    sumE += expEta[i];
                }
                i++;
            }
            if (sumY > 0) {
                ll -= sumY * Math.log(sumE);
            }
        }
        return ll;
    }

    private static double pearson(double[] y, int[] group, boolean[] use, double[] expEta) {
        double chi2 = 0;
        int n = y.length;
        int i = 0;
        while (i < n) {
            int g = group[i];
            int start = i;
            double sumY = 0;
            double sumE = 0;
            while (i < n && group[i] == g) {
                if (use[i]) {
                    sumY += y[i];
                    sumE += expEta[i];
                }
                i++;
            }
            if (sumY > 0) {
                for (int k = start; k < i; k++) {
                    if (use[k]) {
                        double mu = sumY * expEta[k] / sumE;
                        chi2 += (y[k] - mu) * (y[k] - mu) / mu;
                    }
                }
            }
        }
        return chi2;
    }

    /** OLS of within-group-demeaned log(y + 0.5) on the demeaned features; zeros when OLS cannot be fitted. */
    private static double[] startingValues(double[] y, double[][] x, double[] offset, int[] group, boolean[] use) {
        int p = x.length;
        int n = y.length;
        int used = 0;
        for (boolean u : use) {
            if (u) {
                used++;
            }
        }
        if (used <= p + 1) {
            return new double[p];
        }
        double[] ly = new double[used];
        double[][] lx = new double[used][p];
        int row = 0;
        int i = 0;
        while (i < n) {
            int g = group[i];
            int start = i;
            int count = 0;
            double my = 0;
            double[] mx = new double[p];
            while (i < n && group[i] == g) {
                if (use[i]) {
                    count++;
                    my += Math.log(y[i] + 0.5) - (offset == null ? 0 : offset[i]);
                    for (int j = 0; j < p; j++) {
                        mx[j] += x[j][i];
                    }
                }
                i++;
            }
            for (int k = start; k < i; k++) {
                if (use[k]) {
                    ly[row] = Math.log(y[k] + 0.5) - (offset == null ? 0 : offset[k]) - my / count;
                    for (int j = 0; j < p; j++) {
                        lx[row][j] = x[j][k] - mx[j] / count;
                    }
                    row++;
                }
            }
        }
        try {
            OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
            ols.setNoIntercept(true);
            ols.newSampleData(ly, lx);
            double[] b = ols.estimateRegressionParameters();
            for (double v : b) {
                if (!Double.isFinite(v)) {
                    return new double[p];
                }
            }
            return b;
        } catch (RuntimeException e) {
            return new double[p];
        }
    }
}
