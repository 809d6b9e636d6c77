package io.multilin.numeric.engine;

import io.multilin.numeric.activation.ActivationFunction;

/**
 * {@code f_1(w + s_k u; x)} at several s_k in one sweep over the layers, u given row by row:
 * each row of u is made once and dotted with the activations of every point, so a streamed
 * direction is expanded once per sweep instead of once per point, and no point is formed.
 * The sums are those of {@link ForwardPass#evaluateAlong}: {@code alpha (W a + s U a)}.
 * A workspace: not thread-safe.
 */
public final class LineForward {

    private final Network network;

    public LineForward(Network network) {
        this.network = network;
    }

    /** {@code f_1(w + s[k] u; x)} for every k. */
    public double[] evaluate(double[] w, RowSource u, double[] s, double[] x) {
        ParameterLayout layout = network.layout();
        int depth = network.depth();
        int points = s.length;
        double[][] previous = new double[points][];
        for (int k = 0; k < points; k++) {
            previous[k] = x;
        }
        RowSource.Cursor cursor = u.open();
        for (int l = 1; l <= depth; l++) {
            int rows = layout.rows(l);
            int cols = layout.columns(l);
            int off = layout.offset(l);
            double alpha = network.multiplier(l);
            double[] uRow = u.covers(l) ? new double[cols] : null;
            double[][] z = new double[points][rows];
            for (int i = 0; i < rows; i++) {
                if (uRow != null) {
                    cursor.row(l, i, uRow);
                }
                for (int k = 0; k < points; k++) {
                    double sum = Vectors.dot(w, off + i * cols, previous[k], 0, cols);
                    if (uRow != null && s[k] != 0) {
                        sum += s[k] * Vectors.dot(uRow, 0, previous[k], 0, cols);
                    }
                    z[k][i] = alpha * sum;
                }
            }
            ActivationFunction sigma = l < depth ? network.activation() : network.output();
            for (int k = 0; k < points; k++) {
                for (int i = 0; i < rows; i++) {
                    z[k][i] = sigma.value(z[k][i]);
                }
                previous[k] = z[k];
            }
        }
        double[] f = new double[points];
        for (int k = 0; k < points; k++) {
            f[k] = previous[k][0];
        }
        return f;
    }
}
