package com.retailstudio.data.generate;

import java.util.SplittableRandom;

/** Distributions the generator draws from, written out so the bytes do not depend on the JDK's own algorithms. */
final class RandomDraws {

    private RandomDraws() {
    }

    static double uniform(SplittableRandom r, double lo, double hi) {
        return lo + (hi - lo) * r.nextDouble();
    }

    static int uniformInt(SplittableRandom r, int lo, int hiInclusive) {
        return lo + r.nextInt(hiInclusive - lo + 1);
    }

    static boolean chance(SplittableRandom r, double p) {
        return r.nextDouble() < p;
    }

    /** Box–Muller with StrictMath, so the value is the same on every platform. */
    static double gaussian(SplittableRandom r) {
        double u1 = 1.0 - r.nextDouble();
        double u2 = r.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * Math.PI * u2);
    }

    static double logNormal(SplittableRandom r, double mu, double sigma) {
        return StrictMath.exp(mu + sigma * gaussian(r));
    }

    /** Knuth's method for small means, a rounded normal approximation for large ones. */
    static int poisson(SplittableRandom r, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean < 30) {
            double limit = StrictMath.exp(-mean);
            double product = r.nextDouble();
            int k = 0;
            while (product > limit) {
                k++;
                product *= r.nextDouble();
            }
            return k;
        }
        long k = Math.round(mean + StrictMath.sqrt(mean) * gaussian(r));
        return (int) Math.max(0, k);
    }

    /** Index drawn from a cumulative weight table whose last entry is the total. */
    static int fromCumulative(SplittableRandom r, double[] cumulative) {
        double x = r.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        return c;
    }

    static void shuffle(SplittableRandom r, int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    static double round(double value, int decimals) {
        double scale = StrictMath.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
