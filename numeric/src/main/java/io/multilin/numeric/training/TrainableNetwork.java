package io.multilin.numeric.training;

import io.multilin.numeric.activation.ActivationFunction;
import io.multilin.numeric.activation.Relu;
import io.multilin.numeric.engine.SeededRandom;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * A fully connected network {@code a_l = sigma(W_l a_{l-1} + b_l)}, linear output layer, in
 * standard coordinates (multipliers 1), as trained with weight decay in Jacot (2023). All
 * parameters live in one flat {@code double[]}: for l = 1..L, {@code W_l} (row-major,
 * {@code n_l x n_{l-1}}) followed by {@code b_l} (when biases are on). Biases are part of the
 * model because a bias-free relu network is positively homogeneous and cannot fit a generic
 * target; like every parameter they are regularized.
 */
public final class TrainableNetwork {

    private final int[] widths;
    private final ActivationFunction activation;
    private final boolean biases;
    private final int[] weightOffset;
    private final int[] biasOffset;
    private final int total;

    public TrainableNetwork(int[] widths, ActivationFunction activation, boolean biases) {
        if (widths.length < 2) {
            throw new IllegalArgumentException("a network needs at least two widths");
        }
        this.widths = widths.clone();
        this.activation = activation;
        this.biases = biases;
        weightOffset = new int[widths.length];
        biasOffset = new int[widths.length];
        long sum = 0;
        for (int l = 1; l < widths.length; l++) {
            if (widths[l] < 1 || widths[l - 1] < 1) {
                throw new IllegalArgumentException("widths must be positive");
            }
            weightOffset[l] = (int) sum;
            sum += (long) widths[l] * widths[l - 1];
            biasOffset[l] = (int) sum;
            if (biases) {
                sum += widths[l];
            }
        }
        if (sum > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("too many parameters: " + sum);
        }
        total = (int) sum;
    }

    /** Input dimension, L - 1 hidden layers of {@code width}, output dimension. */
    public static TrainableNetwork deep(int inputDim, int width, int outputDim, int depth,
                                        ActivationFunction activation, boolean biases) {
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1, got " + depth);
        }
        int[] widths = new int[depth + 1];
        widths[0] = inputDim;
        for (int l = 1; l < depth; l++) {
            widths[l] = width;
        }
        widths[depth] = outputDim;
        return new TrainableNetwork(widths, activation, biases);
    }

    public int depth() { return widths.length - 1; }

    public int width(int i) { return widths[i]; }

    public int[] widths() { return widths.clone(); }

    public ActivationFunction activation() { return activation; }

    public boolean hasBiases() { return biases; }

    /** Number of parameters. */
    public int total() { return total; }

    public int weightOffset(int l) { return weightOffset[l]; }

    /** Offset of {@code b_l}; meaningful only when {@link #hasBiases()}. */
    public int biasOffset(int l) { return biasOffset[l]; }

    /** {@code W_l} as a fresh {@code n_l x n_{l-1}} array. */
    public double[][] weightMatrix(double[] theta, int l) {
        int rows = widths[l];
        int cols = widths[l - 1];
        double[][] m = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(theta, weightOffset[l] + i * cols, m[i], 0, cols);
        }
        return m;
    }

    /**
     * Initial parameters: {@code W_l} entries {@code N(0, gain / n_{l-1})} with gain 2 for relu
     * (He) and 1 otherwise, biases zero; one stream per layer derived from (seed, depth, layer).
     */
    public double[] initialParameters(long seed) {
        double[] theta = new double[total];
        double gain = activation instanceof Relu ? 2.0 : 1.0;
        for (int l = 1; l <= depth(); l++) {
            ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(
                    SeededRandom.stream(seed, depth(), "train-weights", l));
            double std = Math.sqrt((l == depth() ? 1.0 : gain) / widths[l - 1]);
            for (int i = weightOffset[l], end = i + widths[l] * widths[l - 1]; i < end; i++) {
                theta[i] = std * gauss.sample();
            }
        }
        return theta;
    }
}
