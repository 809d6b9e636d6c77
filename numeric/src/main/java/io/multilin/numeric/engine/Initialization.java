package io.multilin.numeric.engine;

import java.util.Collection;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Seeded random weights, inputs and directions. Each layer, input set and direction has its
 * own stream, derived from (seed, width, purpose, index): the same (seed, m) always gives the
 * same weights.
 */
public final class Initialization {

    /** The width slot of the weight streams: they do not depend on m (see {@link #weights}). */
    private static final long NESTED = -1;

    private Initialization() {
    }

    /**
     * {@code W_l} entries i.i.d. {@code N(0, initStd_l^2)}, one stream per row keyed by (seed, layer,
     * row) and not by m: the standard-Gaussian entry (l, i, j) is the same number at every width.
     */
    public static double[] weights(Network network, long seed) {
        double[] w = new double[network.layout().total()];
        for (int l = 1; l <= network.depth(); l++) {
            refill(network, seed, l, w);
        }
        return w;
    }

    /**
     * Writes layer l of {@link #weights} into w again, bit for bit: a ball cell moves its only
     * weight-sized array to a ball point in place and restores w0 this way, exactly, where
     * subtracting the move would leave rounding behind.
     */
    public static void refill(Network network, long seed, int l, double[] w) {
        ParameterLayout layout = network.layout();
        double std = network.initStd(l);
        int columns = layout.columns(l);
        for (int i = 0; i < layout.rows(l); i++) {
            // One stream per row, independent of m: the network at width m is the top-left block
            // of the network at any larger width (common random numbers across a sweep), so a
            // sweep follows one random network as it widens and order-one factors that do not
            // depend on m (products through bottlenecks) stop scattering the slope.
            ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(
                    SeededRandom.stream(seed, NESTED, "weights", ((long) l << 32) | i));
            int start = layout.offset(l) + i * columns;
            for (int j = 0; j < columns; j++) {
                w[start + j] = std * gauss.sample();
            }
        }
    }

    /**
     * {@code count} inputs with i.i.d. N(0,1) entries. They depend on the seed and the input
     * width only, so every width of a sweep sees the same inputs.
     */
    public static double[][] inputs(Network network, long seed, int count) {
        int n0 = network.width(0);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(
                SeededRandom.stream(seed, n0, "inputs", 0));
        double[][] x = new double[count][n0];
        for (double[] row : x) {
            for (int j = 0; j < n0; j++) {
                row[j] = gauss.sample();
            }
        }
        return x;
    }

    /**
     * The Gaussian of {@link #unitDirection} before normalization, streamed row by row instead of
     * stored (all layers when {@code layers} is null).
     */
    public static RowSource directionRows(Network network, long seed, long index, Collection<Integer> layers) {
        java.util.Set<Integer> kept = new java.util.TreeSet<>();
        for (int l = 1; l <= network.depth(); l++) {
            if (layers == null || layers.contains(l)) {
                kept.add(l);
            }
        }
        return new GaussianRows(network.layout(), () -> ZigguratSampler.NormalizedGaussian.of(
                SeededRandom.stream(seed, network.m(), "direction", index)), 0, kept);
    }

    /** A uniformly random unit direction in the full weight space. */
    public static double[] unitDirection(Network network, long seed, long index) {
        return unitDirection(network, seed, index, null);
    }

    /**
     * A uniformly random unit direction supported on the given layers (all layers when
     * {@code layers} is null).
     */
    public static double[] unitDirection(Network network, long seed, long index, Collection<Integer> layers) {
        ParameterLayout layout = network.layout();
        double[] u = new double[layout.total()];
        UniformRandomProvider rng = SeededRandom.stream(seed, network.m(), "direction", index);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        for (int l = 1; l <= network.depth(); l++) {
            if (layers != null && !layers.contains(l)) {
                continue;
            }
            for (int i = layout.offset(l), end = i + layout.size(l); i < end; i++) {
                u[i] = gauss.sample();
            }
        }
        Vectors.scale(u, 1 / Vectors.norm(u));
        return u;
    }
}
