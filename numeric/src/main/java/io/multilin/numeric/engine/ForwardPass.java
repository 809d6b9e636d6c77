package io.multilin.numeric.engine;

import io.multilin.numeric.activation.ActivationFunction;

/**
 * The forward pass {@code z_l = alpha_l W_l a_{l-1}}, {@code a_l = sigma(z_l)},
 * {@code f = phi(z_L)}. A workspace: buffers are allocated once per instance and reused by
 * every call, so an instance is not thread-safe (use one per thread).
 */
public final class ForwardPass {

    private final Network network;
    private final double[][] z;
    private final double[][] a;
    private final Kernels kernels;
    /** The U-row dots of {@link #evaluateAlong}, one layer at a time. */
    private final double[] scratch;

    public ForwardPass(Network network) {
        this(network, Kernels.sequential());
    }

    /** A workspace whose layers may be split over the kernels' threads (same results for any count). */
    public ForwardPass(Network network, Kernels kernels) {
        this.network = network;
        this.kernels = kernels;
        int depth = network.depth();
        z = new double[depth + 1][];
        a = new double[depth + 1][];
        int widest = 0;
        for (int l = 1; l <= depth; l++) {
            z[l] = new double[network.width(l)];
            a[l] = new double[network.width(l)];
            widest = Math.max(widest, network.width(l));
        }
        scratch = new double[widest];
    }

    /** The first output coordinate {@code f_1(w; x)}. */
    public double evaluate(double[] w, double[] x) {
        return evaluateAlong(w, null, 0, x);
    }

    /**
     * {@code f_1(w + t u; x)} without forming {@code w + t u} (u may be null for t = 0).
     */
    public double evaluateAlong(double[] w, double[] u, double t, double[] x) {
        ParameterLayout layout = network.layout();
        int depth = network.depth();
        if (x.length != network.width(0)) {
            throw new IllegalArgumentException("input has " + x.length + " entries, the network expects "
                    + network.width(0));
        }
        double[] previous = x;
        boolean moved = u != null && t != 0;
        for (int l = 1; l <= depth; l++) {
            int rows = layout.rows(l);
            int cols = layout.columns(l);
            int off = layout.offset(l);
            double alpha = network.multiplier(l);
            double[] zl = z[l];
            if (moved) {
                // one pass over the rows of W and U; the two dots stay separate so that
                // f(w + t u) - f(w) keeps the exact W a term of f(w) (finite differences)
                RowKernels.timesPair(kernels, w, off, previous, u, off, previous, rows, cols, zl, scratch);
                for (int i = 0; i < rows; i++) {
                    zl[i] = alpha * (zl[i] + t * scratch[i]);
                }
            } else {
                RowKernels.times(kernels, w, off, rows, cols, previous, zl);
                for (int i = 0; i < rows; i++) {
                    zl[i] = alpha * zl[i];
                }
            }
            ActivationFunction sigma = l < depth ? network.activation() : network.output();
            double[] al = a[l];
            for (int i = 0; i < rows; i++) {
                al[i] = sigma.value(zl[i]);
            }
            previous = al;
        }
        return a[depth][0];
    }

    /** A copy of every output coordinate {@code phi(z_L)} of the last evaluation. */
    public double[] outputs() {
        return a[network.depth()].clone();
    }

    /** A copy of the pre-activation {@code z_l} (l in 1..L) of the last evaluation. */
    public double[] preActivation(int l) {
        return z[l].clone();
    }
}
