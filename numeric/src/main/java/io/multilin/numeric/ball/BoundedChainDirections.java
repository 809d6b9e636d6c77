package io.multilin.numeric.ball;

import io.multilin.numeric.activation.Identity;
import io.multilin.numeric.engine.LanczosNorm;
import io.multilin.numeric.engine.Network;
import io.multilin.numeric.engine.ParameterLayout;
import io.multilin.numeric.engine.SeededRandom;
import io.multilin.numeric.engine.SymmetricOperator;
import io.multilin.numeric.engine.Vectors;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The rank-one chain directions of {@link io.multilin.numeric.linear.ChainSupremum} with a
 * bounded Lanczos budget ({@value #ITERATIONS} iterations on {@code A^T A} per gap between
 * perturbed layers). ChainSupremum converges each top singular vector to 1e-12, which costs up
 * to 500 chains of matvecs per gap: seconds per group at m = 1024, and a cell probes every
 * group. A probe only needs a direction; the supremum reported here is the one the returned
 * direction attains ({@code ||A v||} for the Ritz vector v), a lower bound of the exact group
 * supremum that agrees with it to the Ritz residual squared.
 */
final class BoundedChainDirections implements ChainDirections {

    static final int ITERATIONS = 25;
    static final double TOLERANCE = 1e-8;

    @Override
    public Chain chain(Network network, double[] w0, double[] x, List<Integer> layers, double radius, long seed) {
        if (!(network.activation() instanceof Identity) || !(network.output() instanceof Identity)) {
            throw new IllegalArgumentException("chain directions are exact only for linear networks");
        }
        List<Integer> s = new ArrayList<>(new TreeSet<>(layers));
        int depth = network.depth();
        int k = s.size();
        double r = radius / Math.sqrt(k);
        double[] c = forward(network, w0, x, 1, s.get(0) - 1);
        double[] b = new double[network.width(depth)];
        b[0] = 1;
        b = backward(network, w0, b, s.get(k - 1) + 1, depth);
        double value = Vectors.norm(b) * Vectors.norm(c);
        double[][] in = new double[k][];
        double[][] out = new double[k][];
        in[0] = unitOrFree(c, seed, 0);
        for (int i = 0; i + 1 < k; i++) {
            int from = s.get(i) + 1;
            int to = s.get(i + 1) - 1;
            if (from > to) {
                out[i] = unitOrFree(new double[network.width(s.get(i))], seed, i + 1);
                in[i + 1] = out[i];
                continue;
            }
            double[] v = topRightSingularVector(network, w0, from, to, seed + i);
            double[] image = forward(network, w0, v, from, to);
            value *= Vectors.norm(image);
            out[i] = v;
            in[i + 1] = unitOrFree(image, seed, i + 1);
        }
        out[k - 1] = unitOrFree(b, seed, k);
        ParameterLayout layout = network.layout();
        double[] direction = new double[layout.total()];
        for (int i = 0; i < k; i++) {
            int l = s.get(i);
            value *= network.multiplier(l) * r;
            int off = layout.offset(l);
            int cols = layout.columns(l);
            for (int row = 0; row < layout.rows(l); row++) {
                double coefficient = r * out[i][row];
                for (int j = 0; j < cols; j++) {
                    direction[off + row * cols + j] = coefficient * in[i][j];
                }
            }
        }
        return new Chain(List.copyOf(s), value, direction);
    }

    private static double[] topRightSingularVector(Network network, double[] w, int from, int to, long seed) {
        int dimension = network.width(from - 1);
        SymmetricOperator gram = new SymmetricOperator() {
            @Override public int dimension() { return dimension; }
            @Override public void apply(double[] in, double[] out, double beta) {
                double[] result = backward(network, w, forward(network, w, in, from, to), from, to);
                for (int i = 0; i < dimension; i++) {
                    out[i] = result[i] + (beta == 0 ? 0 : beta * out[i]);
                }
            }
        };
        return LanczosNorm.largestAlgebraic(gram, new LanczosNorm.Options(seed, ITERATIONS, TOLERANCE, true)).vector();
    }

    /** {@code M_to ... M_from v}, {@code M_l = alpha_l W_l}. */
    private static double[] forward(Network network, double[] w, double[] v, int from, int to) {
        ParameterLayout layout = network.layout();
        double[] current = v.clone();
        for (int l = from; l <= to; l++) {
            int rows = layout.rows(l);
            int cols = layout.columns(l);
            int off = layout.offset(l);
            double[] next = new double[rows];
            for (int i = 0; i < rows; i++) {
                next[i] = network.multiplier(l) * Vectors.dot(w, off + i * cols, current, 0, cols);
            }
            current = next;
        }
        return current;
    }

    /** {@code M_from^T ... M_to^T y}. */
    private static double[] backward(Network network, double[] w, double[] y, int from, int to) {
        ParameterLayout layout = network.layout();
        double[] current = y.clone();
        for (int l = to; l >= from; l--) {
            int rows = layout.rows(l);
            int cols = layout.columns(l);
            int off = layout.offset(l);
            double[] next = new double[cols];
            for (int i = 0; i < rows; i++) {
                double c = network.multiplier(l) * current[i];
                for (int j = 0; j < cols; j++) {
                    next[j] += c * w[off + i * cols + j];
                }
            }
            current = next;
        }
        return current;
    }

    private static double[] unitOrFree(double[] v, long seed, long index) {
        double norm = Vectors.norm(v);
        double[] u = v.clone();
        if (norm > 0) {
            Vectors.scale(u, 1 / norm);
            return u;
        }
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(
                SeededRandom.stream(seed, v.length, "chain-free-vector", index));
        for (int i = 0; i < u.length; i++) {
            u[i] = gauss.sample();
        }
        Vectors.scale(u, 1 / Vectors.norm(u));
        return u;
    }
}
