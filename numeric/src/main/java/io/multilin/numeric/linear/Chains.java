package io.multilin.numeric.linear;

import io.multilin.numeric.engine.Network;
import io.multilin.numeric.engine.ParameterLayout;
import io.multilin.numeric.engine.Vectors;

/** Products of the scaled matrices {@code M_l = alpha_l W_l} applied as chains of matvecs. */
final class Chains {

    private final Network network;
    private final ParameterLayout layout;
    private final double[] w;

    Chains(Network network, double[] w) {
        this.network = network;
        this.layout = network.layout();
        this.w = w;
    }

    /** {@code M_to ... M_from v} (v itself, copied, when from > to). */
    double[] forward(double[] v, int from, int to) {
        double[] current = v.clone();
        for (int l = from; l <= to; l++) {
            int rows = layout.rows(l);
            int cols = layout.columns(l);
            int off = layout.offset(l);
            double alpha = network.multiplier(l);
            double[] next = new double[rows];
            for (int i = 0; i < rows; i++) {
                next[i] = alpha * Vectors.dot(w, off + i * cols, current, 0, cols);
            }
            current = next;
        }
        return current;
    }

    /** {@code M_from^T ... M_to^T y} (y itself, copied, when from > to). */
    double[] backward(double[] y, int from, int to) {
        double[] current = y.clone();
        for (int l = to; l >= from; l--) {
            int rows = layout.rows(l);
            int cols = layout.columns(l);
            int off = layout.offset(l);
            double alpha = network.multiplier(l);
            double[] next = new double[cols];
            for (int i = 0; i < rows; i++) {
                double c = alpha * current[i];
                for (int j = 0; j < cols; j++) {
                    next[j] += c * w[off + i * cols + j];
                }
            }
            current = next;
        }
        return current;
    }
}
