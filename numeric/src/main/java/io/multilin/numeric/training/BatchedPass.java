package io.multilin.numeric.training;

import io.multilin.numeric.activation.ActivationFunction;
import java.util.Arrays;

/**
 * Forward and backward passes of a {@link TrainableNetwork} over a chunk of up to
 * {@code capacity} samples at once, on flat row-major buffers allocated once and reused. Every
 * inner loop runs over contiguous memory (dot products for the forward pass, axpy for the
 * backward pass). A workspace: not thread-safe, use one per thread.
 */
public final class BatchedPass {

    private final TrainableNetwork network;
    private final int capacity;
    private final int depth;
    /** {@code a[l]}: samples x n_l, post-activations (a[0] is a copy of the inputs). */
    private final double[][] a;
    /** {@code z[l]}: pre-activations. */
    private final double[][] z;
    /** Gradient of the loss with respect to {@code z[l]} (reused as scratch). */
    private final double[][] gz;
    private int count;

    public BatchedPass(TrainableNetwork network, int capacity) {
        this.network = network;
        this.capacity = capacity;
        this.depth = network.depth();
        a = new double[depth + 1][];
        z = new double[depth + 1][];
        gz = new double[depth + 1][];
        a[0] = new double[capacity * network.width(0)];
        for (int l = 1; l <= depth; l++) {
            a[l] = new double[capacity * network.width(l)];
            z[l] = new double[capacity * network.width(l)];
            gz[l] = new double[capacity * network.width(l)];
        }
    }

    /** Runs samples {@code start..start+count-1} of the row-major {@code inputs} forward. */
    public void forward(double[] theta, double[] inputs, int start, int count) {
        if (count < 1 || count > capacity) {
            throw new IllegalArgumentException("chunk of " + count + " samples, capacity " + capacity);
        }
        this.count = count;
        int n0 = network.width(0);
        System.arraycopy(inputs, start * n0, a[0], 0, count * n0);
        ActivationFunction sigma = network.activation();
        for (int l = 1; l <= depth; l++) {
            int rows = network.width(l);
            int cols = network.width(l - 1);
            int wOff = network.weightOffset(l);
            int bOff = network.biasOffset(l);
            boolean bias = network.hasBiases();
            double[] prev = a[l - 1];
            double[] zl = z[l];
            double[] al = a[l];
            boolean last = l == depth;
            int s = 0;
            // Four samples per pass over a weight row: four independent sums keep the FPU busy
            // (one sum is a chain of dependent additions); each still adds in the order of j, so
            // the results are bit-identical to one sample at a time.
            for (; s + 4 <= count; s += 4) {
                int p0 = s * cols;
                int p1 = p0 + cols;
                int p2 = p1 + cols;
                int p3 = p2 + cols;
                for (int i = 0; i < rows; i++) {
                    double b0 = bias ? theta[bOff + i] : 0.0;
                    double acc0 = b0;
                    double acc1 = b0;
                    double acc2 = b0;
                    double acc3 = b0;
                    int wRow = wOff + i * cols;
                    for (int j = 0; j < cols; j++) {
                        double w = theta[wRow + j];
                        acc0 += w * prev[p0 + j];
                        acc1 += w * prev[p1 + j];
                        acc2 += w * prev[p2 + j];
                        acc3 += w * prev[p3 + j];
                    }
                    store(zl, al, s * rows + i, acc0, last, sigma);
                    store(zl, al, (s + 1) * rows + i, acc1, last, sigma);
                    store(zl, al, (s + 2) * rows + i, acc2, last, sigma);
                    store(zl, al, (s + 3) * rows + i, acc3, last, sigma);
                }
            }
            for (; s < count; s++) {
                int pRow = s * cols;
                int zRow = s * rows;
                for (int i = 0; i < rows; i++) {
                    double acc = bias ? theta[bOff + i] : 0.0;
                    int wRow = wOff + i * cols;
                    for (int j = 0; j < cols; j++) {
                        acc += theta[wRow + j] * prev[pRow + j];
                    }
                    store(zl, al, zRow + i, acc, last, sigma);
                }
            }
        }
    }

    private static void store(double[] zl, double[] al, int index, double acc, boolean last, ActivationFunction sigma) {
        zl[index] = acc;
        al[index] = last ? acc : sigma.value(acc);
    }

