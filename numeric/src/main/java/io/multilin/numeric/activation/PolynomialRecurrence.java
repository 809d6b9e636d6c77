package io.multilin.numeric.activation;

/**
 * Derivatives of a function y(z) whose derivative is a polynomial in y itself,
 * {@code y' = q(y)} (tanh: {@code 1 - y^2}, sigmoid: {@code y - y^2}): then
 * {@code y^{(j)} = P_j(y)} with {@code P_0 = y} and {@code P_{j+1} = P_j'(y) q(y)}.
 * The tables are built once per instance.
 */
final class PolynomialRecurrence {

    /** {@code coefficients[j][i]} = coefficient of y^i in P_j. */
    private final double[][] coefficients;

    PolynomialRecurrence(double[] q, int maxOrder) {
        coefficients = new double[maxOrder + 1][];
        coefficients[0] = new double[] {0, 1};
        for (int j = 1; j <= maxOrder; j++) {
            double[] p = coefficients[j - 1];
            double[] derivative = new double[Math.max(1, p.length - 1)];
            for (int i = 1; i < p.length; i++) {
                derivative[i - 1] = i * p[i];
            }
            double[] next = new double[derivative.length + q.length - 1];
            for (int a = 0; a < derivative.length; a++) {
                for (int b = 0; b < q.length; b++) {
                    next[a + b] += derivative[a] * q[b];
                }
            }
            coefficients[j] = next;
        }
    }

    /** Fills {@code out[0..order]} with {@code P_j(y)}. */
    void evaluate(double y, int order, double[] out) {
        for (int j = 0; j <= order; j++) {
            double[] p = coefficients[j];
            double s = 0;
            for (int i = p.length - 1; i >= 0; i--) {
                s = s * y + p[i];
            }
            out[j] = s;
        }
    }
}
