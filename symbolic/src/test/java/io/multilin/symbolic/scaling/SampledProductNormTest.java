package io.multilin.symbolic.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.fraction.Fraction;
import org.junit.jupiter.api.Test;

/**
 * The product-norm rule against sampled Gaussian products: the slope of log op^2 between two
 * widths 8x or 16x apart (mean over seeds, power iteration) must match the rule's exponent.
 * Rank-one chains fluctuate like squared random inner products, so they get many seeds.
 */
class SampledProductNormTest {


    /** Width patterns as exponents of m; exponent 0 is the fixed width 1. */
    @Test
    void operatorNormSlopesMatchTheRule() {
        check(new double[] {1, 0, 1, 0}, 32, 512, 200);
        check(new double[] {0, 1, 1, 0}, 16, 256, 100);
        check(new double[] {1, 0, 1}, 32, 512, 200);
        check(new double[] {1, 0.5, 1}, 48, 384, 3);
        check(new double[] {0.5, 1, 0.5}, 48, 384, 3);
        check(new double[] {1, 1, 1}, 48, 384, 3);
        check(new double[] {1, 0.5}, 48, 384, 3);
    }

    private static void check(double[] exponents, int small, int large, int seeds) {
        List<Fraction> rule = new ArrayList<>();
        for (double e : exponents) {
            rule.add(new Fraction(e, 1e-9, 100));
        }
        double expected = GaussianProductNorm.operatorSquared(rule).doubleValue();
        double slope = Math.log(meanOpSquared(exponents, large, seeds) / meanOpSquared(exponents, small, seeds))
                / Math.log((double) large / small);
        assertEquals(expected, slope, 0.2, "widths m^" + Arrays.toString(exponents));
    }

    private static double meanOpSquared(double[] exponents, int m, int seeds) {
        int[] n = new int[exponents.length];
        for (int i = 0; i < n.length; i++) {
            n[i] = exponents[i] == 0 ? 1 : (int) Math.round(Math.pow(m, exponents[i]));
        }
        double sum = 0;
        for (int seed = 0; seed < seeds; seed++) {
            sum += opSquared(n, new Random(1000L * m + seed));
        }
        return sum / seeds;
    }

    /** Largest eigenvalue of P^T P for P = G_k ... G_1, by power iteration through the factors. */
    private static double opSquared(int[] n, Random random) {
        int k = n.length - 1;
        if (k == 0) {
            return 1;
        }
        double[][][] g = new double[k][][];
        for (int i = 0; i < k; i++) {
            g[i] = new double[n[i + 1]][n[i]];
            for (double[] row : g[i]) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = random.nextGaussian();
                }
            }
        }
        double[] v = new double[n[0]];
        for (int j = 0; j < v.length; j++) {
            v[j] = random.nextGaussian();
        }
        double lambda = 0;
        // With a width-1 layer P^T P has rank one: the second iterate is exact.
        int iterations = Arrays.stream(n).anyMatch(w -> w == 1) ? 2 : 40;
        for (int iteration = 0; iteration < iterations; iteration++) {
            double[] w = v;
            for (int i = 0; i < k; i++) {
                w = times(g[i], w, false);
            }
            for (int i = k - 1; i >= 0; i--) {
                w = times(g[i], w, true);
            }
            double norm = Math.sqrt(Arrays.stream(w).map(x -> x * x).sum());
            lambda = norm / Math.sqrt(Arrays.stream(v).map(x -> x * x).sum());
            for (int j = 0; j < w.length; j++) {
                w[j] /= norm;
            }
            v = w;
        }
        return lambda;
    }

    private static double[] times(double[][] a, double[] x, boolean transposed) {
        double[] r = new double[transposed ? a[0].length : a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                if (transposed) {
                    r[j] += a[i][j] * x[i];
                } else {
                    r[i] += a[i][j] * x[j];
                }
            }
        }
        return r;
    }
}
