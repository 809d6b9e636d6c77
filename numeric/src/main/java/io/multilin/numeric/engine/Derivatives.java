package io.multilin.numeric.engine;

import io.multilin.numeric.activation.ActivationFunction;
import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * First and second derivatives of {@code f_1(w; x)} at one point w and one input x: the
 * gradient by reverse mode and exact Hessian-vector products by forward-over-reverse (tangents
 * of the forward and of the backward pass; no finite differences). The primal forward and
 * backward passes run once, in the constructor; each HVP then costs about three passes over
 * the weights. The weight array is referenced, not copied: do not modify it while this object
 * is in use. A workspace: not thread-safe.
 */
public final class Derivatives {

    private final Network network;
    private final ParameterLayout layout;
    private final double[] w;
    private final int depth;
    private final double value;
    /** Primal quantities, index l = 0..L (a[0] = x). */
    private final double[][] a;
    private final double[][] z;
    private final double[][] slope;
    private final double[][] curvature;
    /** {@code g_l = df/dz_l}; {@code b_l = alpha_l W_l^T g_l = df/da_{l-1}}. */
    private final double[][] g;
    private final double[][] b;
    /** Tangent buffers, reused by every HVP. */
    private final double[][] zDot;
    private final double[][] aDot;
    private final double[][] gDot;
    private final double[][] bDot;
    private final int[] fullOffsets;
    private final Kernels kernels;
    /** {@code V_l a_{l-1}} of the layer at hand in the tangent forward pass. */
    private final double[] rowScratch;
    /**
     * Linear activation and output: every {@code sigma''} is zero, so the tangent of the
     * adjoint vanishes above the highest perturbed layer and the forward tangent is read only
     * below the highest layer of the product's output ({@link #factoredHessianTimes}).
     */
    private final boolean curvatureFree;

    public Derivatives(Network network, double[] w, double[] x) {
        this(network, w, x, Kernels.sequential());
    }

    /** Derivatives whose passes may be split over the kernels' threads (same bits for any count). */
    public Derivatives(Network network, double[] w, double[] x, Kernels kernels) {
        this.network = network;
        this.kernels = kernels;
        this.layout = network.layout();
        if (w.length != layout.total()) {
            throw new IllegalArgumentException("weights have " + w.length + " entries, the network " + layout.total());
        }
        if (x.length != network.width(0)) {
            throw new IllegalArgumentException("input has " + x.length + " entries, the network expects "
                    + network.width(0));
        }
        this.w = w;
        this.depth = network.depth();
        a = new double[depth + 1][];
        z = new double[depth + 1][];
        slope = new double[depth + 1][];
        curvature = new double[depth + 1][];
        g = new double[depth + 1][];
        b = new double[depth + 1][];
        zDot = new double[depth + 1][];
        aDot = new double[depth + 1][];
        gDot = new double[depth + 1][];
        bDot = new double[depth + 1][];
        a[0] = x.clone();
        aDot[0] = new double[x.length];
        int widest = 0;
        for (int l = 1; l <= depth; l++) {
            int n = network.width(l);
            widest = Math.max(widest, n);
            for (double[][] buffer : new double[][][] {a, z, slope, curvature, g, zDot, aDot, gDot}) {
                buffer[l] = new double[n];
            }
            b[l] = new double[network.width(l - 1)];
            bDot[l] = new double[network.width(l - 1)];
        }
        rowScratch = new double[widest];
        fullOffsets = layout.fullOffsets();
        curvatureFree = network.activation() instanceof io.multilin.numeric.activation.Identity
                && network.output() instanceof io.multilin.numeric.activation.Identity;
        value = primal();
    }

    private ActivationFunction sigma(int l) {
        return l < depth ? network.activation() : network.output();
    }

