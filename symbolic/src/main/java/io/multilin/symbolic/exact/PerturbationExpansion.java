package io.multilin.symbolic.exact;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The expansion of f(W0 + D), W0 and D symbolic, grouped by the set S of perturbed layers
 * (the layers contributing at least one D factor to a monomial). The group of the empty set
 * is f(W0); the groups sum back to the full expansion exactly, since every monomial lands in
 * exactly one group.
 */
public final class PerturbationExpansion {

    private final NetworkPolynomial full;
    private final Map<Set<Integer>, SparsePolynomial> groups;

    private PerturbationExpansion(NetworkPolynomial full, Map<Set<Integer>, SparsePolynomial> groups) {
        this.full = full;
        this.groups = groups;
    }

    public static PerturbationExpansion of(ConcreteNetwork network) {
        NetworkPolynomial full = NetworkPolynomial.perturbed(network);
        WeightVariables vars = full.variables();
        if (vars.depth() >= Long.SIZE) {
            // the perturbed layers of a term are kept as the bits of a long; such a depth has at
            // least 2^64 terms per path and could never have been expanded anyway
            throw new IllegalArgumentException("depth " + vars.depth() + " is beyond any perturbed expansion");
        }
        int[] layerOfPerturbation = new int[vars.variableCount()];
        for (int v = 0; v < layerOfPerturbation.length; v++) {
            layerOfPerturbation[v] = vars.isPerturbation(v) ? vars.layerOf(v) : -1;
        }
        // Read term by term rather than through full.output().terms(): a path-expanded (flat)
        // output then never builds its full map next to the groups' maps.
        Map<Long, HashMap<Monomial, Double>> buckets = new HashMap<>();
        full.output().forEachTerm((variables, from, to, coefficient) -> {
            long perturbed = 0;
            for (int k = from; k < to; k++) {
                int layer = layerOfPerturbation[variables[k]];
                perturbed |= layer < 0 ? 0 : 1L << layer;
            }
            buckets.computeIfAbsent(perturbed, s -> new HashMap<>())
                    .put(Monomial.ofSorted(Arrays.copyOfRange(variables, from, to)), coefficient);
        });
        Map<Set<Integer>, SparsePolynomial> groups = new TreeMap<>(LayerSets.ORDER);
        buckets.forEach((bits, terms) -> groups.put(layers(bits), SparsePolynomial.owning(terms)));
        return new PerturbationExpansion(full, Collections.unmodifiableMap(groups));
    }

    private static Set<Integer> layers(long bits) {
        Set<Integer> layers = new TreeSet<>();
        for (int l = 0; l < Long.SIZE; l++) {
            if ((bits & (1L << l)) != 0) {
                layers.add(l);
            }
        }
        return Collections.unmodifiableSet(layers);
    }

    /** f(W0 + D) in full. */
    public NetworkPolynomial full() {
        return full;
    }

    /** Non-zero groups, keyed by the set of perturbed layers, in {@link LayerSets#ORDER}. */
    public Map<Set<Integer>, SparsePolynomial> groups() {
        return groups;
    }

    public SparsePolynomial group(Set<Integer> perturbedLayers) {
        return groups.getOrDefault(perturbedLayers, SparsePolynomial.ZERO);
    }

    /** The sum of all groups (equal to {@code full().output()}). */
    public SparsePolynomial sumOfGroups() {
        SparsePolynomial sum = SparsePolynomial.ZERO;
        for (SparsePolynomial g : groups.values()) {
            sum = sum.plus(g);
        }
        return sum;
    }

    /**
     * Coefficients of t^k in f(w0 + t*delta) read off the grouped expansion: every monomial
     * contributes to the power of t equal to its number of D factors.
     */
    public double[] lineCoefficients(double[] w0, double[] delta) {
        WeightVariables vars = full.variables();
        double[] values = vars.point(w0, delta);
        double[] coefficients = new double[full.output().degreeIn(vars.perturbations()) + 1];
        for (SparsePolynomial g : groups.values()) {
            g.terms().forEach((monomial, c) ->
                    coefficients[monomial.degreeIn(vars.perturbations())] += c * monomial.evaluate(values));
        }
        return coefficients;
    }

    /**
     * Coefficients of t^k in f(w0 + t*delta) for concrete w0 and delta, by forward propagation
     * of polynomials in t alone: independent of the multivariate engine, so the two cross-check
     * each other, and cheap enough to cross-check the numeric Taylor mode at real widths.
     */
    public static double[] alongLine(ConcreteNetwork network, double[] w0, double[] delta) {
        return LineExpansion.coefficients(network, w0, delta);
    }
}
