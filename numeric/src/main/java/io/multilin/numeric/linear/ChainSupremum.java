package io.multilin.numeric.linear;

import io.multilin.numeric.activation.Identity;
import io.multilin.numeric.engine.FactoredRows;
import io.multilin.numeric.engine.LanczosNorm;
import io.multilin.numeric.engine.Network;
import io.multilin.numeric.engine.ParameterLayout;
import io.multilin.numeric.engine.Rows;
import io.multilin.numeric.engine.SeededRandom;
import io.multilin.numeric.engine.SymmetricOperator;
import io.multilin.numeric.engine.Vectors;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Exact supremum of one group of terms of a linear network over the ball. For perturbed
 * layers {@code S = {s_1 < ... < s_k}} the group-S term of {@code f_1(w0 + D)} is
 * {@code prod alpha_s * b^T D_{s_k} A_{k-1} ... A_1 D_{s_1} c}, with {@code c = A_0 x} (the
 * scaled init layers before s_1 applied to x), {@code b = A_k^T e_1} (the layers after s_k,
 * transposed, applied to the output covector) and {@code A_i} the products of scaled init
 * layers {@code alpha_l W_l} between consecutive perturbed layers. Over
 * {@code ||D_s||_F = r_s} its supremum is {@code prod(alpha_s r_s) ||b|| prod ||A_i||_op ||c||},
 * attained by the rank-one chain {@code D_{s_i} = r_{s_i} out_i in_i^T} that threads the top
 * singular vectors. Operator norms come from Lanczos on {@code A_i^T A_i} applied as matvec
 * chains: no product matrix is ever formed.
 */
public final class ChainSupremum {

    /**
     * The probe: the supremum, the direction attaining it (full weight space, supported on S,
     * {@code ||D_s||_F = r_s}, so its norm is the radius), and the factors of the product.
     *
     * @param layers        S, ascending
     * @param factors       the direction as its rank-one layers {@code r_s out_i in_i^T}
     *                      (O(widths); {@link #direction()} expands it)
     * @param radiusPerLayer {@code r_s = R / sqrt|S|}
     * @param outputNorm    {@code ||A_k^T e_1||}
     * @param operatorNorms {@code ||A_i||_op}, i = 1..k-1 (1 for adjacent layers)
     * @param inputNorm     {@code ||A_0 x||}
     */
    public record Probe(List<Integer> layers, double supremum, FactoredRows factors, double radiusPerLayer,
                        double outputNorm, double[] operatorNorms, double inputNorm, ParameterLayout layout) {

        /** The direction as a weight-sized array (supported on S, of norm R). */
        public double[] direction() {
            return Rows.expand(factors, layout);
        }
    }

    private ChainSupremum() {
    }

    /**
     * The supremum over the sphere of radius R (split evenly over the layers of S) of the
     * group-S term of a linear network at {@code w0} and input x.
     *
     * @param seed picks the free unit vectors where two perturbed layers are adjacent (any
     *             unit vector attains the supremum there) and the Lanczos start vectors
     */
    public static Probe of(Network network, double[] w0, double[] x, Collection<Integer> layers, double radius,
                           long seed) {
        return of(network, w0, x, layers, radius, new LanczosNorm.Options(seed, 500, 1e-12, true));
    }

    /**
     * The same with a Lanczos budget of one's own for each top singular vector: a probe that only
     * needs a good direction can stop early; the supremum returned is then the one the returned
     * direction attains, a lower bound that agrees with the exact one to the Ritz residual squared.
     */
    public static Probe of(Network network, double[] w0, double[] x, Collection<Integer> layers, double radius,
                           LanczosNorm.Options lanczos) {
        long seed = lanczos.seed();
        if (!(network.activation() instanceof Identity) || !(network.output() instanceof Identity)) {
            throw new IllegalArgumentException("chain suprema are exact only for linear networks (linear activation"
                    + " and linear output), got " + network.activation().activation().spelling() + " / "
                    + network.output().activation().spelling());
        }
        List<Integer> s = new ArrayList<>(new TreeSet<>(layers));
        int depth = network.depth();
        if (s.isEmpty() || s.get(0) < 1 || s.get(s.size() - 1) > depth) {
            throw new IllegalArgumentException("the set of perturbed layers must be a non-empty subset of 1.." + depth);
        }
        if (!(radius > 0)) {
            throw new IllegalArgumentException("the radius must be positive, got " + radius);
        }
        Chains chains = new Chains(network, w0);
        int k = s.size();
        double r = radius / Math.sqrt(k);
        double[] c = chains.forward(x, 1, s.get(0) - 1);
        double[] b = new double[network.width(depth)];
        b[0] = 1;
        b = chains.backward(b, s.get(k - 1) + 1, depth);
        double inputNorm = Vectors.norm(c);
        double outputNorm = Vectors.norm(b);
        double[][] in = new double[k][];
        double[][] out = new double[k][];
        in[0] = unitOrFree(c, seed, 0);
        double[] norms = new double[k - 1];
        for (int i = 0; i + 1 < k; i++) {
            int from = s.get(i) + 1;
            int to = s.get(i + 1) - 1;
            if (from > to) {
                out[i] = unitOrFree(new double[network.width(s.get(i))], seed, i + 1);
                in[i + 1] = out[i];
                norms[i] = 1;
                continue;
            }
            double[] v = topRightSingularVector(chains, network.width(from - 1), from, to,
                    new LanczosNorm.Options(seed + i, lanczos.maxIterations(), lanczos.tolerance(), true));
            double[] image = chains.forward(v, from, to);
            norms[i] = Vectors.norm(image);
            out[i] = v;
            in[i + 1] = unitOrFree(image, seed, i + 1);
        }
        out[k - 1] = unitOrFree(b, seed, k);
        double value = outputNorm * inputNorm;
        for (int i = 0; i < k; i++) {
            value *= network.multiplier(s.get(i)) * r;
        }
        for (double n : norms) {
            value *= n;
        }
        // Rank-one layers, never expanded here: a ball cell holds no weight-sized direction.
        FactoredRows factors = FactoredRows.zero(depth);
        for (int i = 0; i < k; i++) {
            factors = factors.plus(s.get(i), r, out[i], in[i]);
        }
        return new Probe(List.copyOf(s), value, factors, r, outputNorm, norms, inputNorm, network.layout());
    }

    /**
     * Top right singular vector of the product of layers from..to, by Lanczos on
     * {@code A^T A}. The realized {@code ||A v||} is what enters the supremum: it is attained
     * exactly by the returned direction and agrees with {@code ||A||_op} to the Lanczos
     * tolerance squared.
     */
    private static double[] topRightSingularVector(Chains chains, int dimension, int from, int to,
                                                   LanczosNorm.Options options) {
        SymmetricOperator gram = new SymmetricOperator() {
            @Override public int dimension() { return dimension; }
            @Override public void apply(double[] in, double[] out, double beta) {
                double[] result = chains.backward(chains.forward(in, from, to), from, to);
                for (int i = 0; i < dimension; i++) {
                    out[i] = result[i] + (beta == 0 ? 0 : beta * out[i]);
                }
            }
        };
        LanczosNorm.Result result = LanczosNorm.largestAlgebraic(gram, options);
        return result.vector();
    }

    /** v / ||v||, or a seeded random unit vector when v is zero (any unit vector then attains). */
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