    private double primal() {
        for (int l = 1; l <= depth; l++) {
            int rows = layout.rows(l);
            int cols = layout.columns(l);
            int off = layout.offset(l);
            double alpha = network.multiplier(l);
            ActivationFunction s = sigma(l);
            RowKernels.times(kernels, w, off, rows, cols, a[l - 1], z[l]);
            for (int i = 0; i < rows; i++) {
                double zi = alpha * z[l][i];
                z[l][i] = zi;
                a[l][i] = s.value(zi);
                slope[l][i] = s.first(zi);
                curvature[l][i] = s.second(zi);
            }
        }
        // Only the first output coordinate is differentiated.
        g[depth][0] = slope[depth][0];
        for (int l = depth; l >= 1; l--) {
            transposeTimes(l, g[l], b[l]);
            if (l > 1) {
                for (int j = 0; j < b[l].length; j++) {
                    g[l - 1][j] = slope[l - 1][j] * b[l][j];
                }
            }
        }
        return a[depth][0];
    }

    /** {@code out = alpha_l W_l^T v}. */
    private void transposeTimes(int l, double[] v, double[] out) {
        weightsTransposeTimes(l, v, out);
        Vectors.scale(out, network.multiplier(l));
    }

    /** {@code out = W_l^T v}. */
    void weightsTransposeTimes(int l, double[] v, double[] out) {
        RowKernels.transposeTimes(kernels, w, layout.offset(l), layout.rows(l), layout.columns(l), v, out);
    }

    public Network network() {
        return network;
    }

    /** {@code f_1(w; x)}. */
    public double value() {
        return value;
    }

    /**
     * {@code ||grad f_1||_2} without forming the gradient: each layer's block is the rank-one
     * {@code alpha_l g_l a_{l-1}^T}, of Frobenius norm {@code |alpha_l| |g_l| |a_{l-1}|}.
     */
    public double gradientNorm() {
        double sum = 0;
        for (int l = 1; l <= depth; l++) {
            double block = network.multiplier(l) * Vectors.norm(g[l]) * Vectors.norm(a[l - 1]);
            sum += block * block;
        }
        return Math.sqrt(sum);
    }

    /** The gradient of {@code f_1} with respect to all weights: {@code alpha_l g_l a_{l-1}^T}. */
    public void gradient(double[] out) {
        for (int l = 1; l <= depth; l++) {
            int rows = layout.rows(l);
            int cols = layout.columns(l);
            int off = layout.offset(l);
            double alpha = network.multiplier(l);
            for (int i = 0; i < rows; i++) {
                double c = alpha * g[l][i];
                int rowOff = off + i * cols;
                for (int j = 0; j < cols; j++) {
                    out[rowOff + j] = c * a[l - 1][j];
                }
            }
        }
    }

    /**
     * {@code w_l -= steps[l] c alpha_l g_l a_{l-1}^T} for every layer: a gradient step taken from
     * the gradient's rank-one factors, reading and writing w once instead of writing the gradient
     * and reading it back. The operations are those of {@link #gradient} scaled by c and then
     * subtracted times {@code steps[l]}, in that order, so the result is the same to the bit.
     * {@code w} may be the array this point was computed at: nothing here reads it.
     */
    public void descend(double[] w, double[] steps, double c) {
        for (int l = 1; l <= depth; l++) {
            int rows = layout.rows(l);
            int cols = layout.columns(l);
            int off = layout.offset(l);
            double alpha = network.multiplier(l);
            double step = steps[l];
            for (int i = 0; i < rows; i++) {
                double ci = alpha * g[l][i];
                int rowOff = off + i * cols;
                for (int j = 0; j < cols; j++) {
                    w[rowOff + j] -= step * ((ci * a[l - 1][j]) * c);
                }
            }
        }
    }

    /** A copy of the pre-activation {@code z_l}, l in 1..L, at this point. */
    public double[] preActivation(int l) {
        return z[l].clone();
    }

    /** {@code a_l}, l in 0..L ({@code a_0 = x}); the workspace's own array: read only. */
    double[] activation(int l) {
        return a[l];
    }

    /** {@code g_l = df/dz_l}, l in 1..L; the workspace's own array: read only. */
    double[] adjoint(int l) {
        return g[l];
    }

