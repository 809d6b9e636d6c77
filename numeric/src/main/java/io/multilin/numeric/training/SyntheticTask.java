package io.multilin.numeric.training;

import io.multilin.numeric.engine.SeededRandom;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The data of a {@link TaskSpec}: N latents, inputs and targets (row-major flat arrays), and the
 * weights of the generating networks, so the symbolic side can derive the target's rank from
 * the very same construction. Every array has its own random stream derived from
 * (seed, purpose), so the data do not depend on the depth or width of the trained network.
 *
 * <p>{@code g(z) = G2 tanh(G1 z)}, {@code h(z) = H2 tanh(H1 (z_1..z_k))}: entries of each
 * matrix are {@code N(0, gain^2 / fanIn)} with gain 2 on the first layer (so tanh is used
 * in its nonlinear range) and 1 on the second.
 */
public record SyntheticTask(TaskSpec spec, double[] latents, double[] inputs, double[] targets,
                            double[][] inputFirst, double[][] inputSecond,
                            double[][] targetFirst, double[][] targetSecond) {

    static final double FIRST_GAIN = 2.0;

    public static SyntheticTask generate(TaskSpec spec, long seed) {
        int n = spec.samples();
        int q = spec.latentDim();
        int k = spec.latentUsed();
        int hw = spec.generatorWidth();
        double[][] g1 = matrix(seed, "task-g1", hw, q, FIRST_GAIN);
        double[][] g2 = matrix(seed, "task-g2", spec.inputDim(), hw, 1.0);
        double[][] h1 = matrix(seed, "task-h1", hw, k, FIRST_GAIN);
        double[][] h2 = matrix(seed, "task-h2", spec.outputDim(), hw, 1.0);
        double[] z = gaussian(seed, "task-latents", n * q);
        double[] x = new double[n * spec.inputDim()];
        double[] y = new double[n * spec.outputDim()];
        double[] zi = new double[q];
        for (int s = 0; s < n; s++) {
            System.arraycopy(z, s * q, zi, 0, q);
            System.arraycopy(twoLayer(g1, g2, zi, q), 0, x, s * spec.inputDim(), spec.inputDim());
            System.arraycopy(twoLayer(h1, h2, zi, k), 0, y, s * spec.outputDim(), spec.outputDim());
        }
        return new SyntheticTask(spec, z, x, y, g1, g2, h1, h2);
    }

    public int samples() { return spec.samples(); }

    public int inputDim() { return spec.inputDim(); }

    public int outputDim() { return spec.outputDim(); }

    /** {@code B tanh(A v[0..used))}. */
    static double[] twoLayer(double[][] a, double[][] b, double[] v, int used) {
        double[] hidden = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double s = 0;
            for (int j = 0; j < used; j++) {
                s += a[i][j] * v[j];
            }
            hidden[i] = Math.tanh(s);
        }
        double[] out = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            double s = 0;
            for (int j = 0; j < hidden.length; j++) {
                s += b[i][j] * hidden[j];
            }
            out[i] = s;
        }
        return out;
    }

    private static double[][] matrix(long seed, String purpose, int rows, int cols, double gain) {
        double[] flat = gaussian(seed, purpose, rows * cols);
        double std = gain / Math.sqrt(cols);
        double[][] m = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m[i][j] = std * flat[i * cols + j];
            }
        }
        return m;
    }

    private static double[] gaussian(long seed, String purpose, int count) {
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(
                SeededRandom.stream(seed, 0, purpose, 0));
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            v[i] = gauss.sample();
        }
        return v;
    }
}
