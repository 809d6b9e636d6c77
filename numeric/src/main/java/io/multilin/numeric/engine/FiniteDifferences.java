package io.multilin.numeric.engine;

import java.util.function.DoubleUnaryOperator;

/**
 * Black-box k-th derivatives at 0 of a scalar function of t, for any activation (relu
 * included): central stencils {@code delta_h^k f(0) / h^k}, whose error is a series in even
 * powers of h, refined by Richardson extrapolation over a geometric sequence of steps
 * (Ridders' tableau). The first step is the function's scale (the distance in t over which it
 * is smooth, e.g. the ball radius), shrunk geometrically over a fixed number of levels; the
 * estimate with the smallest error (extrapolation spread plus a rounding bound) wins. There is
 * no early stop: with a too-large first step the first levels look converged by accident.
 */
public final class FiniteDifferences {

    /** A derivative estimate with its error estimate (extrapolation spread plus rounding). */
    public record Estimate(double value, double error) {
    }

    private static final double SHRINK = 1.6;
    private static final int LEVELS = 12;
    private static final double EPS = Math.ulp(1.0);

    private FiniteDifferences() {
    }

    /** The k-th derivative at 0 with first step {@code scale}. */
    public static Estimate derivative(DoubleUnaryOperator f, int order, double scale) {
        if (order < 1 || order > 12) {
            throw new IllegalArgumentException("finite-difference order must be in 1..12, got " + order);
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("the step scale must be positive and finite, got " + scale);
        }
        double[] binomial = binomialRow(order);
        double[][] table = new double[LEVELS][LEVELS];
        double best = Double.NaN;
        double bestError = Double.POSITIVE_INFINITY;
        double h = scale;
        double factor = SHRINK * SHRINK;
        for (int i = 0; i < LEVELS; i++, h /= SHRINK) {
            double sum = 0;
            double magnitude = 0;
            for (int j = 0; j <= order; j++) {
                double value = f.applyAsDouble((0.5 * order - j) * h);
                double term = ((j & 1) == 0 ? 1 : -1) * binomial[j] * value;
                sum += term;
                magnitude += Math.abs(term);
            }
            double hk = Math.pow(h, order);
            table[i][0] = sum / hk;
            double rounding = 4 * EPS * magnitude / hk;
            if (!Double.isFinite(table[i][0])) {
                return new Estimate(table[i][0], Double.NaN);
            }
            double power = factor;
            for (int j = 1; j <= i; j++, power *= factor) {
                table[i][j] = (table[i][j - 1] * power - table[i - 1][j - 1]) / (power - 1);
                double error = Math.max(Math.abs(table[i][j] - table[i][j - 1]),
                        Math.abs(table[i][j] - table[i - 1][j - 1])) + rounding;
                if (error <= bestError) {
                    bestError = error;
                    best = table[i][j];
                }
            }
        }
        return new Estimate(best, bestError);
    }

    /**
     * The k-th Taylor coefficient {@code f^{(k)}(0) / k!} with its error.
     */
    public static Estimate taylorCoefficient(DoubleUnaryOperator f, int order, double scale) {
        Estimate d = derivative(f, order, scale);
        double factorial = 1;
        for (int i = 2; i <= order; i++) {
            factorial *= i;
        }
        return new Estimate(d.value() / factorial, d.error() / factorial);
    }

    private static double[] binomialRow(int k) {
        double[] row = new double[k + 1];
        row[0] = 1;
        for (int j = 1; j <= k; j++) {
            row[j] = row[j - 1] * (k - j + 1) / j;
        }
        return row;
    }
}
