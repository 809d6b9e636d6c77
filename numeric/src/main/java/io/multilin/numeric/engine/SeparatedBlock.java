package io.multilin.numeric.engine;

import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The spectral norm of a Hessian block {@code d^2 f / dw_A dw_B} whose layers lie on either side
 * of a narrow layer b (every layer of one side {@code <= b <} every layer of the other), exactly
 * and without Lanczos. With {@code h = a_b} of width k, {@code f = U(w_up, h(w_low))}, so for any
 * activation
 * <pre>  d^2 f / dw_up dw_low = sum_{j < k} P_j Q_j^T,  P_j = d/dw_up (dU/dh_j),  Q_j = dh_j / dw_low,</pre>
 * a block of rank at most k whose norm is {@code sqrt(lambda_max(G_P G_Q))} for the k x k Grams
 * of the P_j and of the Q_j (restricted to the block's layers). Each Q_j is a backward pass from
 * {@code e_j} at layer b (rank one per layer: {@code alpha_l g_l^(j) a_{l-1}^T}); each P_j a
 * forward-over-reverse pass from the tangent {@code aDot_b = e_j} (rank two per layer:
 * {@code alpha_l (gDot_l a_{l-1}^T + g_l aDot_{l-1}^T)}, {@code gDot = 0} for linear networks).
 * The Grams come from the factors ({@code <u v^T, s t^T>_F = (u.s)(v.t)}): O(k sum of widths)
 * memory, nothing weight-sized. 2k tangent passes instead of a Lanczos run, whose start alone
 * streams a Gaussian over the block's weights; so only for {@code k <= MAX_RANK}.
 */
public final class SeparatedBlock {

    /**
     * The widest separating layer used: its 2k tangents, at most two passes over the weights
     * each, then cost at most 16 passes, what the Lanczos start (a Gaussian streamed over the
     * block's weights, about 10) and three of its iterations cost. A wider layer is left to
     * Lanczos, which converges long before 2k iterations on the library's networks.
     */
    public static final int MAX_RANK = 4;

    private SeparatedBlock() {
    }

    /**
     * The narrowest layer b separating the two sides, when its width is at most
     * {@link #MAX_RANK}; -1 when the sides interleave or every separating layer is wider.
     *
     * @param widths {@code n_0..n_L}
     */
    public static int bottleneck(int[] widths, Collection<Integer> rows, Collection<Integer> columns) {
        TreeSet<Integer> a = new TreeSet<>(rows);
        TreeSet<Integer> b = new TreeSet<>(columns);
        if (a.isEmpty() || b.isEmpty()) {
            return -1;
        }
        int from;
        int to;
        if (a.last() < b.first()) {
            from = a.last();
            to = b.first() - 1;
        } else if (b.last() < a.first()) {
            from = b.last();
            to = a.first() - 1;
        } else {
            return -1;
        }
        int best = -1;
        for (int l = from; l <= to; l++) {
            if (widths[l] <= MAX_RANK && (best < 0 || widths[l] < widths[best])) {
                best = l;
            }
        }
        return best;
    }

    /** The block's largest singular value; b from {@link #bottleneck} for these sides. */
    static double norm(Derivatives d, SortedSet<Integer> rows, SortedSet<Integer> columns, int b) {
        SortedSet<Integer> low = rows.last() <= b ? rows : columns;
        SortedSet<Integer> up = rows.last() <= b ? columns : rows;
        double[][] gq = lowerGram(d, low, b);
        double[][] gp = upperGram(d, up, b);
        for (int i = 0; i < gq.length; i++) {
            for (int j = 0; j < gq.length; j++) {
                if (!Double.isFinite(gq[i][j]) || !Double.isFinite(gp[i][j])) {
                    // as Lanczos would on its first product; never a silently wrong norm
                    throw new ArithmeticException("a Gram entry of the block through layer " + b + " is not finite");
                }
            }
        }
        return Math.sqrt(Math.max(0, largestOfProduct(gp, gq)));
    }

    /** {@code <Q_i, Q_j>} over the layers of low: backward passes from {@code e_j} at layer b. */
    private static double[][] lowerGram(Derivatives d, SortedSet<Integer> low, int b) {
        Network net = d.network();
        ParameterLayout layout = net.layout();
        int k = net.width(b);
        int bottom = low.first();
        // u[j][l] = alpha_l g_l^(j); Q_j's block of layer l is u a_{l-1}^T
        double[][][] u = new double[k][][];
        for (int j = 0; j < k; j++) {
            u[j] = new double[b + 1][];
            double[] g = new double[k];
            g[j] = d.slope(b)[j];
            for (int l = b; l >= bottom; l--) {
                double alpha = net.multiplier(l);
                if (low.contains(l)) {
                    u[j][l] = g.clone();
                    Vectors.scale(u[j][l], alpha);
                }
                if (l > bottom) {
                    double[] below = new double[layout.columns(l)];
                    RowKernels.transposeTimes(d.kernels(), d.weights(), layout.offset(l), layout.rows(l),
                            layout.columns(l), g, below);
                    double[] slope = d.slope(l - 1);
                    for (int i = 0; i < below.length; i++) {
                        below[i] = slope[i] * alpha * below[i];
                    }
                    g = below;
                }
            }
        }
        double[][] gram = new double[k][k];
        for (int l : low) {
            double aa = Vectors.dot(d.activation(l - 1), d.activation(l - 1));
            for (int i = 0; i < k; i++) {
                for (int j = 0; j <= i; j++) {
                    gram[i][j] += Vectors.dot(u[i][l], u[j][l]) * aa;
                    gram[j][i] = gram[i][j];
                }
            }
        }
        return gram;
    }

    /** {@code <P_i, P_j>} over the layers of up: tangents from {@code aDot_b = e_j}. */
    private static double[][] upperGram(Derivatives d, SortedSet<Integer> up, int b) {
        Network net = d.network();
        ParameterLayout layout = net.layout();
        int depth = net.depth();
        int k = net.width(b);
        boolean linear = d.curvatureFree();
        // Without sigma'' the adjoint does not move (gDot = 0) and aDot is read below up.last() only.
        int top = linear ? up.last() - 1 : depth;
        double[][][] aDot = new double[k][depth + 1][];
        double[][][] gDot = new double[k][depth + 1][];
        for (int j = 0; j < k; j++) {
            double[][] ad = aDot[j];
            double[][] zd = new double[depth + 1][];
            ad[b] = new double[k];
            ad[b][j] = 1;
            for (int l = b + 1; l <= top; l++) {
                zd[l] = new double[layout.rows(l)];
                RowKernels.times(d.kernels(), d.weights(), layout.offset(l), layout.rows(l), layout.columns(l),
                        ad[l - 1], zd[l]);
                Vectors.scale(zd[l], net.multiplier(l));
                ad[l] = zd[l].clone();
                double[] slope = d.slope(l);
                for (int i = 0; i < ad[l].length; i++) {
                    ad[l][i] *= slope[i];
                }
            }
            if (linear) {
                continue;
            }
            double[][] gd = gDot[j];
            gd[depth] = new double[layout.rows(depth)];
            // only the first output is differentiated, as in Derivatives
            gd[depth][0] = d.curvature(depth)[0] * zd[depth][0];
            for (int l = depth; l > up.first(); l--) {
                double[] bDot = new double[layout.columns(l)];
                RowKernels.transposeTimes(d.kernels(), d.weights(), layout.offset(l), layout.rows(l),
                        layout.columns(l), gd[l], bDot);
                double alpha = net.multiplier(l);
                double[] cu = d.curvature(l - 1);
                double[] sl = d.slope(l - 1);
                double[] bl = d.activationAdjoint(l);
                gd[l - 1] = new double[bDot.length];
                for (int i = 0; i < bDot.length; i++) {
                    gd[l - 1][i] = cu[i] * zd[l - 1][i] * bl[i] + sl[i] * alpha * bDot[i];
                }
            }
        }
        double[][] gram = new double[k][k];
        for (int l : up) {
            double alpha2 = net.multiplier(l) * net.multiplier(l);
            double[] a = d.activation(l - 1);
            double[] g = d.adjoint(l);
            double aa = Vectors.dot(a, a);
            double gg = Vectors.dot(g, g);
            for (int i = 0; i < k; i++) {
                for (int j = 0; j <= i; j++) {
                    // <gD_i a^T + g aD_i^T, gD_j a^T + g aD_j^T>_F
                    double sum = gg * Vectors.dot(aDot[i][l - 1], aDot[j][l - 1]);
                    if (!linear) {
                        sum += Vectors.dot(gDot[i][l], gDot[j][l]) * aa
                                + Vectors.dot(gDot[i][l], g) * Vectors.dot(a, aDot[j][l - 1])
                                + Vectors.dot(g, gDot[j][l]) * Vectors.dot(aDot[i][l - 1], a);
                    }
                    gram[i][j] += alpha2 * sum;
                    gram[j][i] = gram[i][j];
                }
            }
        }
        return gram;
    }

    /**
     * {@code lambda_max(G_P G_Q)} for positive semidefinite Grams, as the top eigenvalue of the
     * symmetric {@code G_Q^(1/2) G_P G_Q^(1/2)} (the same nonzero eigenvalues).
     */
    static double largestOfProduct(double[][] gp, double[][] gq) {
        int k = gp.length;
        EigenDecomposition q = new EigenDecomposition(new Array2DRowRealMatrix(gq));
        RealMatrix v = q.getV();
        double[] root = new double[k];
        for (int i = 0; i < k; i++) {
            root[i] = Math.sqrt(Math.max(0, q.getRealEigenvalue(i)));
        }
        RealMatrix m = v.transpose().multiply(new Array2DRowRealMatrix(gp)).multiply(v);
        double[][] s = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                s[i][j] = root[i] * m.getEntry(i, j) * root[j];
            }
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < i; j++) {
                double mean = 0.5 * (s[i][j] + s[j][i]);
                s[i][j] = mean;
                s[j][i] = mean;
            }
        }
        double largest = 0;
        for (double e : new EigenDecomposition(new Array2DRowRealMatrix(s)).getRealEigenvalues()) {
            largest = Math.max(largest, e);
        }
        return largest;
    }
}