    // Read-only views for SeparatedBlock, which runs its own tangents on this point's primal.
    double[] weights() { return w; }

    double[] slope(int l) { return slope[l]; }

    double[] curvature(int l) { return curvature[l]; }

    /** {@code b_l = df/da_{l-1}}, l in 1..L. */
    double[] activationAdjoint(int l) { return b[l]; }

    Kernels kernels() { return kernels; }

    boolean curvatureFree() { return curvatureFree; }

    /** {@code out = H v} over all weights. */
    public void hessianTimes(double[] v, double[] out) {
        hessianTimes(v, fullOffsets, out, fullOffsets, 0);
    }

    /**
     * The sliced product {@code out_A = H_{A,B} v_B + beta out_A}, for operators restricted to
     * sets of layers. {@code inOffsets[l]} is where layer l's block of v starts in {@code in}
     * (-1: v is zero on layer l); {@code outOffsets[l]} is where layer l's block of the result
     * goes in {@code out} (-1: not wanted, left untouched). Index 0 of both arrays is ignored.
     * With {@code beta == 0} the old content of out is ignored (even NaN).
     */
    public void hessianTimes(double[] in, int[] inOffsets, double[] out, int[] outOffsets, double beta) {
        int lowestOut = Integer.MAX_VALUE;
        for (int l = 1; l <= depth; l++) {
            if (outOffsets[l] >= 0) {
                lowestOut = Math.min(lowestOut, l);
            }
        }
        if (lowestOut == Integer.MAX_VALUE) {
            return;
        }
        forwardTangent(in, inOffsets);
        for (int i = 0; i < gDot[depth].length; i++) {
            gDot[depth][i] = 0;
        }
        gDot[depth][0] = curvature[depth][0] * zDot[depth][0];
        for (int l = depth; l >= lowestOut; l--) {
            backwardLayer(l, in, inOffsets[l], out, outOffsets[l], beta, l > lowestOut);
        }
    }

    /** {@code zDot_l = alpha (V_l a_{l-1} + W_l aDot_{l-1})}, {@code aDot_l = sigma'(z_l) zDot_l}. */
    private void forwardTangent(double[] in, int[] inOffsets) {
        boolean moving = false;
        for (int l = 1; l <= depth; l++) {
            int vOff = inOffsets[l];
            if (vOff < 0) {
                moving = layerTangent(l, moving, false, i -> 0, false);
                continue;
            }
            int rows = layout.rows(l);
            int cols = layout.columns(l);
            double[] direct = rowScratch;
            if (moving) {
                // V_l a_{l-1} and W_l aDot_{l-1} in one pass over both rows
                RowKernels.timesPair(kernels, in, vOff, a[l - 1], w, layout.offset(l), aDot[l - 1], rows, cols,
                        direct, zDot[l]);
            } else {
                RowKernels.times(kernels, in, vOff, rows, cols, a[l - 1], direct);
            }
            moving = layerTangent(l, moving, true, i -> direct[i], true);
        }
    }

    /**
     * {@code zDot_l = alpha (direct_i + W_l aDot_{l-1})} with the direction's own term
     * {@code direct_i = (V_l a_{l-1})_i}, and {@code aDot_l = sigma'(z_l) zDot_l}; both are zero
     * while nothing below has moved and layer l is not perturbed. {@code zDot_l} already holds
     * {@code W_l aDot_{l-1}} when {@code weightsDone}. Returns whether z_l moves.
     */
    boolean layerTangent(int l, boolean moving, boolean perturbed, IntToDoubleFunction direct,
                         boolean weightsDone) {
        double[] zd = zDot[l];
        if (!moving && !perturbed) {
            Arrays.fill(zd, 0);
            Arrays.fill(aDot[l], 0);
            return false;
        }
        int rows = layout.rows(l);
        double alpha = network.multiplier(l);
        if (moving) {
            if (!weightsDone) {
                RowKernels.times(kernels, w, layout.offset(l), rows, layout.columns(l), aDot[l - 1], zd);
            }
            for (int i = 0; i < rows; i++) {
                zd[i] = alpha * (direct.applyAsDouble(i) + zd[i]);
            }
        } else {
            for (int i = 0; i < rows; i++) {
                zd[i] = alpha * direct.applyAsDouble(i);
            }
        }
        double[] sl = slope[l];
        double[] ad = aDot[l];
        for (int i = 0; i < rows; i++) {
            ad[i] = sl[i] * zd[i];
        }
        return true;
    }

