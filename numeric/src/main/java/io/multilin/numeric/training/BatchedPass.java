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
            for (int s = 0; s < count; s++) {
                int pRow = s * cols;
                int zRow = s * rows;
                for (int i = 0; i < rows; i++) {
                    double acc = bias ? theta[bOff + i] : 0.0;
                    int wRow = wOff + i * cols;
                    for (int j = 0; j < cols; j++) {
                        acc += theta[wRow + j] * prev[pRow + j];
                    }
                    zl[zRow + i] = acc;
                    al[zRow + i] = last ? acc : sigma.value(acc);
                }
            }
        }
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
            for (int s = 0; s < count; s++) {
                int gRow = s * rows;
                int pRow = s * cols;
                for (int i = 0; i < rows; i++) {
                    double gi = g[gRow + i];
                    if (gi == 0.0) {
                        continue;
                    }
                    int wRow = wOff + i * cols;
                    for (int j = 0; j < cols; j++) {
                        grad[wRow + j] += gi * prev[pRow + j];
                    }
                    if (network.hasBiases()) {
                        grad[bOff + i] += gi;
                    }
                }
            }
            if (l == 1) {
                break;
            }
            // Gradient with respect to z_{l-1}: (W_l^T g) * sigma'(z_{l-1}).
            double[] below = gz[l - 1];
            double[] zBelow = z[l - 1];
            Arrays.fill(below, 0, count * cols, 0.0);
            for (int s = 0; s < count; s++) {
                int gRow = s * rows;
                int bRow = s * cols;
                for (int i = 0; i < rows; i++) {
                    double gi = g[gRow + i];
                    if (gi == 0.0) {
                        continue;
                    }
                    int wRow = wOff + i * cols;
                    for (int j = 0; j < cols; j++) {
                        below[bRow + j] += gi * theta[wRow + j];
                    }
                }
                for (int j = 0; j < cols; j++) {
                    below[bRow + j] *= sigma.first(zBelow[bRow + j]);
                }
            }
        }
        return sse;
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
