package io.multilin.symbolic.exact;

import io.multilin.architecture.SegmentPartition;
import io.multilin.architecture.Width;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The first output coordinate f_1 of a {@link ConcreteNetwork} as a polynomial in its weight
 * entries (and, for {@link #perturbed}, in perturbation entries: f(W + D)). A linear network is
 * written down as its sum over paths ({@link PathExpansion}, compact and exact); any other
 * polynomial activation goes through exact forward propagation ({@link ForwardPropagation}).
 * The degrees per layer are counted from the resulting monomials once, at construction
 * ({@link LayerDegrees}), so that asking for every layer and segment costs no further scan.
 *
 * <p>A class, not a record, so that the counted degrees stay tied to the polynomial they were
 * counted from: no constructor takes them from outside.
 */
public final class NetworkPolynomial {

    private final ConcreteNetwork network;
    private final WeightVariables variables;
    private final SparsePolynomial output;
    private final LayerDegrees layerDegrees;

    private NetworkPolynomial(ConcreteNetwork network, WeightVariables variables, SparsePolynomial output) {
        this.network = network;
        this.variables = variables;
        this.output = output;
        this.layerDegrees = LayerDegrees.of(output, variables);
    }

    /** f_1(W) with every W entry a variable. */
    public static NetworkPolynomial of(ConcreteNetwork network) {
        return build(network, false);
    }

    /** f_1(W + D) with every W and every D entry a variable. */
    public static NetworkPolynomial perturbed(ConcreteNetwork network) {
        return build(network, true);
    }

    private static NetworkPolynomial build(ConcreteNetwork network, boolean withPerturbation) {
        WeightVariables vars = new WeightVariables(network.widths(), withPerturbation);
        SparsePolynomial output = PathExpansion.applies(network)
                ? PathExpansion.output(network, vars)
                : ForwardPropagation.output(network, vars);
        return new NetworkPolynomial(network, vars, output);
    }

    public ConcreteNetwork network() {
        return network;
    }

    public WeightVariables variables() {
        return variables;
    }

    public SparsePolynomial output() {
        return output;
    }

    /** The per-layer degree vectors of the monomials of f_1. */
    public LayerDegrees layerDegrees() {
        return layerDegrees;
    }

    /** Degree of f_1 in the entries (W and D) of one layer. */
    public int degreeInLayer(int layer) {
        return layerDegrees.inLayer(layer);
    }

    /** Degree of f_1 in the entries of a set of layers taken together. */
    public int degreeInLayers(Collection<Integer> layers) {
        return layerDegrees.inLayers(layers);
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
