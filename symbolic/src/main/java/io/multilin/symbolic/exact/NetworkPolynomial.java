package io.multilin.symbolic.exact;

import io.multilin.architecture.SegmentPartition;
import io.multilin.architecture.Width;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The first output coordinate f_1 of a {@link ConcreteNetwork} as a polynomial in its weight
 * entries (and, for {@link #perturbed}, in perturbation entries: f(W + D)), built by exact
 * forward propagation {@code z_l = alpha_l W_l a_{l-1}}, {@code a_l = sigma(z_l)}.
 */
public record NetworkPolynomial(ConcreteNetwork network, WeightVariables variables, SparsePolynomial output) {

    /** f_1(W) with every W entry a variable. */
    public static NetworkPolynomial of(ConcreteNetwork network) {
        return build(network, false);
    }

    /** f_1(W + D) with every W and every D entry a variable. */
    public static NetworkPolynomial perturbed(ConcreteNetwork network) {
        return build(network, true);
    }

    private static NetworkPolynomial build(ConcreteNetwork network, boolean withPerturbation) {
        int[] n = network.widths();
        double[] alphas = network.alphas();
        WeightVariables vars = new WeightVariables(n, withPerturbation);
        SparsePolynomial[] a = new SparsePolynomial[n[0]];
        double[] x = network.x();
        for (int j = 0; j < n[0]; j++) {
            a[j] = SparsePolynomial.constant(x[j]);
        }
        int depth = network.depth();
        for (int l = 1; l <= depth; l++) {
            // Only the first output coordinate is wanted, so the last layer computes one row.
            int rows = l == depth ? 1 : n[l];
            SparsePolynomial[] next = new SparsePolynomial[rows];
            for (int i = 0; i < rows; i++) {
                SparsePolynomial z = SparsePolynomial.ZERO;
                for (int j = 0; j < n[l - 1]; j++) {
                    SparsePolynomial entry = SparsePolynomial.variable(vars.w(l, i, j));
                    if (withPerturbation) {
                        entry = entry.plus(SparsePolynomial.variable(vars.d(l, i, j)));
                    }
                    z = z.plus(entry.times(a[j]));
                }
                z = z.scale(alphas[l - 1]);
                next[i] = PolynomialActivation.apply(l == depth ? network.output() : network.hidden(), z);
            }
            a = next;
        }
        return new NetworkPolynomial(network, vars, a[0]);
    }

    /** Degree of f_1 in the entries (W and D) of one layer. */
    public int degreeInLayer(int layer) {
        return output.degreeIn(variables.ofLayer(layer));
    }

    /** Degree of f_1 in the entries of a set of layers taken together. */
    public int degreeInLayers(Collection<Integer> layers) {
        Set<Integer> set = Set.copyOf(layers);
        return output.degreeIn(v -> set.contains(variables.layerOf(v)));
    }

    /**
     * The segments of the concrete widths: every hidden width is a fixed number here, so every
     * hidden layer is a bottleneck and every segment is a single layer.
     */
    public SegmentPartition concreteSegments() {
        List<Width> widths = new ArrayList<>();
        for (int w : network.widths()) {
            widths.add(new Width.Fixed(w));
        }
        return SegmentPartition.of(widths);
    }

    /** Degree of f_1 in each segment of a partition of the layers, in segment order. */
    public List<Integer> degreesBySegment(SegmentPartition segments) {
        return segments.segments().stream().map(this::degreeInLayers).toList();
    }

    /** The value of f_1 at concrete weights (and perturbations, when present). */
    public double evaluate(double[] w, double[] delta) {
        return output.evaluate(variables.point(w, delta));
    }
}