    /**
     * Sum over the chunk of {@code ||f(x_s) - y_s||^2}; {@code grad} (length P) is overwritten
     * with the gradient of that sum with respect to every parameter.
     */
    public double squaredErrorAndGradient(double[] theta, double[] inputs, double[] targets,
                                          int start, int count, double[] grad) {
        forward(theta, inputs, start, count);
        int out = network.width(depth);
        double sse = 0;
        double[] top = gz[depth];
        double[] f = a[depth];
        for (int s = 0; s < count; s++) {
            for (int i = 0; i < out; i++) {
                double r = f[s * out + i] - targets[(start + s) * out + i];
                sse += r * r;
                top[s * out + i] = 2 * r;
            }
        }
        Arrays.fill(grad, 0.0);
        ActivationFunction sigma = network.activation();
        for (int l = depth; l >= 1; l--) {
            int rows = network.width(l);
            int cols = network.width(l - 1);
            int wOff = network.weightOffset(l);
            int bOff = network.biasOffset(l);
            double[] g = gz[l];
            double[] prev = a[l - 1];
            accumulateWeightGradient(grad, wOff, bOff, g, prev, rows, cols);
            if (l == 1) {
                break;
            }
            // Gradient with respect to z_{l-1}: (W_l^T g) * sigma'(z_{l-1}).
            double[] below = gz[l - 1];
            double[] zBelow = z[l - 1];
            Arrays.fill(below, 0, count * cols, 0.0);
            backpropagate(theta, wOff, g, below, rows, cols);
            for (int k = 0; k < count * cols; k++) {
                below[k] *= sigma.first(zBelow[k]);
            }
        }
        return sse;
    }

    /**
     * {@code grad_W += sum_s g_s prev_s^T} (and the bias gradient), samples added in order for
     * every entry. Four samples share one pass over a gradient row, so the row is loaded and
     * stored once per four samples; the per-entry order of additions is that of one sample at
     * a time (a zero g adds a signed zero, which changes no non-zero sum).
     */
    private void accumulateWeightGradient(double[] grad, int wOff, int bOff, double[] g, double[] prev, int rows,
                                          int cols) {
        boolean bias = network.hasBiases();
        for (int i = 0; i < rows; i++) {
            int wRow = wOff + i * cols;
            int s = 0;
            for (; s + 4 <= count; s += 4) {
                double g0 = g[s * rows + i];
                double g1 = g[(s + 1) * rows + i];
                double g2 = g[(s + 2) * rows + i];
                double g3 = g[(s + 3) * rows + i];
                if (g0 == 0.0 && g1 == 0.0 && g2 == 0.0 && g3 == 0.0) {
                    continue;
                }
                int p0 = s * cols;
                int p1 = p0 + cols;
                int p2 = p1 + cols;
                int p3 = p2 + cols;
                for (int j = 0; j < cols; j++) {
                    double v = grad[wRow + j];
                    v += g0 * prev[p0 + j];
                    v += g1 * prev[p1 + j];
                    v += g2 * prev[p2 + j];
                    v += g3 * prev[p3 + j];
                    grad[wRow + j] = v;
                }
                if (bias) {
                    grad[bOff + i] = grad[bOff + i] + g0 + g1 + g2 + g3;
                }
            }
            for (; s < count; s++) {
                double gi = g[s * rows + i];
                if (gi == 0.0) {
                    continue;
                }
                int pRow = s * cols;
                for (int j = 0; j < cols; j++) {
                    grad[wRow + j] += gi * prev[pRow + j];
                }
                if (bias) {
                    grad[bOff + i] += gi;
                }
            }
        }
    }

    /**
     * {@code below_s += W^T g_s} for every sample, rows of W added in order for every entry;
     * one pass over a row of W serves four samples.
     */
    private void backpropagate(double[] theta, int wOff, double[] g, double[] below, int rows, int cols) {
        int s = 0;
        for (; s + 4 <= count; s += 4) {
            int b0 = s * cols;
            int b1 = b0 + cols;
            int b2 = b1 + cols;
            int b3 = b2 + cols;
            for (int i = 0; i < rows; i++) {
                double g0 = g[s * rows + i];
                double g1 = g[(s + 1) * rows + i];
                double g2 = g[(s + 2) * rows + i];
                double g3 = g[(s + 3) * rows + i];
                int wRow = wOff + i * cols;
                for (int j = 0; j < cols; j++) {
                    double w = theta[wRow + j];
                    below[b0 + j] += g0 * w;
                    below[b1 + j] += g1 * w;
                    below[b2 + j] += g2 * w;
                    below[b3 + j] += g3 * w;
                }
            }
        }
        for (; s < count; s++) {
            int bRow = s * cols;
            for (int i = 0; i < rows; i++) {
                double gi = g[s * rows + i];
                if (gi == 0.0) {
                    continue;
                }
                int wRow = wOff + i * cols;
                for (int j = 0; j < cols; j++) {
                    below[bRow + j] += gi * theta[wRow + j];
                }
            }
        }
    }

    /** A copy of the post-activations of layer l (0..L) of the last chunk, samples x n_l. */
    public double[] activations(int l) {
        return Arrays.copyOf(a[l], count * network.width(l));
    }

    /** A copy of the pre-activations of layer l (1..L) of the last chunk. */
    public double[] preActivations(int l) {
        return Arrays.copyOf(z[l], count * network.width(l));
    }
}