    /**
     * Layer l of the tangent backward pass: the HVP block
     * {@code alpha (gDot_l a_{l-1}^T + g_l aDot_{l-1}^T)} and, when {@code propagate}, the
     * tangent {@code gDot_{l-1}}. Both read the rows of W_l once.
     */
    private void backwardLayer(int l, double[] in, int vOff, double[] out, int outOff, double beta,
                               boolean propagate) {
        int rows = layout.rows(l);
        int cols = layout.columns(l);
        // Two independent jobs: the block of out (row chunks) and bDot_l (one job: every entry
        // sums over the rows in order, as the unsplit loop does). Splitting bDot_l by columns
        // instead was measured slower on two threads (strided strips of every row).
        int per = RowKernels.rowsPerChunk(cols);
        int outChunks = outOff >= 0 ? (rows + per - 1) / per : 0;
        int first = propagate ? 1 : 0;
        if (kernels.splits((long) rows * cols)) {
            kernels.forEachChunk(first + outChunks, c -> {
                if (c < first) {
                    propagateAdjoint(l, in, vOff);
                } else {
                    int from = (c - first) * per;
                    writeBlock(l, out, outOff, beta, from, Math.min(rows, from + per));
                }
            });
        } else {
            if (propagate) {
                propagateAdjoint(l, in, vOff);
            }
            if (outOff >= 0) {
                writeBlock(l, out, outOff, beta, 0, rows);
            }
        }
        if (propagate) {
            adjointTangentBelow(l);
        }
    }

    /** Rows from..to-1 of the HVP block {@code alpha (gDot_l a_{l-1}^T + g_l aDot_{l-1}^T) + beta out}. */
    private void writeBlock(int l, double[] out, int outOff, double beta, int from, int to) {
        RowKernels.rankTwo(network.multiplier(l), gDot[l], a[l - 1], g[l], aDot[l - 1], beta, out, outOff,
                layout.columns(l), from, to);
    }

    /** {@code bDot_l = W_l^T gDot_l + V_l^T g_l} (alpha_l is applied in adjointTangentBelow). */
    private void propagateAdjoint(int l, double[] in, int vOff) {
        RowKernels.transposeTimesPair(w, layout.offset(l), gDot[l], vOff < 0 ? null : in, vOff, g[l],
                layout.rows(l), layout.columns(l), bDot[l]);
    }

    /** {@code gDot_{l-1} = sigma''(z) zDot b_l + sigma'(z) alpha_l bDot_l}, from {@code bDot_l} in place. */
    void adjointTangentBelow(int l) {
        double alpha = network.multiplier(l);
        double[] gPrevDot = gDot[l - 1];
        double[] sl = slope[l - 1];
        double[] cu = curvature[l - 1];
        double[] zd = zDot[l - 1];
        double[] bl = b[l];
        double[] bd = bDot[l];
        for (int j = 0; j < bd.length; j++) {
            gPrevDot[j] = cu[j] * zd[j] * bl[j] + sl[j] * alpha * bd[j];
        }
    }

    /** {@link FactoredProduct#times}: the HVP of a direction in range form, on this point's workspace. */
    void factoredHessianTimes(double[][] inP, double[][] inQ, double[][] outP, double[][] outQ) {
        FactoredProduct.times(this, inP, inQ, outP, outQ);
    }

    // The tangent workspace, for FactoredProduct (same package, same single caller at a time).
    double[] zDot(int l) { return zDot[l]; }

    double[] aDot(int l) { return aDot[l]; }

    double[] gDot(int l) { return gDot[l]; }

    double[] bDot(int l) { return bDot[l]; }
}
